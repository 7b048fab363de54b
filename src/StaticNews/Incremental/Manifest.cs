using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>What the writer knows of one published file.</summary>
/// <param name="Recipe">What it was made from, hashed (<see cref="Incremental.Recipe"/>); 0 when it has none.</param>
/// <param name="Content">A hash of its bytes.</param>
/// <param name="Length">Its size as written: with <paramref name="Modified"/>, how to tell it is still the file this entry describes.</param>
/// <param name="Modified">Its modification time, in ticks.</param>
public readonly record struct ManifestEntry(Hash128 Recipe, Hash128 Content, long Length, long Modified)
{
    /// <summary>True when the file on disk still has the size and time this entry recorded.</summary>
    public bool Describes(FileStamp? file) => file is { } f && f.Length == Length && f.Modified == Modified;
}

/// <summary>
/// The record of a published tree, kept beside the output: every file's path, recipe, content hash and stamp.
/// It lets the next build keep what did not change without rendering or reading it. A missing, damaged or
/// foreign manifest only costs speed: each entry is trusted only while the file on disk matches its stamp.
/// </summary>
public static class Manifest
{
    private const string Format = "staticnews-manifest-1";

    public static Dictionary<string, ManifestEntry> Read(string path)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            if (reader.ReadString() != Format) return entries;
            for (var count = reader.ReadInt32(); count > 0; count--)
                entries[reader.ReadString()] = new ManifestEntry(reader.ReadHash(), reader.ReadHash(), reader.ReadInt64(), reader.ReadInt64());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            entries.Clear(); // missing or cut short: the build compares bytes instead
        }
        return entries;
    }

    /// <summary>Writes beside <paramref name="path"/> and renames, so a reader sees the old manifest or the new one, never half.</summary>
    public static void Write(string path, IReadOnlyCollection<KeyValuePair<string, ManifestEntry>> entries)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            writer.Write(Format);
            writer.Write(entries.Count);
            foreach (var (file, entry) in entries)
            {
                writer.Write(file);
                writer.WriteHash(entry.Recipe);
                writer.WriteHash(entry.Content);
                writer.Write(entry.Length);
                writer.Write(entry.Modified);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }
}
