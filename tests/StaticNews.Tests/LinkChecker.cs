using AngleSharp.Html.Parser;

namespace StaticNews.Tests;

/// <summary>
/// Follows every internal link and asset reference (<c>href</c>, <c>src</c>, each size of a <c>srcset</c>, the
/// social card of <c>og:image</c>) of a published site and reports those that lead to no file: what a reader (or
/// a platform showing a shared story) would see as a 404.
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
            foreach (var url in References(document))
            {
                var local = url.StartsWith(origin, StringComparison.Ordinal) ? url[origin.Length..] : url;
                if (!local.StartsWith('/') || local.StartsWith("//", StringComparison.Ordinal)) continue; // external or fragment
                var path = Uri.UnescapeDataString(local.Split('#', '?')[0]);
                if (!path.StartsWith(basePath + "/", StringComparison.Ordinal) || !Exists(output, path[basePath.Length..]))
                    broken.Add($"{page}: {local}");
            }
        }
        return broken;
    }

    private static IEnumerable<string> References(AngleSharp.Dom.IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], meta[property='og:image']"))
        {
            if (element.GetAttribute("href") is { } href) yield return href;
            if (element.GetAttribute("src") is { } src) yield return src;
            if (element.GetAttribute("srcset") is { } srcset)
                foreach (var candidate in srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    yield return candidate.Split(' ')[0];
            if (element.GetAttribute("property") == "og:image" && element.GetAttribute("content") is { } card) yield return card;
        }
    }

    private static bool Exists(string output, string path)
    {
        var local = Path.Combine(output, path.TrimStart('/'));
        return path.EndsWith('/') ? File.Exists(Path.Combine(local, "index.html")) : File.Exists(local) || File.Exists(Path.Combine(local, "index.html"));
    }
}
