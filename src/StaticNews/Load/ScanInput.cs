using System.IO.Enumeration;
using StaticNews.Model;

namespace StaticNews.Load;

/// <summary>
/// Finds the documents and static files under <c>input/</c>, in ordinal path order so every build sees them
/// in the same order. Symbolic links are not followed: a link pointing outside <c>input/</c> could publish
/// anything on the machine.
/// </summary>
public static class ScanInput
{
    public const string SiteConfigName = "site.yml";

    /// <param name="outputDir">The output folder: skipped when it lies inside the input, or a build would publish its own last output.</param>
    public static InputTree Run(string root, ICollection<Diagnostic> problems, string? outputDir = null)
    {
        root = Path.GetFullPath(root);
        var output = outputDir is null ? null : Path.GetFullPath(outputDir.TrimEnd('/', '\\'));
        if (!Directory.Exists(root))
            throw new InputException(Diagnostic.Error(DiagnosticCode.InputMissing, root, "the input folder does not exist.", "Pass --input DIR or create `input/`."));

        var files = new List<(string Path, string Relative, FileStamp Stamp)>();
        Walk(root, root, output, files, problems);
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));

        var stamps = files.ToDictionary(f => f.Relative, f => f.Stamp, StringComparer.Ordinal);
        var documents = new List<SourceDocument>();
        var statics = new List<StaticFile>();
        string? siteConfig = null;
        foreach (var (path, relative, stamp) in files)
        {
            var extension = Path.GetExtension(relative).ToLowerInvariant();
            var stem = relative[..^extension.Length];
            switch (extension)
            {
                case ".md" or ".markdown":
                    documents.Add(new SourceDocument(path, relative, DocumentKind.MarkdownPage, Stamps: (stamp, null)));
                    break;
                case ".txt":
                    var sidecar = new[] { ".yml", ".yaml" }.Select(e => stem + e).FirstOrDefault(stamps.ContainsKey);
                    documents.Add(new SourceDocument(path, relative, DocumentKind.RawDump, sidecar is null ? null : Path.Combine(root, sidecar),
                        (stamp, sidecar is null ? null : stamps[sidecar])));
                    break;
                case ".yml" or ".yaml" when relative == SiteConfigName:
                    siteConfig = path;
                    break;
                case ".yml" or ".yaml" when stamps.ContainsKey(stem + ".txt"):
                    break; // a dump's sidecar, read with its dump
                case ".yml" or ".yaml":
                    problems.Add(Diagnostic.Warning(DiagnosticCode.LoneYaml, relative, "a YAML file with no dump beside it is ignored.",
                        $"Name it like its dump (`{Path.GetFileName(stem)}.txt`) or move it out of input/."));
                    break;
                default:
                    statics.Add(new StaticFile(path, relative));
                    break;
            }
        }
        return new InputTree(root, documents, statics, siteConfig);
    }

    /// <summary>
    /// The last scan with the stamps of the files the file system says changed taken again, when each is a
    /// document or sidecar that scan found and still a plain file: an editor's save costs no walk of input/.
    /// Hidden files are skipped as the scan skips them; a folder is skipped while documents lie in it (its own
    /// events name what changed inside).
    /// </summary>
    /// <param name="changed">The paths file system events name (relative ones to the current folder).</param>
    /// <returns>The documents in the same order, a new record for each one stamped again and the very same record for
    /// the others; null when a file was added, deleted, renamed or linked, or is no document (site.yml, a picture,
    /// anything outside input/): then <see cref="Run"/> scans again.</returns>
    public static InputTree? Update(InputTree last, IReadOnlyCollection<string> changed)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var path in changed.Select(Path.GetFullPath)) // as the scan names documents
        {
            var relative = Path.GetRelativePath(last.Root, path).Replace('\\', '/');
            if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null; // not in input/
            if (relative == "." || relative.Split('/').Any(segment => segment.StartsWith('.'))) continue; // input/ itself, or hidden
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                if (Directory.Exists(path) && last.Documents.Any(d => d.RelativePath.StartsWith(relative + "/", StringComparison.Ordinal))) continue;
                return null;
            }
            if (file.LinkTarget is not null) return null;
            stamps[path] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
        }
        var documents = last.Documents.ToArray();
        var found = 0;
        for (var i = 0; i < documents.Length && found < stamps.Count; i++)
        {
            var document = documents[i];
            var own = stamps.TryGetValue(document.Path, out var stamp);
            FileStamp? sidecar = document.SidecarPath is { } path && stamps.TryGetValue(path, out var s) ? s : null;
            if (!own && sidecar is null) continue;
            found += (own ? 1 : 0) + (sidecar is null ? 0 : 1);
            var before = document.Stamps ?? default;
            documents[i] = document with { Stamps = (own ? stamp : before.Document, sidecar ?? before.Sidecar) };
        }
        return found == stamps.Count ? last with { Documents = documents } : null;
    }

    /// <summary>Why a file or folder name cannot become part of a URL and a published path; null when it can.</summary>
    private static string? UnusableName(string name) =>
        name.Contains('\uFFFD') ? "is not valid UTF-8"
        : name.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029') ? "has control characters (a newline, an escape)"
        : name.Contains('\\') ? "has a backslash"
        : null;

    /// <summary>
    /// One pass over each folder's entries as the directory lists them: no FileInfo, no link lookups. The one
    /// <c>lstat</c> that tells a link also gives the file's stamp, which the article cache needs before reading it.
    /// </summary>
    private static void Walk(string folder, string root, string? output, List<(string, string, FileStamp)> files, ICollection<Diagnostic> problems)
    {
        var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink, FileStamp Stamp)>(folder,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                entry.IsDirectory ? default : new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            // .git, .DS_Store, editor swap files, StaticNews's own staging
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };
        List<(string Path, bool IsDirectory, bool IsLink, FileStamp Stamp)> listed;
        try
        {
            listed = entries.ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            var where = folder == root ? "input/" : Path.GetRelativePath(root, folder).Replace('\\', '/') + "/";
            problems.Add(Diagnostic.Error(DiagnosticCode.FolderUnreadable, where, $"the folder cannot be read: {e.Message}", "Give yourself read permission on it, or move it out of the input folder."));
            return;
        }
        foreach (var (path, isDirectory, isLink, stamp) in listed)
        {
            if (path == output) continue;
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (UnusableName(Path.GetFileName(path)) is { } why)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.UnusableName, relative, $"the name {why}, so it cannot be published.", "Rename it."));
                continue;
            }
            if (isLink)
            {
                problems.Add(Diagnostic.Warning(DiagnosticCode.SymbolicLink, relative, "symbolic links are not followed.", "Copy the file into input/ instead."));
                continue;
            }
            if (isDirectory) Walk(path, root, output, files, problems);
            else files.Add((path, relative, stamp));
        }
    }
}
