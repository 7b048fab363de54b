using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// Answers the preview's requests from its build folder under the base URL's path, with the live-reload script
/// added to HTML; while the last build failed, every page is the error page, naming file and line.
/// </summary>
public sealed class PreviewSite(string folder, string basePath, LiveReload reload)
{
    private volatile BuildReport? _failed;

    public void Built(BuildReport report) => _failed = report.Published ? null : report;

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
        var file = Resolve(path);
        if (file is null)
        {
            var notFound = Path.Combine(folder, "404.html");
            if (File.Exists(notFound)) await Html(context, HttpStatusCode.NotFound, await File.ReadAllTextAsync(notFound));
            else context.Response.StatusCode = 404;
            return;
        }
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(context, HttpStatusCode.OK, await File.ReadAllTextAsync(file));
            return;
        }
        context.Response.ContentType = MediaTypes.Of(file);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file behind a URL path, inside the preview folder only; folders serve their index.html.</summary>
    private string? Resolve(string path)
    {
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[(basePath.Length + 1)..]);
        // An absolute path (//tmp/x, %2Ftmp%2Fx) would replace the folder in Path.Combine; a backslash or NUL is no part of a site's URL.
        if (Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains('\0')) return null;
        if (relative.Split('/').Any(segment => segment is ".." or ".")) return null;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!Write.OutputFolder.Contains(root, full)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static async Task Html(HttpContext context, HttpStatusCode status, string html)
    {
        var body = html.Contains("</body>", StringComparison.Ordinal)
            ? html.Replace("</body>", LiveReload.Script + "</body>", StringComparison.Ordinal)
            : html + LiveReload.Script;
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
