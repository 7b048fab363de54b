namespace StaticNews.Model;

/// <summary>
/// How the published files are to be delivered, in one place for every host: the <c>_headers</c> file (Netlify,
/// Cloudflare Pages), the nginx block of <c>hosting nginx</c> and the preview server send the same headers.
/// </summary>
public static class Delivery
{
    /// <summary>Content-hashed assets never change under their name: a year, and no revalidation.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Pages, feeds and sitemaps change with every build: cached, but asked about each time (a 304 costs little).</summary>
    public const string Revalidate = "public, max-age=0, must-revalidate";

    /// <summary>
    /// What the pages need and no more: their own stylesheet, icon and scripts (the preview's reload script is a
    /// file of its own; Pagefind's search runs WebAssembly, hence <c>'wasm-unsafe-eval'</c>, no <c>eval</c>), pictures from anywhere over https (an article's <c>image</c> may be an absolute URL), no
    /// plug-ins, no framing by other sites, forms and base URLs only to this site.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Sent with every file.</summary>
    public static IReadOnlyList<(string Name, string Value)> SecurityHeaders { get; } =
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Content-Security-Policy", ContentSecurityPolicy),
    ];

    /// <summary>Files a host gains from precompressing: text, at least 1 KiB.</summary>
    public static readonly string[] CompressibleExtensions = [".html", ".xml", ".json", ".css", ".js", ".svg"];

    public const int MinCompressibleBytes = 1024;
}
