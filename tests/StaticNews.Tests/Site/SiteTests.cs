using System.Text.RegularExpressions;
using StaticNews.Commands;

namespace StaticNews.Tests.Site;

/// <summary>Whole-site tests: the site's files inline, built, and the output read back.</summary>
public sealed partial class SiteTests : IDisposable
{
    private readonly TestSite _site = new();

    private static string Page(string title, string date, string tags = "[]", string extra = "", string body = "Text.") =>
        $"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n{extra}---\n{body}\n";

    [Fact]
    public void Dumps_and_markdown_pages_both_become_articles()
    {
        _site.Add("site.yml", "language: de\nbaseUrl: https://example.org/\n")
            .Add("meldung.md", Page("Eine Meldung", "2024-12-01T10:00:00Z", "[Berlin]"))
            .Add("dump.txt", "Ein Dump\nEin Dump\n-\nDer Lead mit <script>alert(1)</script> darin.\nWERBUNG\nZweiter Absatz.\n-\n")
            .Add("dump.yml", "date: 2024-12-02T10:00:00Z\n");
        _site.Publish();
        Assert.True(_site.Exists("2024/12/01/eine-meldung/index.html"));
        var dump = _site.Read("2024/12/02/ein-dump/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dump);
        Assert.DoesNotContain("<script>alert", dump);
        Assert.DoesNotContain("WERBUNG", dump);
    }

    [Fact]
    public void A_base_url_with_a_path_reaches_every_link_asset_feed_and_sitemap_entry()
    {
        _site.Add("site.yml", "baseUrl: https://example.org/news/\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "[Eins]", body: "[Beta](/2024/12/02/beta/) ![x](bild.png)"))
            .Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "[Eins]"))
            .AddBytes("bild.png", [1, 2, 3]);
        _site.Publish();
        foreach (var file in _site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            foreach (Match link in Links().Matches(_site.Read(file)))
            {
                var url = link.Groups[2].Value;
                Assert.True(url.StartsWith("/news/", StringComparison.Ordinal) || url.StartsWith("https://example.org/news/", StringComparison.Ordinal)
                    || url.StartsWith('#'), $"{file}: {url}");
            }
        Assert.Contains("<loc>https://example.org/news/2024/12/02/beta/</loc>", _site.Read("sitemap.xml"));
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", _site.Read("robots.txt"));
        Assert.Contains("<link>https://example.org/news/2024/12/01/alpha/</link>", _site.Read("feed.xml"));
        Assert.Contains("src=\"/news/bild.png\"", _site.Read("2024/12/01/alpha/index.html"));
        Assert.True(_site.Exists("bild.png"));
        var stylesheet = Regex.Match(_site.Read("index.html"), "<link rel=\"stylesheet\" href=\"/news/(assets/site\\.[0-9a-f]{12}\\.css)\"").Groups[1].Value;
        Assert.True(_site.Exists(stylesheet), stylesheet);
        Assert.False(_site.Exists("assets/site.css"));
    }

    [Fact]
    public void Two_documents_at_one_url_are_an_error_naming_both_and_nothing_is_published()
    {
        _site.Add("a.md", Page("Gleich", "2024-12-01T10:00:00Z")).Add("b.md", Page("gleich!", "2024-12-01T11:00:00Z"));
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md", errors);
        Assert.Contains("b.md", errors);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z"));
        _site.Publish();
        var before = Snapshot();
        _site.Add("b.md", "---\ntitle: Kaputt\ntags: 5\n---\n").Add("c.md", "kein front matter").Add("d.txt", "");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("b.md:3:7: error:", errors);
        Assert.Contains("c.md:1: error:", errors);
        Assert.Contains("d.txt:1: error:", errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_output_folder_inside_the_input_is_never_published_into_itself()
    {
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z")).AddBytes("bild.png", [1]);
        var inside = _site.Options with { OutputDir = Path.Combine(_site.Input, "public") };
        _site.Publish(inside);
        _site.Publish(inside);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "public", "public")));
        Assert.True(File.Exists(Path.Combine(_site.Input, "public", "bild.png")));
    }

