namespace StaticNews.Write;

/// <summary>
/// The folders beside <c>output/</c>, named here and nowhere else: the spare (the generation before the live one, kept to be recycled into
/// the next) and the cache with each tree's manifest. A rebuild puts the new generation together in the spare,
/// which differs from the live site only in what the last build changed, then swaps the two: an edit of one
/// article costs a handful of file operations instead of a new 10,000-file tree.
/// </summary>
internal sealed class Generations(string parent, string name)
{
    private const string Prefix = ".staticnews-";

    /// <summary>The folders of an output folder given as the user wrote it (relative, with or without a slash).</summary>
    public static Generations Of(string outputDir)
    {
        var output = Path.GetFullPath(outputDir.TrimEnd('/', '\\'));
        return new Generations(Path.GetDirectoryName(output)!, Path.GetFileName(output));
    }

    public string Output => Path.Combine(parent, name);
    public string Run { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
    public string Cache => Path.Combine(parent, $"{Prefix}{name}-cache");
    public string Articles => Path.Combine(Cache, "articles");
    /// <summary>Where the live site waits while two renames replace it, where the platform cannot exchange folders.</summary>
    public string Old => Path.Combine(parent, $"{Prefix}{name}-old-{Run}");
    public string LiveManifest => Path.Combine(Cache, "live.manifest");
    public string NextManifest => Path.Combine(Cache, "next.manifest");
    /// <summary>Present while a build changes the spare and renames manifests: if a run finds it, one was cut short.</summary>
    public string Pending => Path.Combine(Cache, "pending");
    private string Spare => Path.Combine(parent, $"{Prefix}{name}-spare");
    private string SpareManifest => Path.Combine(Cache, "spare.manifest");

    /// <summary>The spare, when its manifest can be trusted to say what it holds; an untrusted one is moved to <paramref name="retired"/>.</summary>
    public (string Tree, Dictionary<string, ManifestEntry> Files)? TrustedSpare(List<string> retired)
    {
        if (!File.Exists(Pending) && Directory.Exists(Spare) && File.Exists(SpareManifest)) return (Spare, Manifest.Read(SpareManifest));
        File.Delete(SpareManifest);
        if (Directory.Exists(Spare))
        {
            retired.Add(Path.Combine(parent, $"{Prefix}{name}-trash-{Run}"));
            Directory.Move(Spare, retired[^1]);
        }
        return null;
    }

    /// <summary>Folders earlier runs left: staging folders of killed runs, trash not yet deleted, old sites.</summary>
    public List<string> Stale() => Directory.Exists(parent)
        ? new[] { "staging", "trash", "old" }.SelectMany(kind => Directory.EnumerateDirectories(parent, $"{Prefix}{name}-{kind}-*")).ToList()
        : [];

    /// <summary>The site a swap cut between its two renames left aside, when there is one.</summary>
    public string? InterruptedSwap() => Directory.Exists(parent)
        ? Directory.EnumerateDirectories(parent, $"{Prefix}{name}-old-*").Order(StringComparer.Ordinal).FirstOrDefault()
        : null;

    /// <summary>A new, empty folder to put a generation together in.</summary>
    public string NewStaging()
    {
        var staging = Path.Combine(parent, $"{Prefix}{name}-staging-{Run}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>After the swap: the previous generation becomes the spare, or trash when there is no manifest of it.</summary>
    /// <param name="previous">Where the previous live tree lies now; null when there was none.</param>
    /// <returns>Folders to delete in the background.</returns>
    public List<string> Promote(string? previous, bool keptAsSpare)
    {
        var trash = new List<string>();
        if (previous is not null && keptAsSpare)
        {
            if (previous != Spare) Directory.Move(previous, Spare);
            File.Move(LiveManifest, SpareManifest, overwrite: true);
        }
        else if (previous is not null)
        {
            trash.Add(Path.Combine(parent, $"{Prefix}{name}-trash-{Run}-previous"));
            Directory.Move(previous, trash[0]);
        }
        File.Move(NextManifest, LiveManifest, overwrite: true);
        File.Delete(Pending);
        return trash;
    }
}
