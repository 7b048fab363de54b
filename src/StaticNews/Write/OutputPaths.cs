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
    /// <returns>False in <paramref name="allSafe"/> when some path would leave the output folder: then nothing may be written.</returns>
    public static IReadOnlyList<OutputFile> Check(IReadOnlyList<OutputFile> files, ICollection<Diagnostic> problems, out bool allSafe)
    {
        allSafe = true;
        var taken = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<OutputFile>(files.Count);
        foreach (var file in files.Where(f => !f.Yields).Concat(files.Where(f => f.Yields)))
        {
            if (!IsSafe(file.Path))
            {
                allSafe = false;
                problems.Add(Diagnostic.Error(Where(file), $"the output path `{file.Path}` would leave the output folder or has characters no file name may have."));
                continue;
            }
            if (Clash(file, taken, folders) is { } other)
            {
                problems.Add(Diagnostic.Error(Where(file), $"`{file.Path}` clashes with `{other.Path}` ({other.Origin ?? "a page of the site"}): one of them would be a file where the other needs a folder, or both the same file.",
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

    /// <summary>Relative, forward slashes, no empty, <c>.</c> or <c>..</c> segment, no control characters, not too long for a file system.</summary>
    public static bool IsSafe(string path) =>
        path.Length is > 0 and < 1024 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Any(char.IsControl)
        && path.Split('/').All(segment => segment.Length is > 0 and <= 200 && segment is not "." and not ".." && System.Text.Encoding.UTF8.GetByteCount(segment) <= 255);
}
