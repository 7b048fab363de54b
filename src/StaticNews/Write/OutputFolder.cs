namespace StaticNews.Write;

/// <summary>
/// Which folders a build may replace. Publishing swaps the output folder out and deletes what was in it, so a
/// folder that holds anything StaticNews did not publish (a project, the input, a home folder) is refused
/// before anything is touched.
/// </summary>
public static class OutputFolder
{
    /// <summary>The output folder as an absolute path without a trailing separator; a symbolic link is followed to its target.</summary>
    public static string Resolve(string outputDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is null) return full;
        var target = info.ResolveLinkTarget(returnFinalTarget: true)!;
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
    }

    /// <summary>Why a build must not publish into <paramref name="outputDir"/>; null when it may.</summary>
    /// <param name="force">The user said the folder's contents may go (<c>--force</c>).</param>
    public static string? Refusal(string outputDir, string inputDir, bool force, string currentDir, string? home)
    {
        if (string.IsNullOrWhiteSpace(outputDir)) return "--output is empty. Name the folder to publish into, e.g. `--output output`.";
        string output;
        try
        {
            if (new DirectoryInfo(Path.GetFullPath(outputDir)) is { LinkTarget: { } link } info && !info.Exists)
                return $"the output folder `{outputDir}` is a symbolic link to `{link}`, which does not exist. Create that folder or point the link elsewhere.";
            output = Resolve(outputDir);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"the output folder `{outputDir}` cannot be used: {e.Message}";
        }
        var input = Resolve(inputDir);
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDir));
        string? Reason() =>
            output == Path.GetPathRoot(output) ? "is the root of the file system" :
            home is { Length: > 0 } && Contains(output, Path.TrimEndingDirectorySeparator(Path.GetFullPath(home))) ? "is or contains your home folder" :
            Contains(output, input) ? "is or contains the input folder" :
            Contains(output, here) ? "is or contains the current folder" : null;
        if (Reason() is { } reason)
            return $"refusing to publish into `{outputDir}`: it {reason}, and publishing replaces everything in it. Pass a folder of its own, e.g. `--output output`.";
        if (File.Exists(output)) return $"the output path `{outputDir}` is a file, not a folder. Remove it or pass another --output.";
        if (force || !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any()) return null;
        var folders = OutputHome.Of(output);
        if (File.Exists(folders.LiveManifest) || PublishedByAnEarlierVersion(output)) return null;
        return $"`{outputDir}` is not empty and was not published by StaticNews (it has no manifest in `{Path.GetFileName(folders.Home)}` beside it); "
               + "publishing would delete what is in it. Pass another --output, or --force to replace its contents.";
    }

    /// <summary>
    /// Versions before the one folder beside the output kept the manifest in <c>.staticnews-NAME-cache/live.manifest</c>;
    /// the one folder of today never holds a manifest at its top, so a sibling output cannot be mistaken for it.
    /// </summary>
    private static bool PublishedByAnEarlierVersion(string output) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(output)!, $".staticnews-{Path.GetFileName(output)}-cache", "live.manifest"));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool Contains(string outer, string inner) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
