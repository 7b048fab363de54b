using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>
/// Checks every output path before anything is written: inside the output folder, each path once, and no file
/// where another file needs a folder (an alias <c>/feed.xml</c>, a static file <c>tags/alpha</c>).
/// </summary>
public static class OutputPaths
{
    /// <summary>The files that may be written: each clash is reported, and the file that yields (an alias or a
    /// static file, else the later one) is left out, so <c>--keep-going</c> can publish the rest.</summary>
    /// <returns>False in <paramref name="allSafe"/> when a page of the site's own has an unusable path: then nothing may be written.</returns>
    public static IReadOnlyList<OutputFile> Check(IReadOnlyList<OutputFile> files, ICollection<Diagnostic> problems, out bool allSafe)
    {
        allSafe = true;
        var taken = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<OutputFile>(files.Count);
        foreach (var file in files.Where(f => !f.Yields).Concat(files.Where(f => f.Yields)))
        {
            if (Unsafe(file.Path) is { } why)
            {
                // A page of the site's own with such a path is a bug to stop on; a static file or alias is skipped like a clash.
                allSafe &= file.Yields;
                problems.Add(Diagnostic.Error(DiagnosticCode.UnusablePath, Where(file), $"the output path `{file.Path}` {why}.", "Rename or move it."));
                continue;
            }
            if (Clash(file, taken, folders) is { } other)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.PathClash, Where(file), $"`{file.Path}` clashes with `{other.Path}` ({other.Origin ?? "a page of the site"}): one of them would be a file where the other needs a folder, or both the same file.",
                    "Rename or move one of them."));
                continue;
            }
            taken[file.Path] = file;
            for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
                folders.TryAdd(file.Path[..slash], file);
            kept.Add(file);
        }
        // The writer's order (pages before static files) stays as the renderer gave it.
        var keep = kept.ToHashSet();
        return kept.Count == files.Count ? files : files.Where(keep.Contains).ToList();
    }

    private static OutputFile? Clash(OutputFile file, Dictionary<string, OutputFile> taken, Dictionary<string, OutputFile> folders)
    {
        if (taken.TryGetValue(file.Path, out var same)) return same;
        if (folders.TryGetValue(file.Path, out var inside)) return inside;
        for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
            if (taken.TryGetValue(file.Path[..slash], out var above)) return above;
        return null;
    }

    private static string Where(OutputFile file) => file.Origin ?? file.Path;

    /// <summary>
    /// Why a path cannot be written below the output folder, null when it can: it must be relative, with forward
    /// slashes, no empty, <c>.</c> or <c>..</c> segment, no control characters, and not too long for a file system.
    /// </summary>
    private static string? Unsafe(string path) =>
        path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\') || path.Split('/').Any(s => s is "" or "." or "..")
            ? "would leave the output folder"
            : path.Any(char.IsControl) ? "has control characters"
            : path.Length > MaxPath || path.Split('/').Any(s => System.Text.Encoding.UTF8.GetByteCount(s) > MaxSegmentBytes)
                ? $"is too long (at most {MaxSegmentBytes} bytes a name and {MaxPath} characters in all)"
                : null;

    /// <summary>Well inside Linux's 255-byte names and 4,096-byte paths, with room for the folders around the output.</summary>
    private const int MaxSegmentBytes = 255, MaxPath = 1024;
}
