using System.Collections.Concurrent;
using StaticNews.Model;
using StaticNews.Write;

namespace StaticNews.Incremental;

/// <summary>
/// The tree the next generation is put together in, chosen when the build starts so that readying it overlaps
/// with parsing: the spare as it is; or, when there is none (the first rebuild after a clean build), a staging
/// folder into which every live file is hard-linked in the background, which then serves as a spare does.
/// </summary>
public sealed class NextGeneration
{
    private NextGeneration(Generations folders, string? live, Dictionary<string, ManifestEntry> liveFiles,
        string tree, Task<Dictionary<string, ManifestEntry>?> treeFiles, List<string> retired)
    {
        Folders = folders;
        Live = live;
        LiveFiles = liveFiles;
        Tree = tree;
        TreeFiles = treeFiles;
        Retired = retired;
        LiveStamps = live is null || liveFiles.Count == 0
            ? Task.FromResult(new Dictionary<string, FileStamp?>())
            : Task.Factory.StartNew(() => StampAll(live, liveFiles), TaskCreationOptions.LongRunning);
    }

    internal Generations Folders { get; }
    /// <summary>The live output folder; null when there is none yet.</summary>
    internal string? Live { get; }
    internal Dictionary<string, ManifestEntry> LiveFiles { get; }
    internal string Tree { get; }
    /// <summary>What the tree holds when it is ready: null for a fresh, empty one.</summary>
    internal Task<Dictionary<string, ManifestEntry>?> TreeFiles { get; }
    /// <summary>Folders to delete in the background once the build is done.</summary>
    internal List<string> Retired { get; }

    /// <summary>
    /// Each live file's stamp as the build began, which tells whether the manifest still describes it (a hand edit
    /// does not). Taken in the background from the start: 20,000 stats wait on the disk for most of a second when
    /// the files are not cached, which overlaps reading the input and enriching the site instead of placing files.
    /// </summary>
    internal Task<Dictionary<string, FileStamp?>> LiveStamps { get; }

    /// <summary>More threads than cores: they wait for the disk, not the processor.</summary>
    private const int StampingThreads = 8;

    private static Dictionary<string, FileStamp?> StampAll(string live, Dictionary<string, ManifestEntry> files)
    {
        var paths = files.Keys.ToArray();
        var stamps = new FileStamp?[paths.Length];
        var next = -1;
        var threads = Enumerable.Range(0, StampingThreads).Select(_ => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < paths.Length; i = Interlocked.Increment(ref next))
                stamps[i] = FileStamp.Of(Path.Combine(live, paths[i]));
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var byPath = new Dictionary<string, FileStamp?>(paths.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++) byPath[paths[i]] = stamps[i];
        return byPath;
    }

    /// <summary>A build that will not publish gives back the staging folder it made (a spare stays for the next build).</summary>
    public void Abandon()
    {
        try { TreeFiles.Wait(); } catch (AggregateException) { }
        if (Tree != Folders.Spare) GenerationSwap.Delete(Tree);
    }

    public static NextGeneration Prepare(string outputDir)
    {
        var folders = Generations.Of(outputDir);
        Directory.CreateDirectory(folders.Cache);
        var live = Directory.Exists(folders.Output) ? folders.Output : null;
        var liveFiles = live is null ? new Dictionary<string, ManifestEntry>() : Manifest.Read(folders.LiveManifest);
        var retired = new List<string>();
        if (folders.TakeSpare(retired) is { } spare)
            return new NextGeneration(folders, live, liveFiles, spare.Tree, Task.FromResult<Dictionary<string, ManifestEntry>?>(spare.Files), retired);
        var staging = folders.NewStaging();
        var linking = live is null || liveFiles.Count == 0
            ? Task.FromResult<Dictionary<string, ManifestEntry>?>(null)
            : Task.Run(() => (Dictionary<string, ManifestEntry>?)LinkAll(live, staging, liveFiles));
        return new NextGeneration(folders, live, liveFiles, staging, linking, retired);
    }

    /// <returns>The files linked, with the live manifest's entries.</returns>
    private static Dictionary<string, ManifestEntry> LinkAll(string live, string tree, Dictionary<string, ManifestEntry> files)
    {
        var linked = new ConcurrentDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, file =>
        {
            var target = Path.Combine(tree, file.Key);
            // A fresh tree: most folders are new, so mkdir at once rather than look first (as PlaceFiles does).
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (NativeFiles.TryHardLink(Path.Combine(live, file.Key), target)) linked[file.Key] = file.Value;
        });
        return new Dictionary<string, ManifestEntry>(linked, StringComparer.Ordinal);
    }
}
