using System.Text;

namespace StaticNews.Parse;

/// <summary>Escapes plain text so that Markdown renders it exactly as written, never as markup.</summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line: emphasis, code, links, raw HTML, entities, strikethrough, hard-break backslashes.
    private const string InlineSpecials = "\\`*_[]<>&~|";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
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
