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
    /// <param name="passed">The paths of the last list that passed whole, kept from one check to the next (the preview's): a
    /// list of the same paths in the same order passes again without a look.</param>
    public static IReadOnlyList<OutputFile> Check(IReadOnlyList<OutputFile> files, ICollection<Diagnostic> problems, out bool allSafe, PassedPaths? passed = null)
    {
        allSafe = true;
        if (passed?.Paths is { } last && last.Length == files.Count && files.Select(f => f.Path).SequenceEqual(last, StringComparer.Ordinal)) return files;
        var before = problems.Count;
        var taken = new Dictionary<string, OutputFile>(files.Count, StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<string, OutputFile>(files.Count, StringComparer.OrdinalIgnoreCase);
        var kept = new List<OutputFile>(files.Count);
        // A folder of a path is looked up by its span: a string is made only for a folder not seen before.
        var (takenFolder, seenFolder) = (taken.GetAlternateLookup<ReadOnlySpan<char>>(), folders.GetAlternateLookup<ReadOnlySpan<char>>());
        foreach (var yields in (bool[])[false, true])
            foreach (var file in files)
            {
                if (file.Yields != yields) continue;
                if (Unsafe(file.Path) is { } why)
                {
                    // A page of the site's own with such a path is a bug to stop on; a static file or alias is skipped like a clash.
                    allSafe &= file.Yields;
                    problems.Add(Diagnostic.Error(DiagnosticCode.UnusablePath, Where(file), $"the output path `{file.Path}` {why}.", "Rename or move it."));
                    continue;
                }
                if (Clash(file, taken, folders, takenFolder) is { } other)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCode.PathClash, Where(file), $"`{file.Path}` clashes with `{other.Path}` ({other.Origin ?? "a page of the site"}): one of them would be a file where the other needs a folder, or both the same file.",
                        "Rename or move one of them."));
                    continue;
                }
                taken[file.Path] = file;
                for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
                    seenFolder.TryAdd(file.Path.AsSpan(0, slash), file);
                kept.Add(file);
            }
        if (passed is not null) passed.Paths = kept.Count == files.Count && problems.Count == before ? [.. files.Select(f => f.Path)] : null;
        if (kept.Count == files.Count) return files;
        // The writer's order (pages before static files) stays as the renderer gave it.
        var keep = kept.ToHashSet(ReferenceEqualityComparer.Instance);
        return files.Where(keep.Contains).ToList();
    }

    private static OutputFile? Clash(OutputFile file, Dictionary<string, OutputFile> taken, Dictionary<string, OutputFile> folders,
        Dictionary<string, OutputFile>.AlternateLookup<ReadOnlySpan<char>> takenFolder)
    {
        if (taken.TryGetValue(file.Path, out var same)) return same;
        if (folders.TryGetValue(file.Path, out var inside)) return inside;
        for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
            if (takenFolder.TryGetValue(file.Path.AsSpan(0, slash), out var above)) return above;
        return null;
    }

    private static string Where(OutputFile file) => file.Origin ?? file.Path;

    /// <summary>
    /// Why a path cannot be written below the output folder, null when it can: it must be relative, with forward
    /// slashes, no empty, <c>.</c> or <c>..</c> segment, no control characters, and not too long for a file system.
    /// </summary>
    private static string? Unsafe(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\') || Segments(path, s => s is "" or "." or ".."))
            return "would leave the output folder";
        if (path.AsSpan().ContainsAny(Controls)) return "has control characters";
        if (path.Length > MaxPath || Segments(path, s => System.Text.Encoding.UTF8.GetByteCount(s) > MaxSegmentBytes))
            return $"is too long (at most {MaxSegmentBytes} bytes a name and {MaxPath} characters in all)";
        return null;
    }

    // C0 and C1 controls: SearchValues rather than IndexOfAnyInRange, which boxes its bounds in the ReadyToRun build
    // (two chars for each of the 21,000 paths).
    private static readonly System.Buffers.SearchValues<char> Controls =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    /// <summary>Whether any of a path's segments (between slashes) is so.</summary>
    private static bool Segments(string path, SegmentTest test)
    {
        foreach (var range in path.AsSpan().Split('/'))
            if (test(path.AsSpan(range))) return true;
        return false;
    }

    private delegate bool SegmentTest(ReadOnlySpan<char> segment);

    /// <summary>Well inside Linux's 255-byte names and 4,096-byte paths, with room for the folders around the output.</summary>
    private const int MaxSegmentBytes = 255, MaxPath = 1024;
}

/// <summary>What <see cref="OutputPaths.Check"/> remembers of the last list that passed whole.</summary>
public sealed class PassedPaths
{
    internal string[]? Paths { get; set; }
}