    [Fact]
    public void Every_wrong_setting_of_site_yml_is_reported_with_its_line()
    {
        _site.Add("site.yml", "title: News\nbaseUrl: nope\ntimezone: Mars/Base\npageSize: 0\nlanguage: de_DE\npermalink: /{yyyy}/\nfancy: true\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z"));
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("site.yml:2:10: error: `baseUrl` must be an absolute http(s) URL, not `nope`.", errors);
        Assert.Contains("site.yml:3:11: error: `timezone` must be an IANA time zone, not `Mars/Base`.", errors);
        Assert.Contains("site.yml:4:11: error: `pageSize` must be a whole number from 1 to 2147483647", errors);
        Assert.Contains("site.yml:6:12: error: `permalink` must be a path", errors);
        Assert.Contains("site.yml:7:1: warning: `fancy` is not a setting", errors);
        Assert.DoesNotContain("language", errors);
    }

    [Fact]
    public void Keep_going_publishes_the_good_documents_and_exits_3()
    {
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z")).Add("b.md", "---\ntitle: Kaputt\ndate: gestern\n---\n");
        var (code, _, errors) = _site.Run(_site.Options with { KeepGoing = true });
        Assert.Equal(ExitCodes.PartlyPublished, code);
        Assert.Contains("b.md:3:7: error:", errors);
        Assert.True(_site.Exists("2024/12/01/alpha/index.html"));
    }

    [Fact]
    public void Drafts_and_future_articles_are_held_back()
    {
        _site.Add("draft.md", Page("Entwurf", "2024-12-01T10:00:00Z", extra: "draft: true\n"))
            .Add("future.md", Page("Zukunft", "2030-01-01T10:00:00Z"))
            .Add("now.md", Page("Jetzt", "2024-12-01T10:00:00Z"));
        _site.Publish();
        Assert.False(_site.Exists("2024/12/01/entwurf/index.html"));
        Assert.False(_site.Exists("2030/01/01/zukunft/index.html"));
        Assert.True(_site.Exists("2024/12/01/jetzt/index.html"));
        _site.Publish(_site.Options with { Drafts = true });
        Assert.True(_site.Exists("2024/12/01/entwurf/index.html"));
    }

    [Fact]
    public void Aliases_become_redirect_pages()
    {
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", extra: "aliases: [/alt/pfad, /2019/alt.html]\n"));
        _site.Publish();
        Assert.Contains("url=http://localhost:8080/2024/12/01/alpha/", _site.Read("alt/pfad/index.html"));
        Assert.Contains("rel=\"canonical\" href=\"http://localhost:8080/2024/12/01/alpha/\"", _site.Read("2019/alt.html"));
    }

    [Fact]
    public void Tags_are_case_insensitive_and_named_by_the_taxonomy_else_the_most_frequent_spelling()
    {
        _site.Add("site.yml", "taxonomy:\n  Südkorea: [Seoul]\n")
            .Add("a.md", Page("A", "2024-12-01T10:00:00Z", "[Nato, suedkorea]"))
            .Add("b.md", Page("B", "2024-12-02T10:00:00Z", "[NATO, Seoul]"))
            .Add("c.md", Page("C", "2024-12-03T10:00:00Z", "[NATO]"));
        _site.Publish();
        var index = _site.Read("tags/index.html");
        Assert.Contains(">NATO<span class=\"count\">3</span>", index);
        Assert.Contains(">Südkorea<span class=\"count\">2</span>", index);
        Assert.Equal(["tags/nato/feed.xml", "tags/nato/index.html", "tags/suedkorea/feed.xml", "tags/suedkorea/index.html"],
            _site.OutputFiles().Where(f => f.StartsWith("tags/", StringComparison.Ordinal) && f != "tags/index.html"));
    }

    [Fact]
    public void Lists_are_paginated_newest_first_with_equal_dates_by_slug()
    {
        _site.Add("site.yml", "pageSize: 2\n");
        foreach (var name in new[] { "b", "a", "c", "d", "e" })
            _site.Add($"{name}.md", Page(name.ToUpperInvariant(), name == "e" ? "2024-12-02T10:00:00Z" : "2024-12-01T10:00:00Z", "[T]"));
        _site.Publish();
        Assert.Equal(["E", "A"], Titles("index.html"));
        Assert.Equal(["B", "C"], Titles("page/2/index.html"));
        Assert.Equal(["D"], Titles("page/3/index.html"));
        Assert.False(_site.Exists("page/4/index.html"));
        Assert.Equal(["D"], Titles("tags/t/page/3/index.html"));
        Assert.Contains("<link rel=\"next\" href=\"/page/3/\"", _site.Read("page/2/index.html"));
    }

    [Fact]
    public void The_largest_page_size_site_yml_takes_lists_every_story_on_one_page()
    {
        _site.Add("site.yml", "pageSize: 2147483647\n");
        foreach (var name in new[] { "a", "b", "c" })
            _site.Add($"{name}.md", Page(name.ToUpperInvariant(), "2024-12-01T10:00:00Z", "[T]"));
        _site.Publish();
        Assert.Equal(["A", "B", "C"], Titles("index.html"));
        Assert.Equal(["A", "B", "C"], Titles("tags/t/index.html"));
        Assert.False(_site.Exists("page/2/index.html"));
    }

    [Fact]
    public void Prev_and_next_titles_link_stories_both_ways()
    {
        _site.Add("a.md", Page("Erste Geschichte", "2024-12-01T10:00:00Z", extra: "next: \"ERSTE  „Zweite“ Geschichte\"\n"))
            .Add("b.md", Page("Erste \"Zweite\" Geschichte", "2024-12-02T10:00:00Z", extra: "next: Gibt es nicht\n"));
        _site.Publish();
        Assert.Contains("rel=\"next\" href=\"/2024/12/02/erste-zweite-geschichte/\"", _site.Read("2024/12/01/erste-geschichte/index.html"));
        var second = _site.Read("2024/12/02/erste-zweite-geschichte/index.html");
        Assert.Contains("rel=\"prev\" href=\"/2024/12/01/erste-geschichte/\"", second);
        Assert.DoesNotContain("Gibt es nicht", second);
    }

    [Fact]
    public void Raw_html_and_javascript_links_in_markdown_are_neutralised_unless_unsafe_html_is_on()
    {
        const string body = "<script>alert(1)</script>\n\n[klick](javascript:alert(1)) <iframe src=x></iframe>";
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", body: body));
        _site.Publish();
        var page = _site.Read("2024/12/01/alpha/index.html");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<iframe", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.Contains("klick", page);

        _site.Add("site.yml", "unsafeHtml: true\n");
        _site.Publish();
        Assert.Contains("<iframe src=x></iframe>", _site.Read("2024/12/01/alpha/index.html"));
    }

    [Fact]
    public void Unchanged_files_keep_their_modification_time_across_builds()
    {
        _site.Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z")).Add("b.md", Page("Beta", "2024-12-02T10:00:00Z"));
        _site.Publish();
        var alpha = Path.Combine(_site.Output, "2024/12/01/alpha/index.html");
        var beta = Path.Combine(_site.Output, "2024/12/02/beta/index.html");
        var old = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(alpha, old);
        File.SetLastWriteTimeUtc(beta, old);
        _site.Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", body: "Neuer Text."));
        _site.Publish();
        Assert.Equal(old, File.GetLastWriteTimeUtc(alpha));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(beta));
        Assert.Equal(["cache", "spare"], _site.BesideOutput());
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        _site.Add("site.yml", "language: de\ntimezone: Europe/Berlin\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "[Zürich, Ärger]"))
            .Add("b.txt", "Beta\n-\nÜber Straßen in Köln.\n").Add("b.yml", "date: 2024-12-02\n");
        _site.Publish();
        OutputChecks.AllWellFormed(_site);
        var first = Snapshot();
        Directory.Delete(_site.Output, recursive: true);
        _site.Publish();
        Assert.Equal(first, Snapshot());
    }

    /// <summary>The stories a list page lists, without the front page's topic sections below them.</summary>
    private List<string> Titles(string page) =>
        TeaserTitle().Matches(_site.Read(page).Split("<section class=\"front-section\"")[0]).Select(m => m.Groups[1].Value).ToList();

    private List<string> Sections(string page) =>
        SectionHeading().Matches(_site.Read(page)).Select(m => m.Groups[1].Value).ToList();

    [System.Text.RegularExpressions.GeneratedRegex("<section class=\"front-section\"[^>]*><h2 class=\"section-heading\" id=\"section-\\d\"><a href=\"[^\"]*\">([^<]*)</a>")]
    private static partial System.Text.RegularExpressions.Regex SectionHeading();

    [Fact]
    public void The_front_page_has_sections_of_its_busiest_topics_each_with_its_latest_stories_but_the_lead()
    {
        _site.Add("site.yml", "pageSize: 3\n");
        _site.Add("a.md", Page("A", "2024-12-05T10:00:00Z", "[Politik, Sport]"))
            .Add("b.md", Page("B", "2024-12-04T10:00:00Z", "[Politik]"))
            .Add("c.md", Page("C", "2024-12-03T10:00:00Z", "[Politik, Kultur]"))
            .Add("d.md", Page("D", "2024-12-02T10:00:00Z", "[Politik, Sport]"))
            .Add("e.md", Page("E", "2024-12-01T10:00:00Z", "[Wetter, Kultur, Sport]"))
            .Add("f.md", Page("F", "2024-11-30T10:00:00Z", "[Politik, Wissen, Wetter]"));
        _site.Publish();
        Assert.Equal(["Politik", "Sport", "Kultur", "Wetter"], Sections("index.html")); // by stories, then by name; four at most
        var politics = _site.Read("index.html").Split("id=\"section-1\"")[1].Split("</section>")[0];
        Assert.Contains("href=\"/tags/politik/\"", politics);
        Assert.Equal(["B", "C", "D"], TeaserTitle().Matches(politics).Select(m => m.Groups[1].Value)); // not A, the lead
        Assert.Empty(Sections("page/2/index.html"));
        Assert.Empty(Sections("tags/politik/index.html"));

        _site.Add("site.yml", "pageSize: 3\nsectionsFromTaxonomy: true\ntaxonomy:\n  Wetter: []\n  Wissen: []\n  Fehlt: []\n");
        _site.Publish();
        Assert.Equal(["Wetter", "Wissen"], Sections("index.html"));
    }

    private Dictionary<string, string> Snapshot() =>
        _site.OutputFiles().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_site.Output, f)))));

    [GeneratedRegex("(href|src)=\"([^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("class=\"teaser-title\"><a href=\"[^\"]*\">([^<]*)</a>")]
    private static partial Regex TeaserTitle();

    public void Dispose() => _site.Dispose();
}
