namespace StaticNews.Model;

/// <summary>One file of the published site.</summary>
/// <param name="Path">Relative to the output folder, forward slashes (<c>2024/12/04/slug/index.html</c>).</param>
/// <param name="Content">The bytes to write; null for a static file copied from <see cref="SourcePath"/>.</param>
public sealed record OutputFile(string Path, byte[]? Content, string? SourcePath = null);
