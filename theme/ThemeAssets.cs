namespace StaticNews.Theme;

/// <summary>A file the theme ships (CSS), published under <c>assets/</c> of the site.</summary>
public sealed record ThemeAsset(string Path, byte[] Content);

/// <summary>The theme's static files, embedded in its assembly so a published program needs no theme folder.</summary>
public static class ThemeAssets
{
    public const string StylesheetPath = "assets/site.css";
    public const string IconPath = "assets/favicon.svg";
    /// <summary>Starts Pagefind's search UI on a search page; published only with search on.</summary>
    public const string SearchScriptPath = "assets/search.js";

    public static IReadOnlyList<ThemeAsset> All()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return new ThemeAsset(name, copy.ToArray());
            })
            .ToList();
    }
}
