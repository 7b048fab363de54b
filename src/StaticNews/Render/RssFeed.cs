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
    internal const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    internal const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <param name="pageUrl">Root-relative URL of the page the feed belongs to (an edition's front page, a tag or author page).</param>
    /// <param name="feedUrl">Root-relative URL of the feed itself, for <c>atom:link rel="self"</c>.</param>
    /// <param name="lang">The edition's language.</param>
    public static byte[] Write(string title, string description, string lang, string pageUrl, string feedUrl, IReadOnlyList<Article> articles,
        SiteConfig config, SiteUrls urls, RssItems items)
    {
        var shown = articles.Take(config.FeedSize).ToList();
        using var buffer = new MemoryStream(1 << 14);
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            StartRoot(xml);
            xml.WriteStartElement("channel");
            Element(xml, "title", title);
            Element(xml, "link", urls.Absolute(pageUrl));
            Element(xml, "description", description.Length > 0 ? description : title);
            Element(xml, "language", lang);
            Element(xml, "generator", "StaticNews");
            if (shown.Count > 0) Element(xml, "lastBuildDate", Rfc822(shown.Max(a => a.LastModified)));
            Element(xml, "ttl", "60");
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", urls.Absolute(feedUrl));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            xml.Flush(); // the items' bytes go after what the writer holds
            foreach (var article in shown) buffer.Write(items.Of(article));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>RFC 822 as RSS wants it, always in GMT: <c>Wed, 04 Dec 2024 11:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>The <c>rss</c> element with the namespaces its items use.</summary>
    internal static void StartRoot(XmlWriter xml)
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
    }

    internal static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, ControlCharacters.Strip(value));
}
