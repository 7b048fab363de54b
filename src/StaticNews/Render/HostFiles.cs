using System.Text;
using StaticNews.Model;

namespace StaticNews.Render;

/// <summary>
/// <c>_headers</c> and <c>_redirects</c>, the files Netlify and Cloudflare Pages read: cache and security headers
/// for every path, and a real 301 for every alias (the alias pages stay, for hosts that read neither file).
/// </summary>
public static class HostFiles
{
    /// <summary>Cloudflare Pages reads 100 header rules, 2,000 static redirects and 100 KB of <c>_redirects</c>, and drops the rest silently.</summary>
    public const int MaxHeaderRules = 100, MaxRedirects = 2000, MaxRedirectBytes = 100 * 1024;

    /// <summary>
    /// Rules that never overlap for Cache-Control (Cloudflare joins the values of every matching rule, Netlify
    /// takes the most specific): the hashed assets are immutable; the front page, each file at the root and each
    /// folder at the root are revalidated; the security headers go with everything.
    /// </summary>
    /// <param name="paths">Every published file, relative to the output folder.</param>
    public static byte[] Headers(string basePath, IEnumerable<string> paths)
    {
        var rules = new List<(string Pattern, IEnumerable<(string, string)> Headers)>
        {
            ($"{basePath}/*", Delivery.SecurityHeaders),
            ($"{basePath}/assets/*", [("Cache-Control", Delivery.Immutable)]),
            ($"{basePath}/", [("Cache-Control", Delivery.Revalidate)]),
        };
        var tops = paths.Select(p => p.Split('/', 2)).Where(p => p[0] != "assets" && p[0] is not "_headers" and not "_redirects")
            .Select(p => p.Length == 1 ? $"{basePath}/{p[0]}" : $"{basePath}/{p[0]}/*").Distinct().Order(StringComparer.Ordinal).ToList();
        // Past the host's limit the revalidating rules are left to the host's default, which revalidates too.
        if (rules.Count + tops.Count <= MaxHeaderRules)
            rules.AddRange(tops.Select(pattern => (pattern, (IEnumerable<(string, string)>)[("Cache-Control", Delivery.Revalidate)])));
        var text = new StringBuilder("# Made by StaticNews for Netlify and Cloudflare Pages: hashed assets cached for a year, everything else revalidated.\n");
        foreach (var (pattern, headers) in rules)
        {
            text.Append(pattern).Append('\n');
            foreach (var (name, value) in headers) text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <param name="aliases">Each old URL with the URL of its article, root-relative with the base path.</param>
    /// <returns>The file, and how many aliases it left out for the host's limits (their alias pages still redirect).</returns>
    public static (byte[] Bytes, int LeftOut) Redirects(IEnumerable<(string From, string To)> aliases)
    {
        var text = new StringBuilder("# Made by StaticNews for Netlify and Cloudflare Pages: every alias, a permanent redirect.\n");
        var bytes = Encoding.UTF8.GetByteCount(text.ToString()); // kept as it grows: measuring the whole text per line was quadratic
        var (written, leftOut) = (0, 0);
        foreach (var (from, to) in aliases.OrderBy(a => a.From, StringComparer.Ordinal))
        {
            var line = $"{from} {to} 301\n";
            var lineBytes = Encoding.UTF8.GetByteCount(line);
            if (written < MaxRedirects && bytes + lineBytes <= MaxRedirectBytes)
            {
                text.Append(line);
                bytes += lineBytes;
                written++;
            }
            else leftOut++;
        }
        return (Encoding.UTF8.GetBytes(text.ToString()), leftOut);
    }
}
