using System.Text;

namespace StaticNews.Parse;

/// <summary>Escapes plain text so that Markdown renders it exactly as written, never as markup.</summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line: emphasis, code, links, raw HTML, entities, strikethrough, hard-break backslashes.
    private static readonly System.Buffers.SearchValues<char> InlineSpecials = System.Buffers.SearchValues.Create("\\`*_[]<>&~|");

    public static string Escape(string text) => Escape(text, new StringBuilder(text.Length + 8)).ToString();

    // Where Markdig's autolinks start; the URL after one is left as written (see EscapeAround).
    private static readonly System.Buffers.SearchValues<string> UrlStarts =
        System.Buffers.SearchValues.Create(["http://", "https://", "ftp://", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="escaped"/>: a line of its own there.</summary>
    public static StringBuilder Escape(string text, StringBuilder escaped)
    {
        var lineStart = escaped.Length;
        EscapeAround(text.AsSpan(), escaped);
        EscapeLineStart(escaped, lineStart);
        return escaped;
    }

    /// <summary>
    /// Markdig turns a bare URL into a link and takes its characters as they are: an escape inside it would end up
    /// in the link (<c>Olaf\_Scholz</c> → <c>Olaf%5C_Scholz</c>). So a URL where Markdig starts one (at the line's
    /// start, after white space or a parenthesis) is copied up to the next white space, quote or angle bracket.
    /// </summary>
    private static void EscapeAround(ReadOnlySpan<char> text, StringBuilder escaped)
    {
        while (true)
        {
            var url = text.IndexOfAny(UrlStarts);
            while (url > 0 && !char.IsWhiteSpace(text[url - 1]) && text[url - 1] != '(')
            {
                var later = text[(url + 1)..].IndexOfAny(UrlStarts);
                url = later < 0 ? -1 : url + 1 + later;
            }
            if (url < 0)
            {
                EscapeInline(text, escaped);
                return;
            }
            EscapeInline(text[..url], escaped);
            var end = text[url..].IndexOfAny(UrlEnds);
            end = end < 0 ? text.Length : url + end;
            escaped.Append(text[url..end]);
            text = text[end..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> UrlEnds = System.Buffers.SearchValues.Create(" \t\u00A0<>\"");

    private static void EscapeInline(ReadOnlySpan<char> rest, StringBuilder escaped)
    {
        // Most text has no markup character at all: copy the runs between them whole.
        for (var next = rest.IndexOfAny(InlineSpecials); next >= 0; next = rest.IndexOfAny(InlineSpecials))
        {
            escaped.Append(rest[..next]).Append('\\').Append(rest[next]);
            rest = rest[(next + 1)..];
        }
        escaped.Append(rest);
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
