using Microsoft.Playwright;
using StaticNews.Serve;

namespace StaticNews.Tests.Browser;

/// <summary>
/// The Content-Security-Policy every host is told to send holds in Chromium: nothing of the published pages is
/// blocked (the screenshot test serves them with it), and neither is the preview's reload script nor its error page.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PreviewCspTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task The_preview_reloads_under_the_sites_policy_and_shows_its_error_page_unblocked()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        using var site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\nlanguage: de\n")
            .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nErste Fassung.\n");
        await using var server = await PreviewServer.Start(site.Input, 0, themeDir: null, TextWriter.Null);
        var errors = new List<string>();
        var page = await browser.Browser.NewPageAsync();
        // The error page comes with status 500, which Chromium logs as a failed load: that one is expected.
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("status of 500", StringComparison.Ordinal)) errors.Add(message.Text); };
        var response = await page.GotoAsync(server.Url + "2024/12/01/alpha/");
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"]);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The reload script runs: a saved edit reloads the page by itself.
        site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nZweite Fassung.\n");
        await page.WaitForSelectorAsync("text=Zweite Fassung", new() { Timeout = 10_000 });
        site.Add("b.md", "---\ntitle: B\ntags: 5\n---\n");
        await page.WaitForSelectorAsync("text=The build failed", new() { Timeout = 10_000 });
        Assert.Equal("rgb(164, 22, 26)", await page.EvalOnSelectorAsync<string>("h1", "h => getComputedStyle(h).color")); // its style is not blocked
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
