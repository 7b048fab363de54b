namespace StaticNews.Render.Search;

/// <summary>Where the Pagefind program is: the first of <c>PAGEFIND_BINARY</c>, <c>pagefind</c> or <c>pagefind_extended</c> on
/// <c>PATH</c>, and an npm install (<c>npm i pagefind@1.6.0</c>) beside the input folder or above it.</summary>
public static class PagefindBinary
{
    public const string InstallCommand = "npm i pagefind@1.6.0";

    public static string? Find(string inputDir)
    {
        if (Environment.GetEnvironmentVariable("PAGEFIND_BINARY") is { Length: > 0 } given) return File.Exists(given) ? given : null;
        string[] names = OperatingSystem.IsWindows() ? ["pagefind.exe", "pagefind_extended.exe"] : ["pagefind", "pagefind_extended"];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
                if (File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        // npm puts the native program in the platform's package; .bin/pagefind is a Node script that starts it.
        for (var folder = new DirectoryInfo(Path.GetFullPath(inputDir)).Parent; folder is not null; folder = folder.Parent)
        {
            var modules = Path.Combine(folder.FullName, "node_modules");
            if (!Directory.Exists(modules)) continue;
            var native = Directory.Exists(Path.Combine(modules, "@pagefind"))
                ? Directory.EnumerateFiles(Path.Combine(modules, "@pagefind"), "pagefind*", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(f) is "pagefind" or "pagefind_extended" or "pagefind.exe" or "pagefind_extended.exe").Order(StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (native is not null) return native;
            if (File.Exists(Path.Combine(modules, ".bin", "pagefind"))) return Path.Combine(modules, ".bin", "pagefind");
        }
        return null;
    }
}
