using System.Collections.Concurrent;
using System.Net;
using System.Text;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// Article bodies as feeds carry them: links absolute, characters XML forbids dropped. An article in several
/// tag, author and edition feeds is prepared and escaped once. A body longer than <see cref="MaxFullText"/> is
/// carried as its summary and a link to the page: every feed would otherwise repeat it whole.
/// </summary>
public sealed class FeedBodies(SiteUrls urls)
{
    /// <summary>Bytes of body HTML a feed item carries in full; far above a long story (100 KiB).</summary>
    public const int MaxFullText = 256 * 1024;

    // As UTF-8: half the memory of strings, for the thousands of articles a site's tag feeds show.
    private readonly ConcurrentDictionary<Article, byte[]> _escaped = new(ReferenceEqualityComparer.Instance);
    private readonly string _origin = urls.Absolute("");

    /// <summary>The body as HTML, for a JSON Feed.</summary>
    public string Of(Article article) => article.Body.Length <= MaxFullText
        ? ControlCharacters.Strip(XmlText.AbsoluteLinks(article.Body.Html, _origin))
        : ControlCharacters.Strip($"<p>{WebUtility.HtmlEncode(article.Summary)}</p>\n<p><a href=\"{WebUtility.HtmlEncode(urls.Absolute(article.Url))}\">{WebUtility.HtmlEncode(article.Title)}</a></p>\n");

    /// <summary>The body as the text of an XML element, escaped as <see cref="System.Xml.XmlWriter"/> would: for <c>WriteRaw</c>.</summary>
    public string EscapedOf(Article article) =>
        Encoding.UTF8.GetString(_escaped.GetOrAdd(article, a => Encoding.UTF8.GetBytes(XmlText.Escape(Of(a)))));
}
