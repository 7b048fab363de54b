using System.Text;

namespace StaticNews.Parse;

/// <summary>
/// A dump's body rendered without parsing its Markdown: its paragraphs are plain text that
/// <see cref="ReadDump.ToMarkdown"/> escapes to say exactly them, so Markdig would make each one a
/// <c>&lt;p&gt;</c> of the HTML-encoded text. Writing that directly skips the dearest step of a dump's build.
/// </summary>
/// <remarks>Held to Markdig's output by a property test; text that Markdig's autolinks turn into a link is left to Markdig.</remarks>
public static class PlainBody
{
    // Markdig's autolinks start at http://, https://, ftp://, mailto:, tel: and www.
    private static readonly System.Buffers.SearchValues<string> LinkStarts =
        System.Buffers.SearchValues.Create(["://", "mailto:", "tel:", "www."], StringComparison.OrdinalIgnoreCase);

    /// <returns>Null when a paragraph may hold a link: then the Markdown has to be rendered.</returns>
    public static RenderedBody? TryRender(IReadOnlyList<string> paragraphs)
    {
        var length = 0;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.AsSpan().ContainsAny(LinkStarts)) return null;
            length += paragraph.Length + 16;
        }
        var html = new StringBuilder(length);
        foreach (var paragraph in paragraphs) Encode(paragraph, html.Append("<p>")).Append("</p>\n");
        return new RenderedBody(html.ToString(), paragraphs);
    }

    private static readonly System.Buffers.SearchValues<char> HtmlSpecials = System.Buffers.SearchValues.Create("<>&\"");

    /// <summary>What Markdig's HTML writer escapes in text.</summary>
    private static StringBuilder Encode(ReadOnlySpan<char> text, StringBuilder html)
    {
        for (var next = text.IndexOfAny(HtmlSpecials); next >= 0; next = text.IndexOfAny(HtmlSpecials))
        {
            html.Append(text[..next]).Append(text[next] switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => "&quot;" });
            text = text[(next + 1)..];
        }
        return html.Append(text);
    }
}
