namespace StaticNews.Parse;

/// <summary>The rule for a site's base URL, for <c>baseUrl</c> in site.yml and <c>--base-url</c> alike.</summary>
public static class SiteUrl
{
    /// <summary>
    /// An absolute http(s) URL that every published link may carry: no user name or password (they would be in
    /// every page, feed and sitemap), no query or fragment (no link could keep them), and the host in punycode, as
    /// feed readers and crawlers expect. The path always ends in a slash.
    /// </summary>
    /// <param name="problem">What is wrong, when the result is null.</param>
    public static Uri? TryParse(string text, out string? problem)
    {
        problem = "must be an absolute http(s) URL";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) return null;
        problem = uri.UserInfo.Length > 0 ? "must not carry a user name or password (it would be published in every link)"
            : uri.Query.Length > 0 || text.Contains('?') ? "must not have a query (`?…`)"
            : uri.Fragment.Length > 0 || text.Contains('#') ? "must not have a fragment (`#…`)"
            : null;
        if (problem is not null) return null;
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new UriBuilder(uri.Scheme, uri.IdnHost, uri.IsDefaultPort ? -1 : uri.Port, path).Uri;
    }

    /// <summary>True when the text names a user or password, which a message must not repeat.</summary>
    public static bool HasCredentials(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0;
}
