namespace StaticNews.Model;

/// <summary>
/// One file of the published site, rendered only when the writer asks for it, so a build never holds every
/// page in memory at once.
/// </summary>
/// <param name="Path">Relative to the output folder, forward slashes (<c>2024/12/04/slug/index.html</c>).</param>
/// <param name="Render">Makes the file's bytes; null for a static file copied from <see cref="SourcePath"/>.</param>
public sealed record OutputFile(string Path, Func<byte[]>? Render, string? SourcePath = null);
