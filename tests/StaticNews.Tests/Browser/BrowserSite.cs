using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// The sample site, built, served on loopback and opened in Debian's Chromium through Playwright. Browser tests
/// run where <c>STATICNEWS_BROWSER_TESTS=1</c> (CI sets it after installing Chromium); elsewhere they are skipped.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public static bool Enabled => Environment.GetEnvironmentVariable("STATICNEWS_BROWSER_TESTS") == "1";
    public const string SkipReason = "set STATICNEWS_BROWSER_TESTS=1 with Chromium installed (CI does)";

    public static readonly (int Width, int Height)[] Widths = [(390, 844), (1280, 800)];

    private IPlaywright? _playwright;
    private StaticHost? _host;

    public TestSite Site { get; } = TestSite.Sample();
    public IBrowser Browser { get; private set; } = null!;
    public string Origin => _host!.Origin;

    /// <summary>Front page, an article with linked stories, an article with a picture, the busiest tag page, the tags index, another edition's
    /// front page, a month's archive, an author page (and the search page, with Pagefind), each by a name for its screenshot.</summary>
    public IReadOnlyList<(string Name, string Path)> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (!Enabled) return;
        // With Pagefind at hand (CI), the search page is checked and photographed like the others.
        var search = Render.Search.PagefindBinary.Find(Site.Input) is not null;
        if (search) Site.Add("site.yml", File.ReadAllText(Path.Combine(Site.Input, "site.yml")) + "\nsearch: true\n");
        var report = Site.Publish();
        var article = report.Site!.Articles.First(a => a.PreviousStory is not null || a.NextStory is not null);
        var busiestTag = report.Site.Tags.MaxBy(g => g.Articles.Count)!.Tag;
        var edition = report.Site.Editions[1];
        var month = report.Site.Editions[0].Archives.Single(l => l.Unit == Model.ArchiveUnit.Month).Periods[^1];
        var author = report.Site.Editions[0].Authors[0].Author;
        Pages =
        [
            ("front-page", "/"), ("article", article.Url), ("tag-page", "/tags/" + busiestTag.Slug + "/"), ("tags-index", "/tags/"),
            ("pictured-article", report.Site.Articles.First(a => a.Image is not null).Url),
            ("edition-front-page", edition.Prefix + "/"), ("month-archive", month.Url), ("author-page", "/authors/" + author.Slug + "/"),
            .. search ? new[] { ("search-page", "/search/?q=Nordkorea") } : [],
        ];
        _host = await StaticHost.Start(Site.Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <param name="bypassCsp">For a tool the test injects (axe), which the site's policy rightly refuses as inline script.</param>
    public async Task<IPage> Open(string path, (int Width, int Height) size, List<string>? consoleErrors = null, bool bypassCsp = false)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height }, BypassCSP = bypassCsp });
        if (consoleErrors is not null)
        {
            page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add($"{message.Text} ({message.Location})"); };
            page.PageError += (_, error) => consoleErrors.Add(error);
        }
        var response = await page.GotoAsync(Origin + path);
        Assert.True(response?.Ok, $"{path}: HTTP {response?.Status}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        Site.Dispose();
    }
}
