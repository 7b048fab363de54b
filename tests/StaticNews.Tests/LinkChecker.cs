using AngleSharp.Html.Parser;

namespace StaticNews.Tests;

/// <summary>
/// Follows every internal link and asset reference (<c>href</c>, <c>src</c>) of a published site and reports
/// those that lead to no file: what a reader would see as a 404.
/// </summary>
public static class LinkChecker
{
    /// <param name="basePath">The base URL's path (<c>""</c> or <c>/news</c>): links outside it are not the site's.</param>
    /// <param name="origin">The base URL's scheme and host: absolute links to it are internal too.</param>
    public static IReadOnlyList<string> BrokenLinks(string output, string basePath = "", string origin = "http://localhost:8080")
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = parser.ParseDocument(File.ReadAllText(file));
            var page = "/" + Path.GetRelativePath(output, file).Replace('\\', '/');
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith(origin, StringComparison.Ordinal)) url = url[origin.Length..];
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue; // external or fragment
                var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
                if (!path.StartsWith(basePath + "/", StringComparison.Ordinal) || !Exists(output, path[basePath.Length..]))
                    broken.Add($"{page}: {url}");
            }
        }
        return broken;
    }

    private static bool Exists(string output, string path)
    {
        var local = Path.Combine(output, path.TrimStart('/'));
        return path.EndsWith('/') ? File.Exists(Path.Combine(local, "index.html")) : File.Exists(local) || File.Exists(Path.Combine(local, "index.html"));
    }
}
