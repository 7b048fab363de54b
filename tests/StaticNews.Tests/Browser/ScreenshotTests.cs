namespace StaticNews.Tests.Browser;

/// <summary>
/// Screenshots of the key pages (<see cref="BrowserSite.Pages"/>) at 390 px and 1280 px, saved under
/// <c>artifacts/screenshots/</c>; a page that scrolls sideways or logs a console error fails (issue #6).
/// </summary>
[Trait("Category", "Browser")]
public sealed class ScreenshotTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "artifacts", "screenshots");

    [SkippableFact]
    public async Task Pages_fit_the_screen_log_no_errors_and_are_photographed()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        Directory.CreateDirectory(Folder);
        var problems = new List<string>();
        foreach (var (name, path) in browser.Pages)
            foreach (var size in BrowserSite.Widths)
            {
                var errors = new List<string>();
                var page = await browser.Open(path, size, errors);
                await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
                if (name == "search-page") await page.WaitForSelectorAsync(".pagefind-ui__result", new() { Timeout = 10_000 });
                if (await Overflow(page) is > 0 and var overflow) problems.Add($"{name} at {size.Width}px scrolls sideways by {overflow}px");
                problems.AddRange(errors.Select(e => $"{name} at {size.Width}px: console error: {e}"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{size.Width}.png"), FullPage = true });
                await page.CloseAsync();
            }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SkippableFact]
    public async Task A_planted_overflow_is_caught()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        var page = await browser.Open("/", BrowserSite.Widths[0]);
        await page.EvaluateAsync("() => { const wide = document.createElement('div'); wide.style.width = '2000px'; wide.textContent = 'x'; document.querySelector('main').append(wide); }");
        Assert.True(await Overflow(page) > 0);
    }

    [SkippableFact]
    public async Task No_page_of_the_sample_site_scrolls_sideways_on_a_phone()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(browser.Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(browser.Site.Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = BrowserSite.Widths[0].Width, Height = BrowserSite.Widths[0].Height } });
        foreach (var path in pages)
        {
            await page.GotoAsync(browser.Origin + path);
            if (await Overflow(page) is > 0 and var overflow) problems.Add($"{path} scrolls sideways by {overflow}px at {BrowserSite.Widths[0].Width}px");
        }
        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static Task<int> Overflow(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
}
