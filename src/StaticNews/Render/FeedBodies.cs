using System.Collections.Concurrent;
using System.Net;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Render;

/// <summary>
/// Article bodies as feeds carry them: links absolute, characters XML forbids dropped. An article in five
/// tag feeds and three site feeds is prepared once. A body longer than <see cref="MaxFullText"/> is carried as
/// its summary and a link to the page: every feed would otherwise repeat it whole.
/// </summary>
public sealed class FeedBodies(SiteUrls urls)
{
    /// <summary>Bytes of body HTML a feed item carries in full; far above a long story (100 KiB).</summary>
    public const int MaxFullText = 256 * 1024;

    private readonly ConcurrentDictionary<Article, string> _bodies = new(ReferenceEqualityComparer.Instance);
    private readonly string _origin = urls.Absolute("");

    public string Of(Article article) =>
        _bodies.GetOrAdd(article, a => a.BodyUtf8.Length <= MaxFullText
            ? ControlCharacters.Strip(XmlText.AbsoluteLinks(a.BodyHtml, _origin))
            : ControlCharacters.Strip($"<p>{WebUtility.HtmlEncode(a.Summary)}</p>\n<p><a href=\"{WebUtility.HtmlEncode(urls.Absolute(a.Url))}\">{WebUtility.HtmlEncode(a.Title)}</a></p>\n"));
}
