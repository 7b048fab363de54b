namespace StaticNews.Write;

/// <summary>
/// The one folder beside <c>output/</c> that StaticNews keeps for it, <c>.staticnews-output/</c>: everything a build
/// keeps or leaves lies inside it, so a build recognises its own folders by their exact place and never by a name
/// prefix that a sibling output could share. What the incremental build keeps in it is named in
/// <c>Incremental/Generations</c>; the writer needs only the lock and whether the output was published by StaticNews.
/// </summary>
public sealed class OutputHome
{
    private OutputHome(string parent, string name) => (Parent, Name) = (parent, name);

    /// <summary>The home of an output folder given as the user wrote it. A symbolic link is followed: the site is
    /// published into its target, and the link keeps pointing at it.</summary>
    public static OutputHome Of(string outputDir)
    {
        var output = OutputFolder.Resolve(outputDir);
        return new OutputHome(Path.GetDirectoryName(output)!, Path.GetFileName(output));
    }

    public string Parent { get; }
    /// <summary>The output folder's own name (<c>output</c>).</summary>
    public string Name { get; }
    public string Output => Path.Combine(Parent, Name);
    public string Home => Path.Combine(Parent, $".staticnews-{Name}");
    public string Cache => Path.Combine(Home, "cache");
    /// <summary>Held by the build that is publishing.</summary>
    public string Lock => Path.Combine(Home, "lock");
    /// <summary>The manifest of the live tree: its presence says StaticNews published the output.</summary>
    public string LiveManifest => Path.Combine(Cache, "live.manifest");
}
