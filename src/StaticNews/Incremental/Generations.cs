using StaticNews.Write;

namespace StaticNews.Incremental;

/// <summary>
/// What the incremental build keeps in the output's home (<see cref="OutputHome"/>, <c>.staticnews-output/</c>),
/// named here and nowhere else:
/// <list type="bullet">
/// <item><c>cache/</c>: the known articles, the search index, and the manifests of the live tree, the spare and the
/// next tree; <c>pending</c> while a build changes the spare and renames manifests;</item>
/// <item><c>spare/</c>: the generation before the live one, recycled into the next;</item>
/// <item><c>staging-RUN/</c>, <c>old-RUN/</c>, <c>trash-RUN/</c>: one run's fresh tree, the live tree while two renames
/// replace it, and what is deleted in the background.</item>
/// </list>
/// A rebuild puts the new generation together in the spare, which differs from the live site only in what the
/// last build changed, then swaps the two.
/// </summary>
internal sealed class Generations(OutputHome home)
{
    public static Generations Of(string outputDir) => new(OutputHome.Of(outputDir));

    public string Output => home.Output;
    /// <summary>This build's id, unique among the builds of all processes.</summary>
    public string RunId { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
    public string Home => home.Home;
    public string Cache => home.Cache;
    public string Articles => Path.Combine(Cache, "articles");
    /// <summary>Where the live site waits while two renames replace it, where the platform cannot exchange folders.</summary>
    public string Old => Path.Combine(Home, $"old-{RunId}");
    public string LiveManifest => home.LiveManifest;
    public string NextManifest => Path.Combine(Cache, "next.manifest");
    /// <summary>How many articles the live site has: a build that would publish far fewer must be told to.</summary>
    public string LiveArticles => Path.Combine(Cache, "live.articles");
    /// <summary>Present while a build changes the spare and renames manifests: if a run finds it, one was cut short.</summary>
    public string Pending => Path.Combine(Cache, "pending");
    public string Spare => Path.Combine(Home, "spare");
    private string SpareManifest => Path.Combine(Cache, "spare.manifest");

    /// <summary>
    /// Takes the spare for the next generation when its manifest can be trusted to say what it holds; an untrusted
    /// spare is moved aside as trash (added to <paramref name="retired"/>, deleted once the build is done).
    /// </summary>
    public (string Tree, Dictionary<string, ManifestEntry> Files)? TakeSpare(List<string> retired)
    {
        if (!File.Exists(Pending) && Directory.Exists(Spare) && File.Exists(SpareManifest)) return (Spare, Manifest.Read(SpareManifest));
        File.Delete(SpareManifest);
        if (Directory.Exists(Spare))
        {
            retired.Add(Path.Combine(Home, $"trash-{RunId}"));
            Directory.Move(Spare, retired[^1]);
        }
        return null;
    }

    /// <summary>Folders earlier runs left: staging folders of killed runs, trash not yet deleted, old sites.</summary>
    public List<string> Stale() => Directory.Exists(Home)
        ? new[] { "staging", "trash", "old" }.SelectMany(kind => Directory.EnumerateDirectories(Home, $"{kind}-*")).ToList()
        : [];

    /// <summary>The site a swap cut between its two renames left aside, when there is one.</summary>
    public string? InterruptedSwap() => Directory.Exists(Home)
        ? Directory.EnumerateDirectories(Home, "old-*").Order(StringComparer.Ordinal).FirstOrDefault()
        : null;

    /// <summary>A new, empty folder to put a generation together in.</summary>
    public string NewStaging()
    {
        var staging = Path.Combine(Home, $"staging-{RunId}");
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
            trash.Add(Path.Combine(Home, $"trash-{RunId}-previous"));
            Directory.Move(previous, trash[0]);
        }
        File.Move(NextManifest, LiveManifest, overwrite: true);
        File.Delete(Pending);
        return trash;
    }
}
