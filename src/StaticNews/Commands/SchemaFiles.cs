using StaticNews.Model.Keys;

namespace StaticNews.Commands;

/// <summary>
/// The JSON Schemas kept in the input folder's dot-folder (<c>input/.staticnews/</c>, which no build publishes), for
/// editors: a <c># yaml-language-server: $schema=…</c> line at the top of a YAML file points VS Code's YAML
/// extension at them, which then checks and completes every key as the editor types.
/// </summary>
public static class SchemaFiles
{
    public const string Folder = ".staticnews";

    /// <summary>Writes both schemas where they are missing or out of date; a file that is current keeps its time.</summary>
    /// <returns>Null, or why they could not be written (a read-only input folder in CI, say): never a reason to fail.</returns>
    public static string? Refresh(string inputDir)
    {
        try
        {
            var folder = Path.Combine(inputDir, Folder);
            Directory.CreateDirectory(folder);
            WriteIfChanged(Path.Combine(folder, KeySchema.SiteFile), KeySchema.Site());
            WriteIfChanged(Path.Combine(folder, KeySchema.FrontMatterFile), KeySchema.FrontMatter());
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>The modeline for a YAML block in <paramref name="file"/>, pointing at <paramref name="schemaFile"/> relative to it.</summary>
    public static string Modeline(string file, string inputDir, string schemaFile)
    {
        var schema = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.Combine(Path.GetFullPath(inputDir), Folder, schemaFile));
        return $"# yaml-language-server: $schema={schema.Replace('\\', '/')}";
    }

    /// <summary>Writes only new text: a file that says the same keeps its time.</summary>
    internal static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
    }
}
