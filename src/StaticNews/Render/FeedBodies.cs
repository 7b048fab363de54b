using System.Net;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// Article bodies as feeds carry them: links absolute, characters XML forbids dropped. A body longer than
/// <see cref="MaxFullText"/> is carried as its summary and a link to the page: every feed would otherwise repeat it
/// whole. (An article in several RSS feeds is written once: <see cref="RssItems"/>.)
/// </summary>
public sealed class FeedBodies(SiteUrls urls)
{
    /// <summary>Bytes of body HTML a feed item carries in full; far above a long story (100 KiB).</summary>
    public const int MaxFullText = 256 * 1024;

    private readonly string _origin = urls.Absolute("");

    /// <summary>The body as HTML, for a JSON Feed.</summary>
    public string Of(Article article) => article.Body.Length <= MaxFullText
        ? ControlCharacters.Strip(XmlText.AbsoluteLinks(article.Body.Html, _origin))
        : ControlCharacters.Strip($"<p>{WebUtility.HtmlEncode(article.Summary)}</p>\n<p><a href=\"{WebUtility.HtmlEncode(urls.Absolute(article.Url))}\">{WebUtility.HtmlEncode(article.Title)}</a></p>\n");

    /// <summary>The body as the text of an XML element, escaped as <see cref="System.Xml.XmlWriter"/> would: for <c>WriteRaw</c>.</summary>
    public string EscapedOf(Article article) => XmlText.Escape(Of(article));
}
