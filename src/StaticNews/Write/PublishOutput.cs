using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>
/// Publishes the rendered files atomically: everything is written into a sibling staging folder, then swapped
/// with the live folder in one step, so a failed or killed build leaves the previous site as it was. Files whose
/// bytes did not change are hard-linked from the previous site, keeping their modification times for CDN sync.
/// </summary>
public static class PublishOutput
{
    private const string Prefix = ".staticnews-";

    /// <summary>
    /// Run first by every build, whether or not it will publish: puts back a site whose swap was cut between two
    /// renames, and removes staging and retired folders left by a killed run.
    /// </summary>
    public static void Recover(string outputDir)
    {
        var (output, parent, name) = Locate(outputDir);
        if (!Directory.Exists(parent)) return;
        RestoreInterruptedSwap(parent, name, output);
        RemoveStale(parent, name);
    }

    public static void Run(IReadOnlyList<OutputFile> files, string outputDir)
    {
        var (output, parent, name) = Locate(outputDir);
        Directory.CreateDirectory(parent);

        var staging = Path.Combine(parent, $"{Prefix}{name}-staging-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        var previous = Directory.Exists(output) ? output : null;
        // More workers than cores: while one waits for the disk, another renders.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.ForEach(files, parallel, file => Place(file, staging, previous));
        Swap(staging, output, Path.Combine(parent, $"{Prefix}{name}-old-{Environment.ProcessId}"));
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
    /// One atomic exchange where Linux offers it. Elsewhere two renames; a crash between them leaves the new
    /// site in staging and the old one aside, which the next run's clean-up sweeps away before it builds anew.
    /// </summary>
    private static void Swap(string staging, string output, string retired)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (NativeFiles.TryExchange(staging, output))
        {
            Directory.Move(staging, retired);
        }
        else
        {
            Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        Directory.Delete(retired, recursive: true);
    }

    /// <summary>Where two renames were cut between them, the live folder is missing: put the previous site back first.</summary>
    private static void RestoreInterruptedSwap(string parent, string name, string output)
    {
        if (Directory.Exists(output)) return;
        var retired = Directory.EnumerateDirectories(parent, $"{Prefix}{name}-old-*").Order(StringComparer.Ordinal).FirstOrDefault();
        if (retired is not null) Directory.Move(retired, output);
    }

    /// <summary>Staging and retired folders of a run that was killed: never the live site.</summary>
    private static void RemoveStale(string parent, string name)
    {
        foreach (var stale in Directory.EnumerateDirectories(parent, $"{Prefix}{name}-*"))
        {
            try { Directory.Delete(stale, recursive: true); }
            catch (IOException) { /* another build may be using it; the next run tries again */ }
        }
    }
}
