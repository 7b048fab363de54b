using System.Text;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>Decodes a dump's bytes as scrapers leave them: a BOM, a tail cut mid-character, stray bytes.</summary>
public static class DumpText
{
    /// <summary>Decodes UTF-8, replacing bad bytes; a sequence cut off at the end (a buffer-size truncation) is dropped.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (LooksBinary(bytes))
            throw new InputException(Diagnostic.Error(DiagnosticCode.BinaryFile, file, "this is a binary file, not text.",
                "Documents (`.txt`, `.md`) must be UTF-8 text; give images and other files their own extension.", 1));
        var decoded = Encoding.UTF8.GetString(bytes[..CompleteLength(bytes)]);
        // NEL is a line break in some encodings' eyes: a space between two words, not a control character to drop.
        if (decoded.Contains('\u0085')) decoded = decoded.Replace('\u0085', ' ');
        var text = Text.Unicode.Nfc.Normalize(ControlCharacters.Strip(decoded));
        if (text.AsSpan().IsWhiteSpace())
            throw new InputException(Diagnostic.Error(DiagnosticCode.EmptyFile, file, "the file is empty.", "Delete it or write the article into it.", 1));
        return text;
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

    /// <summary>NUL bytes, or many control bytes, mean an image or archive saved as <c>.txt</c>.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0x1B)) control++;
        return control * 10 > sample.Length;
    }
}
