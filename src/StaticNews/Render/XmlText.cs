using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace StaticNews.Render;

/// <summary>Text that is safe in any XML document, and the XML writer settings every feed and sitemap shares.</summary>
public static partial class XmlText
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>Drops the characters XML 1.0 forbids (most control characters, lone surrogates): a scraper's stray byte must not break a feed.</summary>
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
            if (!IsAllowedAt(text, i)) { firstBad = i; break; }
        if (firstBad < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
                continue;
            }
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }

    /// <summary>Makes root-relative <c>href</c>/<c>src</c> in rendered HTML absolute: feed readers have no page to resolve them against.</summary>
    public static string AbsoluteLinks(string html, string origin) =>
        RootRelative().Replace(html, match => $"{match.Groups[1].Value}=\"{origin}{match.Groups[2].Value}\"");

    /// <summary>The root-relative <c>href</c>/<c>src</c> targets of rendered HTML (not protocol-relative <c>//host</c>).</summary>
    public static IEnumerable<string> RootRelativeLinks(string html) =>
        RootRelative().Matches(html).Select(match => match.Groups[2].Value);

    private static bool IsAllowedAt(string text, int i) =>
        XmlConvert.IsXmlChar(text[i])
        || (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        || (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));

    [GeneratedRegex("\\b(href|src)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex RootRelative();
}
