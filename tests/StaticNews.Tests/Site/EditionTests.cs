using System.Text.RegularExpressions;
using StaticNews.Commands;
using StaticNews.Enrich.Editions;
using StaticNews.Model;
using StaticNews.Render;

namespace StaticNews.Tests.Site;

/// <summary>Editions per language, date archives, related stories, author pages, times of day and expiry (issue #14).</summary>
public sealed class EditionTests : IDisposable
{
    private readonly TestSite _site = new();

    private static string Page(string title, string date, string extra = "", string tags = "[EU]") =>
        $"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n{extra}---\nText.\n";

    [Fact]
    public void Every_prefix_of_every_article_url_of_the_sample_site_is_a_page()
    {
        using var site = TestSite.Sample();
        site.Publish();
        var pages = site.ArticlePages();
        Assert.Equal(13, pages.Count);
        Assert.Contains(pages, p => p.StartsWith("en/", StringComparison.Ordinal)); // the sample's dumps are in four languages
        foreach (var page in pages)
        {
            var segments = page.Split('/')[..^2]; // without slug/ and index.html
            for (var count = 0; count <= segments.Length; count++)
            {
                var prefix = string.Concat(segments[..count].Select(s => s + "/"));
                Assert.True(site.Exists(prefix + "index.html"), $"{page}: /{prefix} is no page");
            }
        }
    }

