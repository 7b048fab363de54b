using System.Text;
using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>
/// Turns a scraped dump into a <see cref="RawDump"/>. A dump has one paragraph per line; lines are never joined.
/// Everything that is not the article (title repeats, ad markers, separators, navigation, datelines) is dropped.
/// </summary>
public static class DumpParser
{
    public static RawDump Parse(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> problems) => Parse(InputText.Decode(bytes, file, problems), file);

    public static RawDump Parse(string text, string file)
    {
        if (text.AsSpan().IndexOfAny('\u2028', '\u2029', '\u0085') >= 0) text = text.Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ');
        var lines = SplitLines(text);
        var index = 0;
        while (index < lines.Count && lines[index].Length == 0) index++;
        if (index == lines.Count || !IsTitleCandidate(lines[index]))
            throw new InputException(Diagnostic.Error(DiagnosticCode.NoTitle, file, "the dump has no title.",
                "Its first non-blank line must be the article's headline.", Math.Min(index, lines.Count - 1) + 1));

        var title = lines[index++];
        var titleKey = TitleKey.Normalize(title);
        // Scrapers repeat the headline (page title, h1, og:title), with or without blank lines between.
        while (index < lines.Count && (lines[index].Length == 0 || TitleKey.Normalize(lines[index]) == titleKey)) index++;

        var paragraphs = new List<string>();
        string? prev = null, next = null;
        DateTime? dateline = null;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Length == 0 || Boilerplate.IsSeparator(line) || Boilerplate.IsAdMarker(line)) continue;
            if (Boilerplate.TryNavigation(line, out var isNext, out var linked))
            {
                if (linked.Length == 0) continue;
                if (isNext) next ??= linked;
                else prev ??= linked;
                continue;
            }
            if (Dateline.TryParse(line, out var stated))
            {
                dateline ??= stated;
                continue;
            }
            paragraphs.Add(QuoteSpacing.Fix(line));
        }
        return new RawDump(title, paragraphs, prev, next, dateline);
    }

    /// <summary>A headline is text, not page chrome.</summary>
    private static bool IsTitleCandidate(string line) =>
        !Boilerplate.IsSeparator(line) && !Boilerplate.IsAdMarker(line) && !Boilerplate.TryNavigation(line, out _, out _)
        && line.Any(char.IsLetterOrDigit);

    // What a line may need cleaned of: tabs and other C0 controls, the byte-order mark and zero-width spaces.
    private static readonly System.Buffers.SearchValues<char> Unclean =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), '\uFEFF', '\u200B']);

    /// <summary>Lines of any ending, each cleaned: tabs as spaces, zero-width marks gone, whitespace (also no-break) trimmed.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var clean = new StringBuilder();
        foreach (var (start, length) in Lines(text))
        {
            var raw = text.AsSpan(start, length);
            if (!raw.ContainsAny(Unclean))
            {
                lines.Add(raw.Trim().ToString()); // the common line: nothing to clean but its ends
                continue;
            }
            clean.Clear();
            foreach (var c in raw)
            {
                if (c == '\t') clean.Append(' ');
                else if (!char.IsControl(c) && c is not '\uFEFF' and not '\u200B') clean.Append(c);
            }
            lines.Add(Trim(clean));
        }
        return lines;
    }

    /// <summary>
    /// Lines as scrapers end them: LF, CRLF or CR. Not at U+2028, U+2029 or U+0085, where
    /// <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> also breaks: inside a dump's line they are
    /// part of one paragraph, shown as a space.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        for (var start = 0; start <= text.Length;)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                yield return (start, text.Length - start);
                yield break;
            }
            yield return (start, end);
            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }
    }

    private static string Trim(StringBuilder line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        return line.ToString(start, end - start);
    }
}
