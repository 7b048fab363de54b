using System.Xml;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// A Google News sitemap: the articles of the last two days, counted back from the newest article rather than
/// from the clock, so a rebuild of old content gives the same file.
/// </summary>
public static class NewsSitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public static byte[] Write(Site site, SiteUrls urls)
    {
        var newest = site.Articles.Count > 0 ? site.Articles.Max(a => a.Date) : DateTimeOffset.MinValue;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "news", null, NewsNamespace);
            foreach (var article in site.Articles.Where(a => a.Date >= newest - Window))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(article.Url));
                xml.WriteStartElement("news", NewsNamespace);
                xml.WriteStartElement("publication", NewsNamespace);
                xml.WriteElementString("name", NewsNamespace, ControlCharacters.Strip(site.EditionOf(article).Title));
                xml.WriteElementString("language", NewsNamespace, LanguageTag.Primary(article.Lang));
                xml.WriteEndElement();
                xml.WriteElementString("publication_date", NewsNamespace, IsoDate.Format(article.Date));
                xml.WriteElementString("title", NewsNamespace, ControlCharacters.Strip(article.Title));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
