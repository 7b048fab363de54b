namespace StaticNews.Enrich;

/// <summary>Old URLs (<c>aliases</c>) as safe paths below the site root.</summary>
public static class AliasPath
{
    /// <summary><c>/2019/old-story</c> → <c>/2019/old-story/</c>; <c>old.html</c> stays a file. No <c>..</c>, no scheme, no query.</summary>
    public static bool TryNormalize(string alias, out string path)
    {
        path = "";
        var trimmed = alias.Trim();
        var cut = trimmed.IndexOfAny(['?', '#']);
        if (cut >= 0) trimmed = trimmed[..cut];
        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains('\\')) return false;
        var segments = trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Any(char.IsControl))) return false;
        path = "/" + string.Join('/', segments) + (segments[^1].EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "" : "/");
        return true;
    }
}
