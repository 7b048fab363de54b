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

    /// <summary>Makes root-relative <c>href</c>/<c>src</c> in rendered HTML absolute: feed readers have no page to resolve them against.</summary>
    public static string AbsoluteLinks(string html, string origin) =>
        RootRelative().Replace(html, match => $"{match.Groups[1].Value}=\"{origin}{match.Groups[2].Value}\"");

    /// <summary>The root-relative <c>href</c>/<c>src</c> targets of rendered HTML (not protocol-relative <c>//host</c>).</summary>
    public static IEnumerable<string> RootRelativeLinks(string html) =>
        RootRelative().Matches(html).Select(match => match.Groups[2].Value);

    [GeneratedRegex("\\b(href|src)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex RootRelative();
}
