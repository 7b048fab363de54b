using Microsoft.Playwright;
using StaticNews.Render.Search;

namespace StaticNews.Tests.Browser;

/// <summary>
/// Search in Chromium (issue #17): the sample site built with <c>search: true</c>, served with the site's
/// headers, its search pages run Pagefind's UI and API. CI installs Pagefind and sets PAGEFIND_BINARY.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SearchTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Sample();
    private StaticHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static bool Enabled => BrowserSite.Enabled && PagefindBinary.Find(Fixtures.RepositoryRoot + "/input") is not null;

    public async Task InitializeAsync()
    {
        if (!Enabled) return;
        var config = File.ReadAllText(Path.Combine(_site.Input, "site.yml"));
        _site.Add("site.yml", config + "\nsearch: true\n");
        _site.Publish();
        _host = await StaticHost.Start(_site.Output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private async Task<(IPage Page, List<string> Errors)> Search(string page, string query)
    {
        var errors = new List<string>();
        var tab = await _browser!.NewPageAsync();
        tab.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await tab.GotoAsync($"{_host!.Origin}{page}?q={Uri.EscapeDataString(query)}");
        await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await tab.WaitForTimeoutAsync(500); // Pagefind's UI debounces the query
        return (tab, errors);
    }

    private static async Task<IReadOnlyList<string>> Results(IPage page) =>
        await page.Locator(".pagefind-ui__result-title").AllInnerTextsAsync();

    [SkippableFact]
    public async Task A_german_query_finds_the_seed_and_an_english_query_only_english_stories()
    {
        Skip.IfNot(Enabled, BrowserSite.SkipReason + ", and Pagefind (npm i pagefind@1.6.0, or PAGEFIND_BINARY)");
        var (german, errors) = await Search("/search/", "Pjöngjang");
        Assert.Contains(await Results(german), t => t.Contains("NATO-Chef", StringComparison.Ordinal));
        Assert.True(await german.Locator(".search-form").IsHiddenAsync(), "the UI replaces the plain form");

        var (english, more) = await Search("/en/search/", "agreement");
        var titles = await Results(english);
        Assert.Contains(titles, t => t.Contains("Kenya and Tanzania", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("NATO-Chef", StringComparison.Ordinal) || t.Contains("Bahn", StringComparison.Ordinal));
        Assert.True(errors.Concat(more).ToList() is [], string.Join('\n', errors.Concat(more))); // nothing blocked by the site's policy
    }

    [SkippableFact]
    public async Task Chrome_is_not_indexed_and_the_tag_filter_narrows()
    {
        Skip.IfNot(Enabled, BrowserSite.SkipReason + ", and Pagefind (npm i pagefind@1.6.0, or PAGEFIND_BINARY)");
        var (page, _) = await Search("/search/", "Nordkorea");
        // The skip link, the masthead and the footer are on every page: no record's text holds them.
        var chrome = await page.EvaluateAsync<int>(@"async () => {
            const pagefind = await import('/pagefind/pagefind.js');
            const found = await pagefind.search('Zum Inhalt springen');
            const pages = await Promise.all(found.results.map(r => r.data()));
            return pages.filter(p => p.content.includes('Zum Inhalt springen') || p.content.includes('statisch veröffentlicht')).length;
        }");
        Assert.Equal(0, chrome);
        var counts = await page.EvaluateAsync<int[]>(@"async () => {
            const pagefind = await import('/pagefind/pagefind.js');
            const all = await pagefind.search('der');
            const filters = await pagefind.filters();
            const tag = Object.entries(filters.tag).sort((a, b) => b[1] - a[1])[0][0];
            const some = await pagefind.search('der', { filters: { tag } });
            return [all.results.length, some.results.length];
        }");
        Assert.True(counts[1] > 0 && counts[1] < counts[0], $"{counts[1]} of {counts[0]}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        _site.Dispose();
    }
}
