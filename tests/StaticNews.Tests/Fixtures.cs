namespace StaticNews.Tests;

/// <summary>Where the test fixtures and the repository's own files are.</summary>
public static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Corpus => Path.Combine(Folder, "corpus");

    /// <summary>The repository root (the folder with StaticNews.sln), for tests of the shipped <c>input/</c>.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "StaticNews.sln"))) return dir.FullName;
            throw new InvalidOperationException("StaticNews.sln not found above the test binaries.");
        }
    }

    /// <summary>The folder of a test's source file, where its approved snapshots live.</summary>
    public static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
