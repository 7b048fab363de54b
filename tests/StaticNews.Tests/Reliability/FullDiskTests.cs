namespace StaticNews.Tests.Reliability;

/// <summary>
/// A build that fills the disk, or finds it read-only, says so, names the path, exits non-zero and leaves the live
/// site as it was.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\n")
        .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");
    private string Disk => Path.Combine(_site.Root, "disk");
    private bool _mounted;

    /// <summary>A file system of 1 MiB of its own (tmpfs): only root may mount one.</summary>
    private bool Mount()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return false;
        Directory.CreateDirectory(Disk);
        return _mounted = Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", Disk);
    }

    private static bool Run(string command, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(command, arguments);
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    [SkippableFact]
    public void A_disk_turned_read_only_fails_the_build_with_a_diagnostic_and_the_live_site_stays()
    {
        Skip.IfNot(Mount(), "needs root on Linux, to mount a 1 MiB tmpfs");
        BuildFailsAndTheLiveSiteStays("Read-only file system", () =>
        {
            Assert.True(Run("mount", "-o", "remount,ro", Disk));
            _site.Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\n---\nText.\n");
        });
    }

    [SkippableFact]
    public void A_page_that_does_not_fit_fails_the_build_with_a_diagnostic_and_the_live_site_stays()
    {
        Skip.IfNot(Mount(), "needs root on Linux, to mount a 1 MiB tmpfs");
        // 1.5 MB of text in one story: its page, its feeds and the cache cannot all fit in what is left.
        var paragraph = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"Wort{i}")) + "\n\n";
        BuildFailsAndTheLiveSiteStays("no space left on device",
            () => _site.Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\n---\n" + string.Concat(Enumerable.Repeat(paragraph, 1500))));
    }

    /// <summary>Publishes onto the disk, lets <paramref name="spoil"/> change it or the input, and builds again.</summary>
    private void BuildFailsAndTheLiveSiteStays(string words, Action spoil)
    {
        var options = _site.Options with { OutputDir = Path.Combine(Disk, "output") };
        _site.Publish(options);
        var live = TestSite.Hashes(options.OutputDir);
        spoil();
        var (code, _, errors) = _site.Run(options);

        Assert.NotEqual(0, code);
        Assert.Contains("SN5001", errors);
        Assert.Contains(words, errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.Equal(live, TestSite.Hashes(options.OutputDir));
    }

    public void Dispose()
    {
        if (_mounted) Run("umount", "-l", Disk);
        _site.Dispose();
    }
}
