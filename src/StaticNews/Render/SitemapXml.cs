using System.Xml;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>A page for the sitemap: its absolute URL and when its content last changed.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);

/// <summary>The sitemaps.org sitemap of every page.</summary>
public static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<SitemapEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, ControlCharacters.Strip(entry.Url));
                if (entry.LastModified is { } modified) xml.WriteElementString("lastmod", Namespace, IsoDate.Format(modified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
