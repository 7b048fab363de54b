using System.Xml;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>An Atom 1.0 feed (RFC 4287): permalinks as ids, RFC 3339 dates with each article's own offset.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>An empty feed still needs an <c>updated</c>; the epoch keeps it deterministic.</summary>
    private static readonly DateTimeOffset NoUpdate = DateTimeOffset.UnixEpoch;

    /// <param name="urls">The edition's.</param>
    public static byte[] Write(Edition edition, SiteConfig config, SiteUrls urls, FeedBodies bodies)
    {
        var items = edition.Articles.Take(config.FeedSize).ToList();
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, edition.Lang);
            Text(xml, "title", edition.Title);
            if (edition.Description.Length > 0) Text(xml, "subtitle", edition.Description);
            Link(xml, urls.Absolute(urls.Home), "alternate", "text/html");
            Link(xml, urls.Absolute(urls.AtomFeed), "self", "application/atom+xml");
            Text(xml, "id", urls.Absolute(urls.Home));
            Text(xml, "updated", IsoDate.Format(items.Count > 0 ? items.Max(a => a.LastModified) : NoUpdate));
            xml.WriteStartElement("author", Namespace);
            Text(xml, "name", edition.Title);
            xml.WriteEndElement();
            Text(xml, "generator", "StaticNews");
            foreach (var article in items) Entry(xml, article, urls, bodies);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void Entry(XmlWriter xml, Article article, SiteUrls urls, FeedBodies bodies)
    {
        var link = urls.Absolute(article.Url);
        xml.WriteStartElement("entry", Namespace);
        xml.WriteAttributeString("xml", "lang", null, article.Lang);
        Text(xml, "title", article.Title);
        Link(xml, link, "alternate", "text/html");
        Text(xml, "id", link);
        Text(xml, "published", IsoDate.Format(article.Date));
        Text(xml, "updated", IsoDate.Format(article.LastModified));
        foreach (var author in article.Authors)
        {
            xml.WriteStartElement("author", Namespace);
            Text(xml, "name", author.Name);
            Text(xml, "uri", urls.Absolute(urls.Author(author)));
            xml.WriteEndElement();
        }
        foreach (var tag in article.Tags)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", ControlCharacters.Strip(tag.Name));
            xml.WriteEndElement();
        }
        if (article.Image is { } image)
        {
            xml.WriteStartElement("link", Namespace);
            xml.WriteAttributeString("rel", "enclosure");
            xml.WriteAttributeString("href", ControlCharacters.Strip(urls.AbsoluteOrSelf(image.Url)));
            xml.WriteAttributeString("type", image.MediaType);
            if (image.Length > 0) xml.WriteAttributeString("length", image.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        if (article.Summary.Length > 0) Text(xml, "summary", article.Summary);
        xml.WriteStartElement("content", Namespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteRaw(bodies.EscapedOf(article));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Namespace, ControlCharacters.Strip(value));

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
