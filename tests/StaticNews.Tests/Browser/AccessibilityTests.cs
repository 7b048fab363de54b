using System.Text.Json;

namespace StaticNews.Tests.Browser;

/// <summary>axe-core in a real browser: no violation on the key pages at a phone and a desktop width (issue #5).</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    /// <summary>axe-core's script from npm; CI installs it (see .ci/run).</summary>
    private static string AxeScript => Environment.GetEnvironmentVariable("AXE_CORE_SCRIPT")
        ?? Path.Combine(Fixtures.RepositoryRoot, "artifacts", "ci-tools", "node_modules", "axe-core", "axe.min.js");

    [SkippableFact]
    public async Task Key_pages_have_no_axe_violations_at_phone_and_desktop_width()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        var violations = new List<string>();
        foreach (var size in BrowserSite.Widths)
            foreach (var (_, path) in browser.Pages)
                violations.AddRange((await Audit(path, size)).Select(v => $"{path} at {size.Width}px: {v}"));
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task A_planted_defect_is_caught()
    {
        Skip.IfNot(BrowserSite.Enabled, BrowserSite.SkipReason);
        var page = await browser.Open("/", BrowserSite.Widths[0], bypassCsp: true);
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = 'x.png'; document.querySelector('main').append(img); }");
        var violations = await Run(page);
        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> Audit(string path, (int Width, int Height) size)
    {
        var page = await browser.Open(path, size, bypassCsp: true);
        try { return await Run(page); }
        finally { await page.CloseAsync(); }
    }

    private static async Task<IReadOnlyList<string>> Run(Microsoft.Playwright.IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')");
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
