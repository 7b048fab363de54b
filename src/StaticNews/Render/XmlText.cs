using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace StaticNews.Render;

/// <summary>The XML writer settings every feed and sitemap shares, and the links of rendered HTML. Text is made safe
/// for XML by <see cref="Parse.ControlCharacters.Strip"/>, which drops what XML 1.0 forbids and more.</summary>
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

    /// <summary>
    /// Text as <see cref="XmlWriter.WriteString"/> writes it with <see cref="Settings"/>: <c>&amp;</c>, <c>&lt;</c>
    /// and <c>&gt;</c> as entities, every line break as <c>\n</c>. A feed body escaped once is written raw into
    /// every feed that carries it.
    /// </summary>
    public static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny("&<>\r");
        if (next < 0) return text;
        var escaped = new StringBuilder(text.Length + text.Length / 8);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            escaped.Append(rest[..next]);
            var skip = 1;
            switch (rest[next])
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                default: // \r or \r\n: one line break
                    escaped.Append('\n');
                    if (next + 1 < rest.Length && rest[next + 1] == '\n') skip = 2;
                    break;
            }
            rest = rest[(next + skip)..];
            next = rest.IndexOfAny("&<>\r");
        }
        return escaped.Append(rest).ToString();
    }

    /// <summary>Makes root-relative <c>href</c>/<c>src</c> in rendered HTML absolute: feed readers have no page to resolve them against.</summary>
    public static string AbsoluteLinks(string html, string origin) =>
        RootRelative().Replace(html, match => $"{match.Groups[1].Value}=\"{origin}{match.Groups[2].Value}\"");

    /// <summary>The root-relative <c>href</c>/<c>src</c> targets of rendered HTML (not protocol-relative <c>//host</c>).</summary>
    public static IEnumerable<string> RootRelativeLinks(string html) =>
        RootRelative().Matches(html).Select(match => match.Groups[2].Value);

    [GeneratedRegex("\\b(href|src)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex RootRelative();
}
