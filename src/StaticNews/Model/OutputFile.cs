namespace StaticNews.Model;

/// <summary>
/// One file of the published site, rendered only when the writer asks for it, so a build never holds every
/// page in memory at once.
/// </summary>
/// <param name="Path">Relative to the output folder, forward slashes (<c>2024/12/04/slug/index.html</c>).</param>
/// <param name="Render">Makes the file's bytes; null for a static file copied from <see cref="SourcePath"/>.</param>
/// <param name="Plan">
/// Works out the file's recipe, far cheaper than rendering it, and how to render it from what the recipe was
/// made of. When the recipe equals that of the file already published, the writer keeps that file and never
/// renders this one. Null when there is no cheaper way than rendering: then the rendered bytes are compared.
/// </param>
public sealed record OutputFile(string Path, Func<byte[]>? Render, string? SourcePath = null, Func<FilePlan>? Plan = null)
{
    /// <summary>The input file it comes from, below the input folder, for messages; null for a page of the site's own.</summary>
    public string? Origin { get; init; }

    /// <summary>An alias redirect or a static file: where it clashes with a page of the site, the page keeps its path.</summary>
    public bool Yields { get; init; }
}

/// <summary>A hash of everything a file's bytes are made from, and the render that makes them.</summary>
public readonly record struct FilePlan(UInt128 Recipe, Func<byte[]> Render);
