using StaticNews.Commands;
using StaticNews.Model;
using StaticNews.Render.Search;

namespace StaticNews.Tests.Site;

/// <summary><c>search: true</c> without a browser (issue #17): a clear error without Pagefind, the index made once and kept.</summary>
[Collection(nameof(PagefindEnvironment))]
public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/news/\nlanguage: de\nsearch: true\n")
        .Add("a.md", "---\ntitle: Gipfel in Brüssel\ndate: 2024-12-01T10:00:00Z\ntags: [NATO]\n---\nDie Außenminister beraten.\n")
        .Add("b.md", "---\ntitle: Summit in Brussels\ndate: 2024-12-02T10:00:00Z\nlang: en\ntags: [NATO]\n---\nThe ministers meet.\n");

    private static readonly string? Installed = PagefindBinary.Find(Fixtures.RepositoryRoot + "/input");

    [Fact]
    public void Without_Pagefind_a_search_build_fails_naming_the_install_and_the_preview_only_warns()
    {
        using var missing = new PagefindEnvironment("/nonexistent/pagefind");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("site.yml: error: `search: true`, but Pagefind is not installed. Run `npm i pagefind@1.6.0`", errors);
        Assert.Contains("[SN4006]", errors);
        var preview = SiteBuilder.Build(_site.Options with { SearchIsOptional = true });
        Assert.True(preview.Published);
        Assert.Contains(preview.Warnings, w => w.Code == DiagnosticCode.SearchUnavailable);
        Assert.True(_site.Exists("search/index.html")); // the page says what search needs
        Assert.Contains("Pagefind", _site.Read("search/index.html"));
    }

    [SkippableFact]
    public void The_index_is_made_once_and_published_again_while_no_article_changes()
    {
        Skip.If(Installed is null, "Pagefind is not installed (npm i pagefind@1.6.0, or PAGEFIND_BINARY); CI installs it");
        _site.Publish();
        Assert.True(_site.Exists("pagefind/pagefind.js"));
        Assert.Contains(_site.OutputFiles(), f => f.StartsWith("pagefind/index/", StringComparison.Ordinal));
        Assert.True(_site.Exists("search/index.html") && _site.Exists("en/search/index.html"));
        Assert.Contains("href=\"/news/search/\"", _site.Read("index.html"));
        Assert.Contains("lang=\"en\"", _site.Read("en/search/index.html"));
        var entry = _site.Read("pagefind/pagefind-entry.json");
        Assert.Contains("\"de\"", entry);
        Assert.Contains("\"en\"", entry);

        using (new PagefindEnvironment("/nonexistent/pagefind")) // unchanged articles: Pagefind is not asked again
        {
            _site.Add("c.css", "a{}"); // a static file, no article
            _site.Publish();
            Assert.Equal(entry, _site.Read("pagefind/pagefind-entry.json"));
            _site.Add("a.md", "---\ntitle: Gipfel in Brüssel\ndate: 2024-12-01T10:00:00Z\ntags: [NATO]\n---\nDie Außenminister beraten lange.\n");
            Assert.Equal(ExitCodes.Failed, _site.Run().ExitCode); // a changed article needs a new index
        }
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>Sets PAGEFIND_BINARY for a test and puts it back: the tests that touch it run one at a time.</summary>
[CollectionDefinition(nameof(PagefindEnvironment), DisableParallelization = true)]
public sealed class PagefindEnvironment : IDisposable
{
    private readonly string? _before = Environment.GetEnvironmentVariable("PAGEFIND_BINARY");

    public PagefindEnvironment() { }

    public PagefindEnvironment(string binary) => Environment.SetEnvironmentVariable("PAGEFIND_BINARY", binary);

    public void Dispose() => Environment.SetEnvironmentVariable("PAGEFIND_BINARY", _before);
}
