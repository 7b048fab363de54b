using System.IO.Hashing;
using System.Text;

namespace StaticNews.Commands;

/// <summary>
/// What the last <c>import</c> wrote into a folder, kept in <c>.staticnews-import</c> there (a dot-file, which a
/// build ignores): a page whose bytes are no longer what import wrote was edited, and is never overwritten.
/// </summary>
public sealed class ImportRecord
{
    private const string FileName = ".staticnews-import";
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    public enum State { New, Same, Replaceable, EditedSince }

    public static ImportRecord Read(string folder)
    {
        var record = new ImportRecord();
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return record;
        foreach (var line in File.ReadLines(path))
            if (line.Split('\t', 2) is [var hash, var name]) record._written[name] = hash;
        return record;
    }

    /// <summary>How the page at <paramref name="path"/> stands against the <paramref name="text"/> this import would write.</summary>
    public State Compare(string name, string path, string text)
    {
        if (!File.Exists(path)) return State.New;
        var existing = File.ReadAllText(path);
        if (existing == text) return State.Same;
        return _written.TryGetValue(name, out var hash) && hash == Hash(existing) ? State.Replaceable : State.EditedSince;
    }

    public void Wrote(string name, string text) => _written[name] = Hash(text);

    /// <summary>Writes the record when it changed: an import that changed nothing changes no file.</summary>
    public void Save(string folder)
    {
        SchemaFiles.WriteIfChanged(Path.Combine(folder, FileName),
            string.Concat(_written.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Value}\t{w.Key}\n")));
    }

    private static string Hash(string text) => Convert.ToHexString(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));
}
