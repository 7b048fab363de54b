using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// <c>serve</c>: builds the site in memory (never into output/; <see cref="PreviewBuild"/>), serves it on
/// loopback, rebuilds when input/ or the theme's assets change, and reloads open pages. A failed build shows as an
/// error page and the server keeps running; fixing the file recovers. Its private folder holds only the search index.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RebuildOnChange _rebuild;

    public string Url { get; }

    /// <summary>Cancelled when the host is told to stop (SIGTERM, SIGINT): its console lifetime takes those signals.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Where serve keeps what it writes (the search index, when search is on): only this user can read it, and it goes when serve stops.</summary>
    public string PrivateFolder { get; }

    private PreviewServer(WebApplication app, RebuildOnChange rebuild, string url, string privateFolder) =>
        (_app, _rebuild, Url, PrivateFolder) = (app, rebuild, url, privateFolder);

    /// <param name="themeDir">The theme's source folder, when serve runs in a clone: its assets are served live.</param>
    /// <param name="port">On 127.0.0.1; 0 lets the system choose (tests).</param>
    public static async Task<PreviewServer> Start(string inputDir, int port, string? themeDir, TextWriter log)
    {
        // Drafts are private: a folder only this user can read, with a name no one can guess or plant beforehand
        // (mkdtemp), removed when serve stops.
        var privateFolder = Directory.CreateTempSubdirectory("staticnews-preview-").FullName;
        try
        {
            return await Start(inputDir, port, themeDir, log, privateFolder);
        }
        catch
        {
            Directory.Delete(privateFolder, recursive: true);
            throw;
        }
    }

    private static async Task<PreviewServer> Start(string inputDir, int port, string? themeDir, TextWriter log, string privateFolder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = privateFolder });
        // No appsettings.json, Kestrel__Endpoints__* or ASPNETCORE_URLS: the preview binds to loopback, whatever they say.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        PreviewSite? site = null; // known once Kestrel has its port; requests before then get a 503
        string[] hosts = [];
        app.Run(context => !LocalHost.Allows(context, hosts) ? LocalHost.Refuse(context) : site is null ? Unavailable(context) : site.Handle(context));
        await app.StartAsync();
        var origin = app.Urls.First().TrimEnd('/');
        var actualPort = new Uri(origin).Port;
        hosts = [$"127.0.0.1:{actualPort}", $"localhost:{actualPort}"];

        var reload = new LiveReload(app.Lifetime.ApplicationStopping);
        var preview = Path.Combine(privateFolder, "site"); // never written: the files are served from memory
        var options = new BuildOptions(inputDir, preview, DateTimeOffset.UtcNow, Drafts: true, SearchIsOptional: true,
            ThemeAssetsDir: themeDir is null ? null : Path.Combine(themeDir, "assets"));
        var basePath = BasePath(inputDir);
        site = new PreviewSite(basePath, reload);
        options = options with { BaseUrl = new Uri(origin + basePath + "/") };

        var build = new PreviewBuild(options, Path.Combine(privateFolder, "search"));
        var rebuild = new RebuildOnChange(build, inputDir, themeDir, site, reload, log);
        rebuild.RebuildNow();
        return new PreviewServer(app, rebuild, origin + basePath + "/", privateFolder);
    }

    /// <summary>Waits for the build that a change started, for tests and for the first page.</summary>
    public Task Settled() => _rebuild.Settled();

    private static Task Unavailable(Microsoft.AspNetCore.Http.HttpContext context)
    {
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }

    /// <summary>The base URL's path from site.yml, so the preview has the published site's shape.</summary>
    private static string BasePath(string inputDir)
    {
        try
        {
            var problems = new List<Diagnostic>();
            var tree = Load.ScanInput.Run(inputDir, problems);
            return Parse.ReadSiteConfig.Run(tree.SiteConfigPath, problems).BasePath;
        }
        catch (InputException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        _rebuild.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(PrivateFolder, recursive: true); }
        catch (IOException) { }
    }
}
