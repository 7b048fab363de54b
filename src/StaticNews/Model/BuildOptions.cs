namespace StaticNews.Model;

/// <summary>What one build was asked to do, from the command line.</summary>
/// <param name="Now">The build's "now": held-back future articles and undated documents are judged against it.
/// From <c>--now</c>, else <c>SOURCE_DATE_EPOCH</c>, else the clock.</param>
/// <param name="BaseUrl">Overrides site.yml's <c>baseUrl</c> (<c>--base-url</c>).</param>
/// <param name="KeepGoing">Publish the good documents when some are bad, and exit 3.</param>
/// <param name="Future">Include articles dated after <see cref="Now"/> (import does; a build holds them back).</param>
/// <param name="Precompress">Write Brotli and gzip twins beside the text files (<c>--precompress</c>); site.yml's <c>precompress</c> also turns it on.</param>
/// <param name="SearchIsOptional">A missing Pagefind is a warning, not an error (the preview: its search page says what it needs).</param>
/// <param name="InCi">The build runs in CI (the <c>CI</c> variable is set): an undated dump whose date git cannot tell for sure is an error, not a warning.</param>
/// <param name="Force">Replace an output folder StaticNews did not publish, and let <c>--keep-going</c> publish a site that lost most of its articles.</param>
/// <param name="KeepSource">Articles keep their document's text (<c>import</c> writes it out again); a build drops it
/// once the HTML exists, so 100,000 bodies are never held twice.</param>
/// <param name="Clock">What the build asks the time of day (whether a file was written too recently to trust its
/// stamp); the system's unless a test gives its own. <see cref="Now"/> is the build's date, fixed for a build.</param>
/// <param name="ThemeAssetsDir">Read the theme's assets from this folder instead of the compiled theme: <c>serve</c>
/// does, so a stylesheet edit shows without a recompile.</param>
public sealed record BuildOptions(string InputDir, string OutputDir, DateTimeOffset Now, Uri? BaseUrl = null, bool Drafts = false,
    bool KeepGoing = false, bool Future = false, string? ThemeAssetsDir = null, bool Force = false, bool InCi = false, bool Precompress = false,
    bool SearchIsOptional = false, bool KeepSource = false, TimeProvider? Clock = null)
{
    public TimeProvider Clock { get; init; } = Clock ?? TimeProvider.System;
}