    [Fact]
    public void An_english_story_is_in_the_english_edition_and_its_feeds_and_on_no_german_listing()
    {
        _site.Add("site.yml", "language: de\ntimezone: Europe/Berlin\n")
            .Add("de.md", Page("Gipfel in Brüssel", "2024-12-04T12:00:00+01:00"))
            .Add("en.md", Page("Summit in Brussels", "2024-12-04T13:00:00+01:00", "lang: en-GB\nauthor: Jane Example\n"));
        _site.Publish();

        const string english = "/en/2024/12/04/summit-in-brussels/";
        Assert.True(_site.Exists("en/2024/12/04/summit-in-brussels/index.html"));
        Assert.False(_site.Exists("2024/12/04/summit-in-brussels/index.html"));
        foreach (var listing in new[] { "en/index.html", "en/feed.xml", "en/atom.xml", "en/feed.json", "en/tags/eu/index.html", "en/tags/eu/feed.xml",
                     "en/2024/index.html", "en/2024/12/index.html", "en/2024/12/04/index.html", "en/authors/jane-example/index.html", "en/authors/jane-example/feed.xml" })
            Assert.Contains(english, _site.Read(listing));
        foreach (var listing in new[] { "index.html", "feed.xml", "atom.xml", "feed.json", "tags/eu/index.html", "tags/eu/feed.xml",
                     "2024/index.html", "2024/12/index.html", "2024/12/04/index.html", "tags/index.html" })
            Assert.DoesNotContain("summit-in-brussels", _site.Read(listing));
        Assert.False(_site.Exists("authors/index.html")); // the German edition has no bylines

        // Each edition's front page names the other with hreflang; every page has the switcher, each language in its own words.
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/en/\"", _site.Read("index.html"));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost:8080/\"", _site.Read("en/index.html"));
        Assert.Contains("<a href=\"/en/\" lang=\"en\" hreflang=\"en\">English</a>", _site.Read("2024/12/04/gipfel-in-bruessel/index.html"));
        Assert.Contains("<html lang=\"en\">", _site.Read("en/tags/index.html"));
        Assert.Contains("<h1>All topics</h1>", _site.Read("en/tags/index.html"));
        // The sitemap covers both editions.
        var sitemap = _site.Read("sitemap.xml");
        foreach (var url in new[] { "/", "/en/", "/en/2024/12/", "/2024/12/04/", english, "/en/authors/", "/en/tags/eu/" })
            Assert.Contains($"<loc>http://localhost:8080{url}</loc>", sitemap);
    }

    [Fact]
    public void A_site_in_one_language_has_one_edition_at_its_root()
    {
        _site.Add("site.yml", "language: de\n").Add("a.md", Page("Erste", "2024-12-04T12:00:00Z", "lang: de-AT\n"));
        var report = _site.Publish();
        Assert.Single(report.Site!.Editions);
        Assert.DoesNotContain("class=\"editions\"", _site.Read("index.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "de")));
        Assert.True(_site.Exists("2024/12/04/erste/index.html"));
    }

    [Fact]
    public void Listed_editions_are_titled_and_a_language_not_listed_joins_the_sites_edition()
    {
        _site.Add("site.yml", "title: Zeitung\nlanguage: de\neditions:\n  fr: {title: Journal, description: En français.}\n")
            .Add("de.md", Page("Erste", "2024-12-04T12:00:00Z"))
            .Add("fr.md", Page("Première", "2024-12-04T12:00:00Z", "lang: fr\n"))
            .Add("es.md", Page("Primera", "2024-12-04T12:00:00Z", "lang: es\n"));
        var report = _site.Publish();
        Assert.Equal(["de", "fr"], report.Site!.Editions.Select(e => e.Key));
        Assert.Contains("<title>Journal</title>", _site.Read("fr/index.html"));
        Assert.Contains("<description>En français.</description>", _site.Read("fr/feed.xml"));
        Assert.True(_site.Exists("2024/12/04/primera/index.html"));
        Assert.Contains("/2024/12/04/primera/", _site.Read("index.html"));
    }

    [Fact]
    public void A_wrong_edition_in_site_yml_is_an_error_naming_the_file_and_line()
    {
        _site.Add("site.yml", "editions:\n  englisch: {title: News}\n  en: {titel: News}\n").Add("a.md", Page("A", "2024-12-04T12:00:00Z"));
        var report = _site.Build();
        Assert.False(report.Published);
        Assert.Contains(report.Errors, e => e.File == "site.yml" && e.Line == 2 && e.Message.Contains("`englisch` is not a language tag", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.File == "site.yml" && e.Line == 3 && e.Message.Contains("not `titel`", StringComparison.Ordinal));
    }

    [Fact]
    public void Related_stories_share_the_rarest_tags_then_are_the_newest_and_never_the_story_or_its_neighbours()
    {
        _site.Add("site.yml", "language: de\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "next: Beta\n", "[EU, Wahl, Brüssel]"))
            .Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "", "[EU, Wahl]"))                   // the next story: never related
            .Add("c.md", Page("Gamma", "2024-11-01T10:00:00Z", "", "[EU, Brüssel]"))              // shares the rarest tag
            .Add("d.md", Page("Delta", "2024-12-03T10:00:00Z", "", "[EU, Wahl]"))                 // shares Wahl, newer than e
            .Add("e.md", Page("Epsilon", "2024-11-02T10:00:00Z", "", "[EU, Wahl]"))
            .Add("f.md", Page("Phi", "2024-12-04T10:00:00Z", "", "[EU]"))                         // EU is on every story: relates none
            .Add("g.md", Page("Chi", "2024-11-03T10:00:00Z", "", "[EU, Wahl, Brüssel]"));
        var site = _site.Publish().Site!;
        var alpha = site.Articles.Single(a => a.Title == "Alpha");
        Assert.Equal(["Chi", "Gamma", "Delta", "Epsilon"], alpha.Related.Select(r => r.Title));
        Assert.Empty(site.Articles.Single(a => a.Title == "Phi").Related);
        var page = _site.Read("2024/12/01/alpha/index.html");
        Assert.Contains("<h2 id=\"related-heading\" class=\"section-heading\">Mehr zum Thema</h2>", page);
        Assert.Contains("<a href=\"/2024/11/03/chi/\">Chi</a> <time datetime=\"2024-11-03T10:00:00Z\">3. November 2024, 10:00 Uhr</time>", page);
    }

    [Fact]
    public void A_byline_of_several_names_links_each_to_its_author_page_with_a_feed_and_the_index_lists_them()
    {
        _site.Add("site.yml", "language: de\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "author: [Anna Muster, Ben Beispiel, Zoë Müller]\n"))
            .Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "author: Anna Muster\n"));
        _site.Publish();
        Assert.Contains("Von <a rel=\"author\" href=\"/authors/anna-muster/\" data-pagefind-filter=\"author\">Anna Muster</a>, " +
            "<a rel=\"author\" href=\"/authors/ben-beispiel/\" data-pagefind-filter=\"author\">Ben Beispiel</a> und " +
            "<a rel=\"author\" href=\"/authors/zoe-mueller/\" data-pagefind-filter=\"author\">Zoë Müller</a>", _site.Read("2024/12/01/alpha/index.html"));
        var anna = _site.Read("authors/anna-muster/index.html");
        Assert.Contains("/2024/12/01/alpha/", anna);
        Assert.Contains("/2024/12/02/beta/", anna);
        Assert.Equal(2, Regex.Count(_site.Read("authors/anna-muster/feed.xml"), "<item>"));
        Assert.Contains("Anna Muster<span class=\"count\">2</span>", _site.Read("authors/index.html"));
    }

    [Theory]
    [InlineData("de", "4. Dezember 2024, 12:00 Uhr")]
    [InlineData("en-GB", "December 4, 2024, 12:00 p.m.")]
    [InlineData("es", "4 de diciembre de 2024, 12:00")]
    [InlineData("fr", "4 décembre 2024 à 12 h 00")]
    public void Times_read_as_each_languages_newspapers_write_them(string lang, string expected)
    {
        var dates = new NewsDates(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var noon = new DateTimeOffset(2024, 12, 4, 11, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, dates.DateAndTime(noon, lang));
        Assert.Equal("2024-12-04T12:00:00+01:00", dates.Iso(noon));
    }

    [Fact]
    public void Morning_and_evening_times_and_a_date_without_a_time()
    {
        var dates = new NewsDates(TimeZoneInfo.Utc);
        Assert.Equal("December 1, 2024, 9:05 a.m.", dates.DateAndTime(new DateTimeOffset(2024, 12, 1, 9, 5, 0, TimeSpan.Zero), "en"));
        Assert.Equal("December 1, 2024, 12:30 a.m.", dates.DateAndTime(new DateTimeOffset(2024, 12, 1, 0, 30, 0, TimeSpan.Zero), "en"));
        Assert.Equal("1er décembre 2024 à 21 h 07", dates.DateAndTime(new DateTimeOffset(2024, 12, 1, 21, 7, 0, TimeSpan.Zero), "fr"));
        Assert.Equal("1. Dezember 2024", dates.DateAndTime(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), "de"));
    }

    [Theory]
    [InlineData("/{yyyy}/{MM}/{dd}/{slug}/", "Year /{yyyy}/|Month /{yyyy}/{MM}/|Day /{yyyy}/{MM}/{dd}/")]
    [InlineData("/{yyyy}/{slug}/", "Year /{yyyy}/")]
    [InlineData("/news/{yyyy}-{MM}/{slug}/", "Month /news/{yyyy}-{MM}/")]
    [InlineData("/{lang}/{yyyy}/{MM}/{slug}/", "Year /{lang}/{yyyy}/|Month /{lang}/{yyyy}/{MM}/")]
    [InlineData("/artikel/{slug}/", "")]
    public void The_archives_follow_the_date_segments_of_the_permalink_pattern(string pattern, string expected) =>
        Assert.Equal(expected, string.Join('|', DateArchives.Levels(pattern).Select(l => $"{l.Unit} {l.Pattern}")));

    [Fact]
    public void Archives_of_another_pattern_are_prefixes_of_its_urls()
    {
        _site.Add("site.yml", "language: de\npermalink: /news/{yyyy}-{MM}/{slug}/\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z")).Add("b.md", Page("Beta", "2024-11-02T10:00:00Z"));
        _site.Publish();
        var december = _site.Read("news/2024-12/index.html");
        Assert.Contains("<h1 class=\"list-heading\">Dezember 2024</h1>", december);
        Assert.Contains("<a class=\"archive-prev\" href=\"/news/2024-11/\">← November 2024</a>", december);
        Assert.Contains("/news/2024-12/alpha/", december);
        Assert.DoesNotContain("/news/2024-11/beta/", december);
    }

    [Fact]
    public void An_expired_story_is_taken_down_and_the_build_says_when_the_site_next_changes()
    {
        _site.Add("site.yml", "language: de\ntimezone: Europe/Berlin\n")
            .Add("alt.md", Page("Alt", "2024-12-01T10:00:00Z", "expires: 2024-12-05T10:00:00Z\n"))
            .Add("bleibt.md", Page("Bleibt", "2024-12-02T10:00:00Z", "expires: 2024-12-07T10:00:00Z\n"))
            .Add("2024/morgen.md", Page("Morgen", "2024-12-06T08:00:00+01:00"))
            .Add("entwurf.md", Page("Entwurf", "2024-12-05T20:00:00+01:00", "draft: true\n"));
        var report = _site.Publish();
        Assert.False(_site.Exists("2024/12/01/alt/index.html"));
        Assert.DoesNotContain("/alt/", _site.Read("feed.xml"));
        Assert.DoesNotContain("/alt/", _site.Read("index.html"));
        Assert.True(_site.Exists("2024/12/02/bleibt/index.html"));
        Assert.Equal(new ScheduledChange(DateTimeOffset.Parse("2024-12-06T07:00:00Z"), "2024/morgen.md", Publishes: true), report.Site!.NextChange);
        Assert.Equal("Next scheduled change: 2024-12-06 08:00 (Europe/Berlin), `2024/morgen.md` is published.", BuildCommand.ScheduleLine(report.Site));

        // With the story published, the next change is the other's expiry.
        var later = _site.Publish(_site.Options with { Now = DateTimeOffset.Parse("2024-12-06T09:00:00Z") });
        Assert.Equal("Next scheduled change: 2024-12-07 11:00 (Europe/Berlin), `bleibt.md` is taken down.", BuildCommand.ScheduleLine(later.Site!));
    }

    [Theory]
    [InlineData("2023-12-01T10:00:00Z")]
    [InlineData("2024-12-01T10:00:00Z")]
    public void An_expiry_not_after_the_date_is_a_warning_on_its_line(string expires)
    {
        _site.Add("tippfehler.md", Page("Tippfehler", "2024-12-01T10:00:00Z", $"expires: {expires}\n"))
            .Add("b.md", Page("B", "2024-12-01T10:00:00Z", "expires: 2024-12-01T10:00:01Z\n"));
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"tippfehler.md:5:10: warning: `expires` ({expires}) is not after `date` (2024-12-01T10:00:00Z): the story is never published. " +
            "Correct one of the two dates, or delete `expires`. [SN3012]", errors);
        Assert.DoesNotContain("b.md", errors);
    }

    [Fact]
    public void The_build_command_prints_the_schedule_line()
    {
        _site.Add("a.md", Page("A", "2024-12-04T12:00:00Z", "expires: 2024-12-31T23:00:00Z\n"));
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_site.Options, output, new StringWriter()));
        Assert.Contains("Next scheduled change: 2024-12-31 23:00 (UTC), `a.md` is taken down.", output.ToString());
    }

    public void Dispose() => _site.Dispose();
}
