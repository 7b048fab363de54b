using System.Buffers;
using System.Text;
using System.Text.Unicode;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>
/// Decodes the bytes of input files (documents, sidecars, site.yml) as scrapers and editors leave them: a BOM,
/// UTF-16 from a Windows editor, a page saved in its site's old one-byte encoding, a tail cut mid-character,
/// stray bytes.
/// </summary>
public static class InputText
{
    // What the German, French and Spanish sites scraped before UTF-8 used (ü, é, ñ, and „ “ € in 0x80–0x9F).
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// A document's text (see <see cref="Characters"/>), its control characters dropped and in NFC.
    /// </summary>
    /// <exception cref="InputException">The file is binary or empty.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> problems)
    {
        if (Marked(bytes) is null && LooksBinary(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes))
            throw new InputException(Diagnostic.Error(DiagnosticCode.BinaryFile, file, "this is a binary file, not text.",
                "Documents (`.txt`, `.md`) must be UTF-8 text; give images and other files their own extension.", 1));
        var decoded = Characters(bytes, file, problems);
        // NEL is a line break in some encodings' eyes: a space between two words, not a control character to drop.
        if (decoded.Contains('\u0085')) decoded = decoded.Replace('\u0085', ' ');
        var text = Text.Unicode.Nfc.Normalize(ControlCharacters.Strip(decoded));
        if (text.AsSpan().IsWhiteSpace())
            throw new InputException(Diagnostic.Error(DiagnosticCode.EmptyFile, file, "the file is empty.", "Delete it or write the article into it.", 1));
        return text;
    }

    /// <summary>
    /// A file's characters: UTF-8 (its BOM dropped), or UTF-16 or UTF-32 after its BOM. Bytes that are not UTF-8
    /// are read as Windows-1252 when none of the file is UTF-8 beyond ASCII, else each bad sequence is replaced;
    /// either way a warning names the file. A sequence cut off at the end (a buffer-size truncation) is dropped.
    /// Documents (<see cref="Decode"/>), sidecars and site.yml (<see cref="ReadYaml"/>) are read through it.
    /// </summary>
    private static string Characters(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> problems)
    {
        if (Marked(bytes) is { } wide)
        {
            problems.Add(NotUtf8(file, $"the file is {wide.Name} text, not UTF-8: it was read as {wide.Name}."));
            var characters = bytes[wide.Mark..];
            return wide.Encoding.GetString(characters[..(characters.Length - characters.Length % wide.Unit)]);
        }
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        return DecodeBytes(bytes, file, problems);
    }

    /// <summary>
    /// A YAML file's text (a sidecar, site.yml) in NFC, read in one read of its size: a sidecar is a line or two,
    /// and a stream's buffers for it cost a dump more than its parsing.
    /// </summary>
    /// <param name="file">The name it is reported by.</param>
    public static string ReadYaml(string path, string file, ICollection<Diagnostic> problems) =>
        Text.Unicode.Nfc.Normalize(Characters(File.ReadAllBytes(path), file, problems));

    private sealed record WideEncoding(string Name, Encoding Encoding, int Mark, int Unit);

    /// <summary>UTF-32 or UTF-16, by its byte-order mark (UTF-32's little-endian mark begins as UTF-16's does).</summary>
    private static WideEncoding? Marked(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0, 0, ..] => new("UTF-32", new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, 4),
        [0, 0, 0xFE, 0xFF, ..] => new("UTF-32", new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, 4),
        [0xFF, 0xFE, ..] => new("UTF-16", Encoding.Unicode, 2, 2),
        [0xFE, 0xFF, ..] => new("UTF-16", Encoding.BigEndianUnicode, 2, 2),
        _ => null,
    };

    private static string DecodeBytes(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> problems)
    {
        var complete = bytes[..CompleteLength(bytes)];
        if (ValidUtf8(complete) is { } text) return text;
        var (invalid, valid, firstInvalid) = Survey(bytes);
        var line = bytes[..firstInvalid].Count((byte)'\n') + 1;
        if (valid == 0)
        {
            problems.Add(NotUtf8(file, "the file is not UTF-8 but an older one-byte encoding: it was read as Windows-1252 (Latin-1).", line));
            return Windows1252.GetString(bytes);
        }
        problems.Add(NotUtf8(file, $"the file is not all UTF-8: {invalid} character(s) show as �.", line));
        return Encoding.UTF8.GetString(complete);
    }

    /// <summary>
    /// The text of bytes that are all UTF-8, decoded in one pass; null when they are not. A check and then a
    /// decoding read every document three times (the check, the decoder's count of characters, the copy).
    /// </summary>
    private static string? ValidUtf8(ReadOnlySpan<byte> bytes)
    {
        var characters = ArrayPool<char>.Shared.Rent(bytes.Length); // UTF-8 never has fewer bytes than characters
        try
        {
            return Utf8.ToUtf16(bytes, characters, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(characters, 0, written) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(characters);
        }
    }

    private static Diagnostic NotUtf8(string file, string message, int? line = null) =>
        Diagnostic.Warning(DiagnosticCode.NotUtf8, file, message, "Save it as UTF-8.", line);

    /// <summary>
    /// How many sequences break UTF-8 (each shows as one �), how many characters beyond ASCII are good UTF-8, and
    /// where the first bad byte is.
    /// </summary>
    private static (int Invalid, int Valid, int FirstInvalid) Survey(ReadOnlySpan<byte> bytes)
    {
        var (invalid, valid, first) = (0, 0, -1);
        for (var at = 0; at < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var length);
            if (status == System.Buffers.OperationStatus.Done) valid += length > 1 ? 1 : 0;
            else
            {
                invalid++;
                if (first < 0) first = at;
            }
            at += length;
        }
        return (invalid, valid, Math.Max(first, 0));
    }

    /// <summary>The length without a trailing UTF-8 sequence whose continuation bytes are missing.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead
            var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
    }

    /// <summary>Control bytes that text has no use for: not a tab, a line or page break, or an escape.</summary>
    private static readonly SearchValues<byte> StrayControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0x1B))]);

    /// <summary>
    /// NUL bytes, or many control bytes, mean an image or archive saved as <c>.txt</c>. Text has none or a few, so
    /// they are searched for rather than each byte looked at (a byte at a time was 2 % of parsing).
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var control = 0;
        for (var rest = sample; rest.IndexOfAny(StrayControls) is var at and >= 0; rest = rest[(at + 1)..]) control++;
        return control * 10 > sample.Length;
    }
}
