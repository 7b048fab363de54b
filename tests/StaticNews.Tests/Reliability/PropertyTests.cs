using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticNews.Enrich;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Tests.Reliability;

/// <summary>Properties over arbitrary input: parsing never crashes, slugs are always URL-safe, output always parses (issues #3, #4).</summary>
public sealed class PropertyTests
{
    private static readonly Regex SlugShape = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    [Property(MaxTest = 500)]
    public void The_dump_parser_never_throws_unexpectedly_and_never_emits_boilerplate(byte[] bytes)
    {
        RawDump dump;
        try { dump = DumpParser.Parse(bytes ?? [], "fuzz.txt", new List<Diagnostic>()); }
        catch (InputException e) { Assert.Equal("fuzz.txt", e.Diagnostics[0].File); return; }
        Assert.False(string.IsNullOrWhiteSpace(dump.Title));
        foreach (var paragraph in dump.Paragraphs)
        {
            Assert.False(string.IsNullOrWhiteSpace(paragraph));
            Assert.False(Boilerplate.IsAdMarker(paragraph), paragraph);
            Assert.False(Boilerplate.IsSeparator(paragraph), paragraph);
            Assert.False(Boilerplate.TryNavigation(paragraph, out _, out _), paragraph);
        }
    }

    [Property(MaxTest = 300)]
    public void Dumps_made_of_news_lines_and_boilerplate_keep_only_the_news(NonEmptyArray<bool> shape)
    {
        string[] boilerplate = ["WERBUNG", "Werbung schließen", "-", "ADVERTISEMENT", "Close ad", "PUBLICIDAD", "Fermer la publicité", "NEXT Andere Meldung"];
        var text = new StringBuilder("Titel\r\nTitel\n\n");
        var expected = new List<string>();
        for (var i = 0; i < shape.Get.Length; i++)
        {
            if (shape.Get[i]) { text.Append($"Absatz {i} mit Text.\n"); expected.Add($"Absatz {i} mit Text."); }
            else text.Append(boilerplate[i % boilerplate.Length]).Append(i % 3 == 0 ? "\r\n" : "\n\n");
        }
        Assert.Equal(expected, DumpParser.Parse(text.ToString(), "t.txt").Paragraphs);
    }

    [Property(MaxTest = 1000)]
    public void Slugs_always_match_the_url_safe_shape(string text) =>
        Assert.Matches(SlugShape, Slug.From(text ?? ""));

    [Fact]
    public void Regression_a_carriage_return_in_a_tag_no_longer_breaks_the_page() =>
        Whatever_the_text_every_feed_sitemap_and_page_parses(NonNull<string>.NewNonNull(""), NonNull<string>.NewNonNull(""), NonNull<string>.NewNonNull("\ra"));

    [Property(MaxTest = 300)]
    public void Front_matter_values_never_crash_the_reader(string value)
    {
        var problems = new List<Diagnostic>();
        var document = new SourceDocument("/x/a.md", "a.md", DocumentKind.MarkdownPage);
        var parser = new MarkdownPageParser(new FrontMatterReader(TimeZoneInfo.Utc));
        foreach (var key in new[] { "title", "date", "tags", "lang", "draft", "slug", "aliases", "other" })
        {
            problems.Clear();
            var page = parser.Parse(document, $"---\ntitle: T\n{key}: {value}\n---\nText\n", problems);
            Assert.True(page is not null || problems.Any(p => p.Severity == Severity.Error && p.File == "a.md"));
        }
    }

    [Property(MaxTest = 25)]
    public void Whatever_the_text_every_feed_sitemap_and_page_parses(NonNull<string> title, NonNull<string> body, NonNull<string> tag)
    {
        using var site = new TestSite()
            .Add("site.yml", "title: \"Fuzz & <News>\"\n")
            .Add("a.md", "---\ntitle: " + Quoted("x" + title.Get) + "\ndate: 2024-12-01T10:00:00Z\ntags: [" + Quoted("t" + tag.Get) + "]\n---\n" + body.Get + "\n")
            .Add("b.txt", "y" + title.Get.ReplaceLineEndings(" ") + "\n" + body.Get + "\nz\n").Add("b.yml", "date: 2024-12-02\n");
        var report = site.Build();
        if (!report.Published)
        {
            Assert.All(report.Errors, e => Assert.True(e.File is "a.md" or "b.txt" or "b.yml", e.ToString()));
            return;
        }
        OutputChecks.AllWellFormed(site);
    }

    /// <summary>A YAML double-quoted scalar holding any text: the property is about the site, not YAML's syntax.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c)) quoted.Append($"\\u{(int)c:x4}");
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
