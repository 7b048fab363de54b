using System.Text;
using StaticNews.Model;

namespace StaticNews.Commands;

/// <summary>
/// <c>hosting nginx</c>: prints an nginx <c>server { … }</c> block that serves this site as StaticNews publishes it:
/// the output folder under the base URL's path, precompressed twins as they are, the cache and security headers
/// of <see cref="Delivery"/>, the site's 404 page with status 404, and every alias as a 301.
/// </summary>
public static class HostingCommand
{
    public static int Run(BuildOptions options, int port, TextWriter output, TextWriter errors)
    {
        var problems = new List<Diagnostic>();
        Site site;
        try
        {
            (_, _, site, _) = SiteBuilder.Model(options with { Drafts = false }, problems);
        }
        catch (InputException e)
        {
            foreach (var problem in e.Diagnostics) errors.WriteLine(problem);
            return ExitCodes.Failed;
        }
        foreach (var problem in problems.Where(p => p.Severity == Severity.Error)) errors.WriteLine(problem);
        output.Write(NginxBlock(site, Write.OutputFolder.Resolve(options.OutputDir), port));
        return ExitCodes.Success;
    }

    public static string NginxBlock(Site site, string outputFolder, int port)
    {
        var basePath = site.Config.BasePath; // "" or "/news"
        var host = site.Config.BaseUrl.IdnHost;
        var block = new StringBuilder();
        block.Append($"# nginx server block for {Comment(site.Config.Title)}, printed by `StaticNews hosting nginx`.\n");
        block.Append("# brotli_static needs Debian's libnginx-mod-http-brotli-static (or ngx_brotli) loaded; build with `precompress: true`.\n");
        block.Append("server {\n");
        block.Append($"    listen {port};\n");
        block.Append($"    server_name {host};\n");
        block.Append($"    root {Quote(outputFolder)};\n");
        block.Append("    charset utf-8;\n    autoindex off;\n    absolute_redirect off;\n    server_tokens off;\n");
        block.Append("    brotli_static on;\n    gzip_static on;\n    gzip_vary on;\n");
        block.Append($"    error_page 404 {basePath}/404.html;\n\n");
        block.Append("    # Netlify's and Cloudflare's files are no part of the site.\n");
        block.Append($"    location = {Quote(basePath + "/_headers")} {{ return 404; }}\n");
        block.Append($"    location = {Quote(basePath + "/_redirects")} {{ return 404; }}\n\n");
        var aliases = site.Articles.SelectMany(a => a.AliasUrls.Select(alias => (From: alias, To: a.Url))).OrderBy(a => a.From, StringComparer.Ordinal).ToList();
        if (aliases.Count > 0) block.Append("    # Old URLs (aliases): permanent redirects to their articles.\n");
        foreach (var (from, to) in aliases)
        {
            block.Append($"    location = {Quote(from)} {{ return 301 {Quote(to)}; }}\n");
            if (from.EndsWith('/') && from.Length > 1) block.Append($"    location = {Quote(from.TrimEnd('/'))} {{ return 301 {Quote(to)}; }}\n");
        }
        if (aliases.Count > 0) block.Append('\n');
        block.Append(Location($"{basePath}/assets/", basePath, Delivery.Immutable, "Content-hashed: a new file under a new name, so a year."));
        block.Append(Location($"{basePath}/", basePath, Delivery.Revalidate, "Pages, feeds and sitemaps: asked about on every visit."));
        block.Append("}\n");
        return block.ToString();
    }

    /// <summary>
    /// A prefix location that maps the base path onto the output folder's root and serves each URL's file, or its
    /// folder's index.html, directly (no internal redirect that would lose the headers).
    /// </summary>
    private static string Location(string prefix, string basePath, string cacheControl, string why)
    {
        var block = new StringBuilder($"    # {why}\n    location ^~ {Quote(prefix)} {{\n");
        if (basePath.Length > 0) block.Append($"        rewrite ^{Regex(basePath)}(/.*)$ $1 break;\n");
        block.Append("        try_files $uri $uri/index.html =404;\n");
        block.Append($"        add_header Cache-Control \"{cacheControl}\";\n");
        foreach (var (name, value) in Delivery.SecurityHeaders) block.Append($"        add_header {name} \"{value}\";\n");
        block.Append("    }\n");
        return block.ToString();
    }

    /// <summary>A path as one nginx token: quoted where it holds a space, a quote, a brace or a semicolon.</summary>
    private static string Quote(string text) =>
        text.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '{' or '}' or ';' or '\\' or '$') ? "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "${dollar}") + "\"" : text;

    private static string Regex(string path) => System.Text.RegularExpressions.Regex.Escape(path);

    private static string Comment(string text) => new(text.Where(c => !char.IsControl(c)).ToArray());
}
