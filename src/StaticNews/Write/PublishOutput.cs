using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>
/// Publishes the rendered files atomically: everything is written into a sibling staging folder, then swapped
/// with the live folder in one step, so a failed or killed build leaves the previous site as it was. Files whose
/// bytes did not change are hard-linked from the previous site, keeping their modification times for CDN sync.
/// The previous generation is deleted in the background: deleting a 10,000-file tree takes as long as writing one.
/// </summary>
public static class PublishOutput
{
    private const string Prefix = ".staticnews-";

    /// <summary>
    /// Run first by every build, whether or not it will publish: puts back a site whose swap was cut between two
    /// renames, and starts removing what earlier runs left behind (staging folders of killed runs, old generations).
    /// </summary>
    /// <returns>The removal, running in the background; a process may exit before it ends, the next run goes on.</returns>
    public static Task Recover(string outputDir)
    {
        var (output, parent, name) = Locate(outputDir);
        if (!Directory.Exists(parent)) return Task.CompletedTask;
        RestoreInterruptedSwap(parent, name, output);
        var stale = new[] { "staging", "trash", "old" }
            .SelectMany(kind => Directory.EnumerateDirectories(parent, $"{Prefix}{name}-{kind}-*")).ToList();
        return Task.Run(() => stale.ForEach(Delete));
    }

    /// <returns>The deletion of the previous generation, running in the background.</returns>
    public static Task Run(IReadOnlyList<OutputFile> files, string outputDir)
    {
        var (output, parent, name) = Locate(outputDir);
        Directory.CreateDirectory(parent);

        var run = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = Path.Combine(parent, $"{Prefix}{name}-staging-{run}");
        Directory.CreateDirectory(staging);
        var previous = Directory.Exists(output) ? output : null;
        // More workers than cores: while one waits for the disk, another renders.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.ForEach(files, parallel, file => Place(file, staging, previous));
        var trash = Path.Combine(parent, $"{Prefix}{name}-trash-{run}");
        return Swap(staging, output, Path.Combine(parent, $"{Prefix}{name}-old-{run}"), trash) ? Task.Run(() => Delete(trash)) : Task.CompletedTask;
    }

    private static (string Output, string Parent, string Name) Locate(string outputDir)
    {
        var output = Path.GetFullPath(outputDir.TrimEnd('/', '\\'));
        return (output, Path.GetDirectoryName(output)!, Path.GetFileName(output));
    }

    private static void Place(OutputFile file, string staging, string? previous)
    {
        var target = Path.Combine(staging, file.Path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) Directory.CreateDirectory(folder);
        var content = file.Render?.Invoke();
        var old = previous is null ? null : Path.Combine(previous, file.Path);
        if (old is not null && SameContent(content, file.SourcePath, old) && NativeFiles.TryHardLink(old, target)) return;
        if (content is not null) File.WriteAllBytes(target, content);
        else File.Copy(file.SourcePath!, target);
    }

    private static bool SameContent(byte[]? content, string? sourcePath, string old)
    {
        var info = new FileInfo(old);
        if (!info.Exists) return false;
        if (content is not null)
            return info.Length == content.Length && File.ReadAllBytes(old).AsSpan().SequenceEqual(content);
        return info.Length == new FileInfo(sourcePath!).Length && FilesEqual(sourcePath!, old);
    }

    private static bool FilesEqual(string a, string b)
    {
        using var left = File.OpenRead(a);
        using var right = File.OpenRead(b);
        Span<byte> x = stackalloc byte[8192], y = stackalloc byte[8192];
        while (true)
        {
            var read = left.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            if (right.ReadAtLeast(y, y.Length, throwOnEndOfStream: false) != read || !x[..read].SequenceEqual(y[..read])) return false;
            if (read < x.Length) return true;
        }
    }

    /// <summary>
    /// One atomic exchange where Linux offers it. Elsewhere two renames; a crash between them leaves no live
    /// folder and the previous site in an "old" folder, which the next run's <see cref="Recover"/> puts back.
    /// </summary>
    /// <returns>True when a previous generation now lies at <paramref name="trash"/>.</returns>
    private static bool Swap(string staging, string output, string retired, string trash)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return false;
        }
        if (NativeFiles.TryExchange(staging, output))
        {
            Directory.Move(staging, trash);
            return true;
        }
        // Only an "old" folder is ever put back as the site; once the new one is in place it becomes trash.
        Directory.Move(output, retired);
        Directory.Move(staging, output);
        Directory.Move(retired, trash);
        return true;
    }

    /// <summary>Where two renames were cut between them, the live folder is missing: put the previous site back first.</summary>
    private static void RestoreInterruptedSwap(string parent, string name, string output)
    {
        if (Directory.Exists(output)) return;
        var retired = Directory.EnumerateDirectories(parent, $"{Prefix}{name}-old-*").Order(StringComparer.Ordinal).FirstOrDefault();
        if (retired is not null) Directory.Move(retired, output);
    }

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* in use by another build, or gone already: the next run tries again */ }
        catch (UnauthorizedAccessException) { }
    }
}
