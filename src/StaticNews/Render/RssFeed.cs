using System.Globalization;
using System.Xml;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// An RSS 2.0 feed: newest items first, permalinks as guids, dates in RFC 822 converted to GMT, full HTML in
/// <c>content:encoded</c> with absolute links, and <c>lastBuildDate</c> from the content, never the clock.
/// </summary>
public static class RssFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <param name="pageUrl">Root-relative URL of the page the feed belongs to (an edition's front page, a tag or author page).</param>
    /// <param name="feedUrl">Root-relative URL of the feed itself, for <c>atom:link rel="self"</c>.</param>
    /// <param name="lang">The edition's language.</param>
    /// <returns>The feed in this thread's buffer, good until the thread writes its next feed (<see cref="RenderFile"/>).</returns>
    public static ReadOnlyMemory<byte> Write(string title, string description, string lang, string pageUrl, string feedUrl, IReadOnlyList<Article> articles,
        SiteConfig config, SiteUrls urls, FeedBodies bodies, RssItems written)
    {
        var items = articles.Take(config.FeedSize).ToList();
        var buffer = _buffer ??= new MemoryStream(1 << 16);
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
            xml.WriteStartElement("channel");
            Element(xml, "title", title);
            Element(xml, "link", urls.Absolute(pageUrl));
            Element(xml, "description", description.Length > 0 ? description : title);
            Element(xml, "language", lang);
            Element(xml, "generator", "StaticNews");
            if (items.Count > 0) Element(xml, "lastBuildDate", Rfc822(items.Max(a => a.LastModified)));
            Element(xml, "ttl", "60");
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", urls.Absolute(feedUrl));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var article in items)
            {
                xml.Flush(); // what the writer holds goes first: an item is copied, or written and kept, past it
                if (written.TryGet(article, out var item))
                {
                    buffer.Write(item);
                    continue;
                }
                var start = (int)buffer.Length;
                Item(xml, article, urls, bodies);
                xml.Flush();
                written.Keep(article, buffer.GetBuffer().AsSpan(start, (int)buffer.Length - start));
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        if (buffer.Capacity > MaxKeptBuffer) _buffer = null; // a feed of long stories: not kept for the thread's life
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static void Item(XmlWriter xml, Article article, SiteUrls urls, FeedBodies bodies)
    {
        var link = urls.Absolute(article.Url);
        xml.WriteStartElement("item");
        Element(xml, "title", article.Title);
        Element(xml, "link", link);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(link);
        xml.WriteEndElement();
        Element(xml, "pubDate", Rfc822(article.Date));
        Element(xml, "description", article.Summary);
        foreach (var author in article.Authors) xml.WriteElementString("creator", DublinCoreNamespace, ControlCharacters.Strip(author.Name));
        foreach (var tag in article.Tags) Element(xml, "category", tag.Name);
        if (article.Image is { } image)
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", ControlCharacters.Strip(urls.AbsoluteOrSelf(image.Url)));
            xml.WriteAttributeString("length", image.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", image.MediaType);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("encoded", ContentNamespace);
        xml.WriteRaw(bodies.EscapedOf(article));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // One buffer per writer thread for every feed it writes: a tag feed of 20 full stories is 60-120 KB, and a
    // buffer grown to that for each of a site's 850 feeds cost 200 MB of allocations (and a copy, a large object each).
    [ThreadStatic] private static MemoryStream? _buffer;
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>RFC 822 as RSS wants it, always in GMT: <c>Wed, 04 Dec 2024 11:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, ControlCharacters.Strip(value));
}
