using System.Collections.Concurrent;
using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// One preview build's files by path, each rendered the first time the browser asks for it and kept: a save
/// shows as soon as the site is listed, and the 30,000 files of a large site are never all rendered for one look.
/// </summary>
/// <param name="renderer">What renders the files (the build's <c>RenderSite</c>); disposed when the preview has moved two builds past them.</param>
public sealed class PreviewFiles(IReadOnlyList<OutputFile> files, IDisposable renderer) : IDisposable
{
    private readonly Dictionary<string, OutputFile> _byPath = Index(files);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _rendered = new(StringComparer.Ordinal);

    private static Dictionary<string, OutputFile> Index(IReadOnlyList<OutputFile> files)
    {
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) byPath.TryAdd(file.Path, file);
        return byPath;
    }

    /// <summary>The file at a path below the site's root (<c>2024/12/04/slug/index.html</c>); null when there is none.</summary>
    public OutputFile? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>A rendered file's bytes; null for a file published as it is (<see cref="OutputFile.SourcePath"/>).</summary>
    public byte[]? Content(OutputFile file)
    {
        var render = file.Render ?? (file.Plan is { } plan ? () => plan().Render() : null);
        if (render is null) return null;
        // Kept for the preview's life: copied out of the renderer's buffer.
        return _rendered.GetOrAdd(file.Path, _ => new Lazy<byte[]>(() => render().ToArray(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    public void Dispose() => renderer.Dispose();
}
