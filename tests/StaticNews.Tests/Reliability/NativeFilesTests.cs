using System.Runtime.InteropServices;
using StaticNews.Write;

namespace StaticNews.Tests.Reliability;

/// <summary>
/// The writer's own calls for a new file and a new folder: on Linux they do what .NET's would, and where they
/// cannot, they leave everything as it was so that .NET's calls do it or say why.
/// </summary>
public sealed class NativeFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staticnews-native-").FullName;

    private static bool Linux => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.Arm64;

    [Theory]
    [InlineData(0)]
    [InlineData(3256)]
    [InlineData(3 * 1024 * 1024 + 7)] // more than one write may take
    public void A_new_file_holds_its_bytes_and_is_stamped_with_the_time_the_file_system_gave_it(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31 + 7)).ToArray();
        var path = Path.Combine(_root, "index.html");

        var modified = NativeFiles.TryWriteNew(path, bytes);

        if (!Linux) { Assert.Null(modified); Assert.False(File.Exists(path)); return; }
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(File.GetLastWriteTimeUtc(path), modified);
        Assert.Equal(DateTimeKind.Utc, modified!.Value.Kind);
    }

    [Fact]
    public void A_file_that_exists_is_left_as_it_is()
    {
        var path = Path.Combine(_root, "feed.xml");
        File.WriteAllText(path, "old");

        Assert.Null(NativeFiles.TryWriteNew(path, "new"u8));
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_whose_folder_is_missing_is_not_made_and_neither_is_the_folder()
    {
        var path = Path.Combine(_root, "2024", "index.html");

        Assert.Null(NativeFiles.TryWriteNew(path, "page"u8));
        Assert.False(Directory.Exists(Path.Combine(_root, "2024")));
    }

    [Fact]
    public void A_folder_is_made_once_and_only_below_a_folder_that_exists()
    {
        var year = Path.Combine(_root, "2024");
        var day = Path.Combine(_root, "2025", "12", "04");

        Assert.Equal(Linux, NativeFiles.TryMakeFolder(year));
        Assert.Equal(Linux, Directory.Exists(year));
        Assert.False(NativeFiles.TryMakeFolder(year)); // there already: .NET's call finds it so
        Assert.False(NativeFiles.TryMakeFolder(day));
        Assert.False(Directory.Exists(Path.Combine(_root, "2025")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>A build that fills the disk says so, names the file, exits non-zero and leaves the live site as it was.</summary>
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
        using var mount = System.Diagnostics.Process.Start("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", Disk]);
        mount.WaitForExit();
        return _mounted = mount.ExitCode == 0;
    }

    [SkippableFact]
    public void A_page_that_does_not_fit_fails_the_build_with_a_diagnostic_and_the_live_site_stays()
    {
        Skip.IfNot(Mount(), "needs root on Linux, to mount a 1 MiB tmpfs");
        var options = _site.Options with { OutputDir = Path.Combine(Disk, "output") };
        _site.Publish(options);
        var live = TestSite.Hashes(options.OutputDir);

        // 1.5 MB of text in one story: its page, its feeds and the cache cannot all fit in what is left.
        var paragraph = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"Wort{i}")) + "\n\n";
        _site.Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\n---\n" + string.Concat(Enumerable.Repeat(paragraph, 1500)));
        var (code, _, errors) = _site.Run(options);

        Assert.NotEqual(0, code);
        Assert.Contains("SN5001", errors);
        Assert.Contains("no space left on device", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.Equal(live, TestSite.Hashes(options.OutputDir));
    }

    public void Dispose()
    {
        if (_mounted) System.Diagnostics.Process.Start("umount", ["-l", Disk])!.WaitForExit();
        _site.Dispose();
    }
}
