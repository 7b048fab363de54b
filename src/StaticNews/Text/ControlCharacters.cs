using System.Buffers;
using System.Text;

namespace StaticNews.Text;

/// <summary>
/// Removes what no reader can show and what breaks HTML and XML parsers: C0 and C1 control characters (but tab,
/// line feed and carriage return), lone surrogates and Unicode noncharacters. Scraped text brings them in.
/// </summary>
public static class ControlCharacters
{
    // The characters that may need removing, as vectorised searches can find them: the ASCII ones by a set, the
    // others by their ranges. One search of all 2,100 of them runs as a probabilistic map (1.1 % of a build).
    private static readonly SearchValues<char> AsciiSuspects = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)) + "\u007F");

    private static readonly (char First, char Last)[] SuspectRanges =
        [('\u0080', '\u009F'), ('\uD800', '\uDFFF'), ('\uFDD0', '\uFDEF'), ('\uFFFE', '\uFFFF')];

    /// <summary>Where the first character that may need removing is, or -1.</summary>
    private static int FirstSuspect(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(AsciiSuspects);
        foreach (var (from, to) in SuspectRanges)
        {
            var at = (first < 0 ? text : text[..first]).IndexOfAnyInRange(from, to);
            if (at >= 0) first = at;
        }
        return first;
    }

    public static string Strip(string text)
    {
        var first = FirstBad(text);
        if (first < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) clean.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!IsBad(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static int FirstBad(string text)
    {
        var start = FirstSuspect(text);
        if (start < 0) return -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
            }
            else if (IsBad(c)) return i;
        }
        return -1;
    }

    private static bool IsBad(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || IsNoncharacter(c);

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
