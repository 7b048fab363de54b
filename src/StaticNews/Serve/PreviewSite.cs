using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// Answers the preview's requests from the last build's files under the base URL's path, each rendered when first
/// asked for, with the live-reload script added to HTML; while the last build failed, every page is the error
/// page, naming file and line.
/// </summary>
public sealed class PreviewSite(string basePath, LiveReload reload)
{
    private volatile BuildReport? _failed;
    private volatile PreviewFiles? _files;
    private PreviewFiles? _before;

    /// <summary>Shows a build: its files, or its errors. The files of two builds ago are let go; a page still being
    /// rendered from the last build's finishes (its tab reloads anyway).</summary>
    public void Built(BuildReport report, PreviewFiles? files)
    {
        if (files is not null)
        {
            _before?.Dispose();
            (_before, _files) = (_files, files);
        }
        _failed = report.Published ? null : report;
    }

    public async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        // The headers the published site is to be served with: what works here works on the host.
        foreach (var (name, value) in Delivery.SecurityHeaders) context.Response.Headers[name] = value;
        if (path == LiveReload.EventsPath)
        {
            await reload.Stream(context);
            return;
        }
        if (path == LiveReload.ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(LiveReload.ScriptSource, Encoding.UTF8);
            return;
        }
        if (_failed is { } failed)
        {
            context.Response.Headers.ContentSecurityPolicy = ErrorPagePolicy;
            await Html(context, HttpStatusCode.InternalServerError, ErrorPage(failed));
            return;
        }
        if (_files is not { } files)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        try
        {
            await Serve(context, files, path);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            context.Response.Headers.ContentSecurityPolicy = ErrorPagePolicy;
            await Html(context, HttpStatusCode.InternalServerError, ErrorPage(Unexpected(path, "failed to render this page", e)));
        }
    }

    /// <summary>A bug (in a build, or rendering a page) shown as a failed build is: on the error page, and serve keeps running.</summary>
    /// <param name="what">What StaticNews failed to do, after its name.</param>
    internal static BuildReport Unexpected(string where, string what, Exception e) =>
        new([Diagnostic.Error(DiagnosticCode.Unexpected, where, $"StaticNews {what} ({e.GetType().Name}: {e.Message}).", "Save again to retry; if it stays, please report it.")],
            null, 0, TimeSpan.Zero, Published: false);

    private async Task Serve(HttpContext context, PreviewFiles files, string path)
    {
        if (Resolve(files, path) is not { } file)
        {
            if (files.Find("404.html") is { } notFound) await Html(context, HttpStatusCode.NotFound, Encoding.UTF8.GetString(files.Content(notFound)!));
            else context.Response.StatusCode = 404;
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(context, HttpStatusCode.OK, Encoding.UTF8.GetString(files.Content(file)!));
            return;
        }
        context.Response.ContentType = MediaTypes.Of(file.Path);
        if (files.Content(file) is { } content) await context.Response.Body.WriteAsync(content);
        else await context.Response.SendFileAsync(file.SourcePath!);
    }

    /// <summary>The file behind a URL path, among the site's files only; folders serve their index.html.</summary>
    private OutputFile? Resolve(PreviewFiles files, string path)
    {
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[(basePath.Length + 1)..]);
        if (relative.Length == 0 || relative.EndsWith('/')) return files.Find(relative + "index.html");
        return files.Find(relative) ?? files.Find(relative + "/index.html");
    }

    private async Task Html(HttpContext context, HttpStatusCode status, string html)
    {
        var script = reload.Script;
        var body = html.Contains("</body>", StringComparison.Ordinal)
            ? html.Replace("</body>", script + "</body>", StringComparison.Ordinal)
            : html + script;
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(body, Encoding.UTF8);
    }

    private const string ErrorPageStyle =
        "body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}h1{color:#a4161a}code{white-space:pre-wrap}";

    /// <summary>The site's policy, with the error page's own inline style allowed by its hash and nothing else.</summary>
    private static readonly string ErrorPagePolicy = Delivery.ContentSecurityPolicy.Replace("style-src 'self'",
        $"style-src 'self' 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ErrorPageStyle)))}'",
        StringComparison.Ordinal);

    private static string ErrorPage(BuildReport report)
    {
        var items = string.Concat(report.Errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed – StaticNews</title>"
               + "<style>" + ErrorPageStyle + "</style></head><body><main><h1>The build failed</h1>"
               + "<p>Fix the files below and save: this page reloads by itself.</p><ul>" + items + "</ul></main></body></html>";
    }
}
