using System.Text;

namespace StaticNews.Parse;

/// <summary>Escapes plain text so that Markdown renders it exactly as written, never as markup.</summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line: emphasis, code, links, raw HTML, entities, strikethrough, hard-break backslashes.
    private static readonly System.Buffers.SearchValues<char> InlineSpecials = System.Buffers.SearchValues.Create("\\`*_[]<>&~|");

    public static string Escape(string text) => Escape(text, new StringBuilder(text.Length + 8)).ToString();

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="escaped"/>: a line of its own there.</summary>
    public static StringBuilder Escape(string text, StringBuilder escaped)
    {
        var lineStart = escaped.Length;
        var rest = text.AsSpan();
        // Most text has no markup character at all: copy the runs between them whole.
        for (var next = rest.IndexOfAny(InlineSpecials); next >= 0; next = rest.IndexOfAny(InlineSpecials))
        {
            escaped.Append(rest[..next]).Append('\\').Append(rest[next]);
            rest = rest[(next + 1)..];
        }
        escaped.Append(rest);
        EscapeLineStart(escaped, lineStart);
        return escaped;
    }

    /// <summary>Block markers only count at a line's start: headings, list items, ordered lists.</summary>
    private static void EscapeLineStart(StringBuilder text, int start)
    {
        if (text.Length == start) return;
        if (text[start] is '#' or '-' or '+')
        {
            text.Insert(start, '\\');
            return;
        }
        var digits = 0;
        while (start + digits < text.Length && digits < 10 && char.IsAsciiDigit(text[start + digits])) digits++;
        if (digits > 0 && start + digits < text.Length && text[start + digits] is '.' or ')') text.Insert(start + digits, '\\');
    }
}
