namespace StaticNews.Model;

/// <summary>
/// One file of the published site, rendered only when the writer asks for it, so a build never holds every
/// page in memory at once.
/// </summary>
/// <param name="Path">Relative to the output folder, forward slashes (<c>2024/12/04/slug/index.html</c>).</param>
/// <param name="Render">Makes the file's bytes; null for a static file copied from <see cref="SourcePath"/>.</param>
/// <param name="Recipe">
/// A hash of everything the file's bytes are made from, far cheaper than rendering them: when it equals the
/// recipe of the file already published, the writer keeps that file and never renders this one. Null when
/// there is no cheaper way than rendering; then the rendered bytes are compared instead.
/// </param>
public sealed record OutputFile(string Path, Func<byte[]>? Render, string? SourcePath = null, Func<UInt128>? Recipe = null);
