using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticNews.Tests.Browser;

/// <summary>Serves a published folder on a free loopback port, as a CDN would: index.html for folders, the 404 page otherwise.</summary>
public sealed class StaticHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string Origin { get; }

    private StaticHost(WebApplication app, string origin) => (_app, Origin) = (app, origin);

    public static async Task<StaticHost> Start(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        // The headers every host is told to send (_headers, the nginx block): a page that breaks them fails here.
        app.Use((context, next) =>
        {
            foreach (var (name, value) in StaticNews.Model.Delivery.SecurityHeaders) context.Response.Headers[name] = value;
            return next(context);
        });
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // As a CDN does: files of any kind (Pagefind's index files have extensions of their own).
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        await app.StartAsync();
        return new StaticHost(app, app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
