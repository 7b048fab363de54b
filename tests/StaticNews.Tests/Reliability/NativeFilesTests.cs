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
    public void A_name_beyond_ascii_is_the_name_dotnet_reads_back()
    {
        var folder = Path.Combine(_root, "tags", "münchen-straße");
        var path = Path.Combine(folder, "überblick-ça-ñ-文.html");
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);

        if (!Linux) return;
        Assert.True(NativeFiles.TryMakeFolder(folder));
        Assert.NotNull(NativeFiles.TryWriteNew(path, "Seite"u8));
        Assert.Equal("Seite", File.ReadAllText(path));
        Assert.Equal([Path.GetFileName(path)], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
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
