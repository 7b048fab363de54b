using StaticNews.Commands;
using StaticNews.Model;

namespace StaticNews.Tests;

/// <summary>
/// A whole site laid out in a temporary folder from files given inline, as Hugo's integration tests do:
/// build it, then read what was published.
/// </summary>
public sealed class TestSite : IDisposable
{
    /// <summary>The fixed "now" of test builds: a day after the seed's story.</summary>
    public static readonly DateTimeOffset Now = new(2024, 12, 5, 12, 0, 0, TimeSpan.Zero);

    public string Root { get; } = Directory.CreateTempSubdirectory("staticnews-test-").FullName;
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");

    public TestSite(IReadOnlyDictionary<string, string>? files = null)
    {
        Directory.CreateDirectory(Input);
        foreach (var (path, text) in files ?? new Dictionary<string, string>()) Add(path, text);
    }

    /// <summary>A site made of the repository's own <c>input/</c>, as the README's publish command builds it.</summary>
    public static TestSite FromRepositoryInput()
    {
        var site = new TestSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures.RepositoryRoot, "input"), "*", SearchOption.AllDirectories))
            site.AddBytes(Path.GetRelativePath(Path.Combine(Fixtures.RepositoryRoot, "input"), file), File.ReadAllBytes(file));
        return site;
    }

    /// <summary>
    /// The sample site CI's quality gates check: the repository's <c>input/</c> plus the 12 sample dumps, so the
    /// checks see many articles, shared tags and linked stories.
    /// </summary>
    public static TestSite Sample()
    {
        var site = FromRepositoryInput();
        foreach (var dump in Directory.EnumerateFiles(Path.Combine(Fixtures.Corpus, "raw")))
            site.AddBytes(Path.GetFileName(dump), File.ReadAllBytes(dump));
        return site;
    }

    public TestSite Add(string path, string text) => AddBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    public TestSite AddBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        // Each write gets its own time in the past, as an editor's saves have: the article cache trusts only stamps
        // older than two seconds, and a test rewrites files faster than the file system's clock ticks.
        File.SetLastWriteTimeUtc(full, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(++_writes));
        return this;
    }

    private int _writes;

    public BuildOptions Options => new(Input, Output, Now);

    public BuildReport Build(BuildOptions? options = null) => SiteBuilder.Build(options ?? Options);

    /// <summary>Builds and fails the test, naming every problem, unless the site was published.</summary>
    public BuildReport Publish(BuildOptions? options = null)
    {
        var report = Build(options);
        Assert.True(report.Published, "not published:\n" + string.Join('\n', report.Diagnostics));
        report.CleanUp.Wait(); // the previous generation is deleted in the background; tests look at the folder after it
        return report;
    }

    /// <summary>StaticNews's one folder beside the output, <c>.staticnews-output</c>.</summary>
    public string Home => Path.Combine(Root, ".staticnews-output");

    /// <summary>The folders StaticNews keeps beside the output, all inside its one folder there, by name, in order.</summary>
    public IReadOnlyList<string> BesideOutput()
    {
        Assert.Equal([".staticnews-output"], Directory.EnumerateDirectories(Root, ".staticnews-*").Select(Path.GetFileName));
        return Directory.EnumerateDirectories(Home).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
    }

    /// <summary>Runs the build command as the program does, capturing its exit code and messages.</summary>
    public (int ExitCode, string Output, string Errors) Run(BuildOptions? options = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = BuildCommand.Run(options ?? Options, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>Every file below <paramref name="folder"/> (relative path) with a hash of its bytes: what "byte-identical" compares.</summary>
    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>The published article pages: <c>2024/12/04/slug/index.html</c>, or under an edition, <c>en/2024/…</c>.</summary>
    public IReadOnlyList<string> ArticlePages() =>
        OutputFiles().Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^([a-z]{2,3}/)?\d{4}/\d{2}/\d{2}/[^/]+/index\.html$")).ToList();

    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
