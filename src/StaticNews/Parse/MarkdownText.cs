using System.Text;

namespace StaticNews.Parse;

/// <summary>Escapes plain text so that Markdown renders it exactly as written, never as markup.</summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line: emphasis, code, links, raw HTML, entities, strikethrough, hard-break backslashes.
    private static readonly System.Buffers.SearchValues<char> InlineSpecials = System.Buffers.SearchValues.Create("\\`*_[]<>&~|");

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var rest = text.AsSpan();
        // Most text has no markup character at all: copy the runs between them whole.
        for (var next = rest.IndexOfAny(InlineSpecials); next >= 0; next = rest.IndexOfAny(InlineSpecials))
        {
            escaped.Append(rest[..next]).Append('\\').Append(rest[next]);
            rest = rest[(next + 1)..];
        }
        escaped.Append(rest);
        EscapeLineStart(escaped);
        return escaped.ToString();
    }

    /// <summary>Block markers only count at a line's start: headings, list items, ordered lists.</summary>
    private static void EscapeLineStart(StringBuilder text)
    {
        if (text.Length == 0) return;
        if (text[0] is '#' or '-' or '+')
        {
            text.Insert(0, '\\');
            return;
        }
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')') text.Insert(digits, '\\');
    }
}
