using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>A JSON Feed 1.1 (jsonfeed.org): the same items as the RSS and Atom feeds.</summary>
public static class JsonFeed
{
    // Readable non-ASCII text; <, > and & stay escaped, so the file is also safe to inline in a page.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="urls">The edition's.</param>
    public static byte[] Write(Edition edition, SiteConfig config, SiteUrls urls, FeedBodies bodies)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", edition.Title);
            json.WriteString("home_page_url", urls.Absolute(urls.Home));
            json.WriteString("feed_url", urls.Absolute(urls.JsonFeed));
            if (edition.Description.Length > 0) json.WriteString("description", edition.Description);
            json.WriteString("language", edition.Lang);
            json.WriteStartArray("items");
            foreach (var article in edition.Articles.Take(config.FeedSize)) Item(json, article, urls, bodies);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Item(Utf8JsonWriter json, Article article, SiteUrls urls, FeedBodies bodies)
    {
        var link = urls.Absolute(article.Url);
        json.WriteStartObject();
        json.WriteString("id", link);
        json.WriteString("url", link);
        json.WriteString("title", article.Title);
        json.WriteString("content_html", bodies.Of(article));
        if (article.Summary.Length > 0) json.WriteString("summary", article.Summary);
        if (article.Image is { } image) json.WriteString("image", urls.AbsoluteOrSelf(image.Url));
        json.WriteString("date_published", IsoDate.Format(article.Date));
        json.WriteString("date_modified", IsoDate.Format(article.LastModified));
        if (article.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                json.WriteStartObject();
                json.WriteString("name", author.Name);
                json.WriteString("url", urls.Absolute(urls.Author(author)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (article.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in article.Tags) json.WriteStringValue(tag.Name);
            json.WriteEndArray();
        }
        json.WriteString("language", article.Lang);
        json.WriteEndObject();
    }
}
