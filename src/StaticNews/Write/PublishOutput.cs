using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>
/// Publishes the rendered files atomically: the new generation is put together in a sibling folder, then swapped
/// with the live folder in one step, so a failed or killed build leaves the previous site as it was. Files whose
/// recipe or bytes did not change are hard-linked from the live site, keeping their modification times for CDN
/// sync. The generation before the live one is kept as a spare and recycled by the next build (see
/// <see cref="Generations"/>); whatever must go is deleted in the background, off the build's path.
/// </summary>
public static class PublishOutput
{
    /// <summary>
    /// Run first by every build, whether or not it will publish: puts back a site whose swap was cut between two
    /// renames, and starts removing what earlier runs left behind (staging folders of killed runs, old generations).
    /// </summary>
    /// <returns>The removal, running in the background; a process may exit before it ends, the next run goes on.</returns>
    public static Task Recover(string outputDir)
    {
        var folders = Generations.Of(outputDir);
        // Where two renames were cut between them, the live folder is missing: put the previous site back first.
        if (!Directory.Exists(folders.Output) && folders.InterruptedSwap() is { } retired) Directory.Move(retired, folders.Output);
        var stale = folders.Stale();
        return Task.Run(() => stale.ForEach(Delete));
    }

    /// <summary>Where the build keeps the articles it derived, beside the output and its manifests.</summary>
    public static string ArticleCache(string outputDir) => Generations.Of(outputDir).Articles;

    /// <param name="next">Prepared when the build started (<see cref="NextGeneration.Prepare"/>).</param>
    /// <returns>The deletion of what is no longer needed, running in the background.</returns>
    public static Task Run(IReadOnlyList<OutputFile> files, NextGeneration next)
    {
        var folders = next.Folders;
        var treeFiles = next.TreeFiles.Result;
        // Until the manifests name the trees again, neither the spare folder nor its manifest may be trusted.
        File.WriteAllText(folders.Pending, "");
        var place = new PlaceFiles(next.Live, next.LiveFiles, next.Tree, treeFiles);
        var entries = new ManifestEntry[files.Count];
        // More workers than cores: while one waits for the disk, another renders.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i => entries[i] = place.Place(files[i]));
        var manifest = files.Select((f, i) => KeyValuePair.Create(f.Path, entries[i])).ToList();
        if (treeFiles is not null) RemoveLeftovers(next.Tree, treeFiles.Keys.Except(files.Select(f => f.Path)));
        Manifest.Write(folders.NextManifest, manifest);

        var previous = Swap(next.Tree, folders.Output, folders.Old);
        var trash = folders.Promote(previous, keptAsSpare: next.Live is not null && next.LiveFiles.Count > 0);
        return Task.Run(() => { next.Retired.ForEach(Delete); trash.ForEach(Delete); });
    }

    /// <summary>Files of the recycled tree that the new generation no longer has, and the folders they leave empty.</summary>
    private static void RemoveLeftovers(string tree, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var file = Path.Combine(tree, path);
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file)!; folder.Length > tree.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
        }
    }

    /// <summary>
    /// One atomic exchange where Linux offers it. Elsewhere two renames; a crash between them leaves no live
    /// folder and the previous site in an "old" folder, which the next run's <see cref="Recover"/> puts back.
    /// </summary>
    /// <returns>Where the previous generation lies now; null when there was none.</returns>
    private static string? Swap(string tree, string output, string retired)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(tree, output);
            return null;
        }
        if (NativeFiles.TryExchange(tree, output)) return tree;
        // Only an "old" folder is ever put back as the site; once the new one is in place it is moved on.
        Directory.Move(output, retired);
        Directory.Move(tree, output);
        return retired;
    }

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* in use by another build, or gone already: the next run tries again */ }
        catch (UnauthorizedAccessException) { }
    }
}
