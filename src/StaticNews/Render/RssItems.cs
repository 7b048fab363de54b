using System.Collections.Concurrent;
using StaticNews.Model;

namespace StaticNews.Render;

/// <summary>
/// Each article's RSS <c>item</c> as the first feed that showed it wrote it, as UTF-8, copied into every later feed
/// that carries it: a story is in its edition's feed and in each of its tags' and authors' feeds, and the 858 feeds
/// of a 10,000-article benchmark site wrote the same items over and over.
/// </summary>
/// <remarks>Every feed writes an item with the same writer settings at the same depth, so the bytes are those the
/// feed would write itself: a feed is the same file whether its items are copied or written.</remarks>
public sealed class RssItems
{
    private readonly ConcurrentDictionary<Article, byte[]> _written = new(ReferenceEqualityComparer.Instance);

    /// <summary>The item, from the line break before <c>&lt;item&gt;</c> to its <c>&lt;/item&gt;</c>.</summary>
    public bool TryGet(Article article, out byte[] item) => _written.TryGetValue(article, out item!);

    /// <summary>Keeps an item a feed wrote; two feeds that wrote it at once wrote the same bytes.</summary>
    public void Keep(Article article, ReadOnlySpan<byte> item) => _written.TryAdd(article, item.ToArray());
}
