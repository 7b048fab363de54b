using System.Collections.Concurrent;
using System.Globalization;
using System.Xml;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// Each article's RSS <c>item</c>, written once as UTF-8 bytes and copied into every feed that carries it: a story
/// is in its edition's feed and in each of its tags' and authors' feeds, and a site's 850 tag feeds wrote the same
/// items over and over (a tenth of a 10,000-article build's work, and a fifth of what it allocated).
/// </summary>
/// <remarks>The bytes are those <see cref="RssFeed"/>'s own writer writes at an item's place (its indentation, the
/// namespace prefixes its root declares): a feed is the same file whether its items are copied or written.</remarks>
public sealed class RssItems(SiteUrls urls, FeedBodies bodies)
{
    private readonly ConcurrentDictionary<Article, byte[]> _items = new(ReferenceEqualityComparer.Instance);

    /// <summary>The item, from a line break before <c>&lt;item&gt;</c> to its <c>&lt;/item&gt;</c>.</summary>
    public byte[] Of(Article article) => _items.TryGetValue(article, out var item) ? item : _items.GetOrAdd(article, Write(article));

    private static readonly XmlWriterSettings Fragment = Settings();

    private byte[] Write(Article article)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Fragment))
        {
            // Within the feed's own root and channel, so that the writer indents and prefixes the item as it does there.
            RssFeed.StartRoot(xml);
            xml.WriteStartElement("channel");
            Item(xml, article);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        var written = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var start = written.IndexOf("\n    <item>"u8);
        var end = written.LastIndexOf("\n    </item>"u8) + "\n    </item>"u8.Length;
        return written[start..end].ToArray();
    }

    private void Item(XmlWriter xml, Article article)
    {
        var link = urls.Absolute(article.Url);
        xml.WriteStartElement("item");
        RssFeed.Element(xml, "title", article.Title);
        RssFeed.Element(xml, "link", link);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(link);
        xml.WriteEndElement();
        RssFeed.Element(xml, "pubDate", RssFeed.Rfc822(article.Date));
        RssFeed.Element(xml, "description", article.Summary);
        foreach (var author in article.Authors) xml.WriteElementString("creator", RssFeed.DublinCoreNamespace, ControlCharacters.Strip(author.Name));
        foreach (var tag in article.Tags) RssFeed.Element(xml, "category", tag.Name);
        if (article.Image is { } image)
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", ControlCharacters.Strip(urls.AbsoluteOrSelf(image.Url)));
            xml.WriteAttributeString("length", image.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", image.MediaType);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("encoded", RssFeed.ContentNamespace);
        xml.WriteRaw(bodies.EscapedOf(article));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static XmlWriterSettings Settings()
    {
        var settings = XmlText.Settings.Clone();
        settings.OmitXmlDeclaration = true;
        return settings;
    }
}
