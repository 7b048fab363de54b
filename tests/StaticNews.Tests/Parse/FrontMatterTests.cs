using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

public sealed class FrontMatterTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static (ParsedDocument? Page, List<Diagnostic> Problems) Parse(string text)
    {
        var problems = new List<Diagnostic>();
        var document = new SourceDocument("/x/a.md", "a.md", DocumentKind.MarkdownPage);
        var page = new MarkdownPageParser(new FrontMatterReader(Berlin)).Parse(document, text, problems);
        return (page, problems);
    }

    [Fact]
    public void Every_field_of_the_schema_is_read()
    {
        var (page, problems) = Parse("""
            ---
            title: "Titel: mit Doppelpunkt"
            date: 2024-12-04T12:00:00+01:00
            updated: 2024-12-05
            lang: de_DE
            tags: [NATO, Südkorea]
            summary: Kurz.
            slug: eigener-slug
            author: Anna Muster
            image: bilder/a.jpg
            draft: true
            aliases: [/alt/, /2019/alt.html]
            source: 000.txt
            prev: Vorher
            next: Nachher
            kicker: Eilmeldung
            ---
            Text.
            """);
        Assert.Empty(problems);
        var m = page!.FrontMatter;
        Assert.Equal("Titel: mit Doppelpunkt", m.Title);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 12, 0, 0, TimeSpan.FromHours(1)), m.Date);
        Assert.Equal(new DateTimeOffset(2024, 12, 5, 0, 0, 0, TimeSpan.FromHours(1)), m.Updated);
        Assert.Equal("de-DE", m.Lang);
        Assert.Equal(["NATO", "Südkorea"], m.Tags);
        Assert.Equal(("Kurz.", "eigener-slug", "bilder/a.jpg", true), (m.Summary, m.Slug, m.Image, m.Draft));
        Assert.Equal(["Anna Muster"], m.Authors);
        Assert.Equal(["/alt/", "/2019/alt.html"], m.Aliases);
        Assert.Equal(("000.txt", "Vorher", "Nachher"), (m.Source, m.Prev, m.Next));
        Assert.Equal("Eilmeldung", m.Params["kicker"]);
        Assert.Equal("Text.", page.Body);
        Assert.Equal(18, page.BodyLine);
    }

    [Fact]
    public void A_date_without_offset_is_read_in_the_site_time_zone()
    {
        var (page, _) = Parse("---\ntitle: T\ndate: 2024-07-01T08:00:00\n---\n");
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(2)), page!.FrontMatter.Date);
    }

    [Fact]
    public void Wrong_types_are_all_reported_with_line_and_column()
    {
        var (page, problems) = Parse("---\ntitle: T\ntags: 5\ndate: yesterday\ndraft: maybe\nlang: 12345678\n---\n");
        Assert.Null(page);
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Equal(("a.md", Severity.Error), (p.File, p.Severity)));
        Assert.Equal([3, 4, 5, 6], problems.Select(p => p.Line!.Value));
        Assert.Contains("`tags` must be a list of text, not `5`", problems[0].Message);
        Assert.Contains("2024-12-04", problems[1].Fix);
        Assert.Equal("a.md:3:7: error: `tags` must be a list of text, not `5`. Write `tags: [first, second]`. [SN2002]", problems[0].ToString());
    }

    [Theory]
    [InlineData("no front matter here\n", "does not start with front matter")]
    [InlineData("---\ntitle: T\n", "not closed")]
    [InlineData("---\nsummary: S\n---\n", "no `title`")]
    [InlineData("---\ntitle: [unclosed\n---\n", "malformed YAML")]
    [InlineData("---\ntitle: T\ntitle: U\n---\n", "set twice")]
    public void Broken_front_matter_says_what_to_do(string text, string message)
    {
        var (page, problems) = Parse(text);
        Assert.Null(page);
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal) && p.Line is not null);
    }

    [Fact]
    public void An_alias_bomb_is_not_expanded()
    {
        var bomb = "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                   + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n";
        var (page, problems) = Parse(bomb);
        Assert.Empty(problems);
        Assert.Equal("T", page!.FrontMatter.Title);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var (page, problems) = Parse("---\ntitle: T\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n");
        Assert.Null(page);
        Assert.Contains(problems, p => p.Message.Contains("nested deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void Huge_front_matter_is_refused()
    {
        var (page, problems) = Parse("---\ntitle: T\nx: " + new string('a', 300_000) + "\n---\n");
        Assert.Null(page);
        Assert.Contains(problems, p => p.Message.Contains("larger than", StringComparison.Ordinal));
    }
}
