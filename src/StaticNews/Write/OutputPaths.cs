using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>Checks every output path before anything is written: inside the output folder, and each path once.</summary>
public static class OutputPaths
{
    /// <returns>False when some path would leave the output folder: then nothing may be written, even with --keep-going.</returns>
    public static bool Check(IReadOnlyList<OutputFile> files, ICollection<Diagnostic> problems)
    {
        var allSafe = true;
        var seen = new Dictionary<string, OutputFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (!IsSafe(file.Path))
            {
                allSafe = false;
                problems.Add(Diagnostic.Error(file.SourcePath ?? file.Path, $"the output path `{file.Path}` would leave the output folder."));
            }
            else if (!seen.TryAdd(file.Path, file))
                problems.Add(Diagnostic.Error(file.SourcePath ?? file.Path, $"two files would be written to `{file.Path}`.",
                    $"Rename or move one of them ({seen[file.Path].SourcePath ?? "a generated page"})."));
        }
        return allSafe;
    }

    /// <summary>Relative, forward slashes, no empty, <c>.</c> or <c>..</c> segment, no control characters.</summary>
    public static bool IsSafe(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Any(char.IsControl)
        && path.Split('/').All(segment => segment.Length > 0 && segment is not "." and not "..");
}
