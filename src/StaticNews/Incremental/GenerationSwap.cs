using StaticNews.Model;
using StaticNews.Write;

namespace StaticNews.Incremental;

/// <summary>
/// Publishes the rendered files atomically: the new generation is put together in a sibling folder, then swapped
/// with the live folder in one step, so a failed or killed build leaves the previous site as it was. Files whose
/// recipe or bytes did not change are hard-linked from the live site, keeping their modification times for CDN
/// sync. The generation before the live one is kept as a spare and recycled by the next build (see
/// <see cref="Generations"/>); whatever must go is deleted in the background, off the build's path.
/// </summary>
internal static class GenerationSwap
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

    /// <param name="next">Prepared when the build started (<see cref="NextGeneration.Prepare"/>).</param>
    /// <param name="articles">How many articles the new site has, kept for the next build's comparison.</param>
    /// <param name="problems">Told of what went wrong after the swap: the site is published then, so only warnings.</param>
    /// <returns>The deletion of what is no longer needed, running in the background.</returns>
    /// <exception cref="InputException">Writing the new generation failed; the live site is as it was and what this build wrote is gone.</exception>
    /// <param name="recipe">What each file is made from, hashed, to compare with the live manifest.</param>
    /// <param name="precompress">Write Brotli and gzip twins beside the text files (<see cref="Precompress"/>).</param>
    public static Task FillAndSwap(IReadOnlyList<OutputFile> files, NextGeneration next, int articles, ICollection<Diagnostic> problems,
        Recipe recipe, TimeProvider clock, bool precompress)
    {
        var folders = next.Folders;
        string? previous;
        try
        {
            FillTree(files, next, recipe, clock, precompress);
            previous = Swap(next.Tree, folders.Output, folders.Old);
        }
        catch (Exception e) when (WriteFailure.Explain(e) is { } failure)
        {
            Delete(next.Tree); // a half-made generation is never trusted again; its space is given back at once
            // Two renames cut between them by the failure: the live site goes back now, not at the next run.
            if (!Directory.Exists(folders.Output) && Directory.Exists(folders.Old)) Directory.Move(folders.Old, folders.Output);
            throw new InputException(failure);
        }
        var trash = new List<string>();
        try
        {
            trash = folders.Promote(previous, keptAsSpare: next.Live is not null && next.LiveFiles.Count > 0);
            File.WriteAllText(folders.LiveArticles, articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (WriteFailure.Explain(e) is { } failure)
        {
            problems.Add(Diagnostic.Warning(DiagnosticCode.NotKept, failure.File, $"the site was published, but keeping its manifest failed: {failure.Message}",
                "The next build renders every page again."));
        }
        return Task.Run(() => { next.Retired.ForEach(Delete); trash.ForEach(Delete); });
    }

    private static void FillTree(IReadOnlyList<OutputFile> files, NextGeneration next, Recipe recipe, TimeProvider clock, bool precompress)
    {
        var treeFiles = next.TreeFiles.Result;
        // Until the manifests name the trees again, neither the spare folder nor its manifest may be trusted.
        File.WriteAllText(next.Folders.Pending, "");
        var place = new PlaceFiles(next.Live, next.LiveFiles, next.LiveStamps.Result, next.Tree, treeFiles, recipe, clock);
        var entries = new ManifestEntry[files.Count];
        // More workers than cores: while one waits for the disk, another renders.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, i => entries[i] = WriteFailure.Naming(files[i].Path, () => place.Place(files[i])));
        if (precompress)
        {
            // Made from the files now in the tree, placed like them: an unchanged file's twins are hard links.
            var twins = Precompress.TwinsOf(files, entries.Select(e => (e.Length, e.Content)).ToList(), next.Tree);
            var twinEntries = new ManifestEntry[twins.Count];
            Parallel.For(0, twins.Count, parallel, i => twinEntries[i] = WriteFailure.Naming(twins[i].Path, () => place.Place(twins[i])));
            files = [.. files, .. twins];
            entries = [.. entries, .. twinEntries];
        }
        var manifest = files.Select((f, i) => KeyValuePair.Create(f.Path, entries[i])).ToList();
        if (treeFiles is not null) RemoveLeftovers(next.Tree, treeFiles.Keys.Except(files.Select(f => f.Path)));
        Manifest.Write(next.Folders.NextManifest, manifest);
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

    /// <summary>Deletes a folder of the build's own; one that is in use or gone already is left to the next run.</summary>
    internal static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* in use by another build, or gone already: the next run tries again */ }
        catch (UnauthorizedAccessException) { }
    }
}
