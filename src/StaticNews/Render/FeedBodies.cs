using System.Collections.Concurrent;
using StaticNews.Model;

namespace StaticNews.Render;

/// <summary>
/// Article bodies as feeds carry them: links absolute, characters XML forbids dropped. An article in five
/// tag feeds and three site feeds is prepared once.
/// </summary>
public sealed class FeedBodies(SiteUrls urls)
{
    private readonly ConcurrentDictionary<Article, string> _bodies = new(ReferenceEqualityComparer.Instance);
    private readonly string _origin = urls.Absolute("");

    public string Of(Article article) =>
        _bodies.GetOrAdd(article, a => XmlText.Clean(XmlText.AbsoluteLinks(a.BodyHtml, _origin)));
}
