using System.Buffers;
using System.Text.Json;
using System.Text;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// schema.org JSON-LD for search engines, written with Utf8JsonWriter (no reflection). Its default encoder
/// escapes &lt; and &gt;, so the result is safe inside a script element.
/// </summary>
public static class StructuredData
{
    /// <param name="urls">The article's edition's.</param>
    public static string NewsArticle(Article article, SiteConfig config, SiteUrls urls) => Json(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", article.Title);
        json.WriteString("datePublished", IsoDate.Format(article.Date));
        json.WriteString("dateModified", IsoDate.Format(article.LastModified));
        json.WriteString("inLanguage", article.Lang);
        json.WriteString("mainEntityOfPage", urls.Absolute(article.Url));
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", config.Title);
        json.WriteEndObject();
        if (article.Summary.Length > 0) json.WriteString("description", article.Summary);
        if (article.Tags.Count > 0)
        {
            json.WriteStartArray("keywords");
            foreach (var tag in article.Tags) json.WriteStringValue(tag.Name);
            json.WriteEndArray();
        }
        if (article.Image is { } image) json.WriteString("image", urls.AbsoluteOrSelf(image.Url));
        if (article.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in article.Authors)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Person");
                json.WriteString("name", author.Name);
                json.WriteString("url", urls.Absolute(urls.Author(author)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
    });

    /// <summary>A tag page: a collection of articles, with the breadcrumb trail home → topics → tag.</summary>
    public static string TagPage(string tagName, string topicsName, Edition edition, SiteUrls urls, string tagUrl) => Json(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        json.WriteStartObject();
        json.WriteString("@type", "CollectionPage");
        json.WriteString("name", tagName);
        json.WriteString("url", urls.Absolute(tagUrl));
        json.WriteString("inLanguage", edition.Lang);
        json.WriteStartObject("isPartOf");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", edition.Title);
        json.WriteString("url", urls.Absolute(urls.Home));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        var crumbs = new[] { (edition.Title, urls.Home), (topicsName, urls.TagsIndex), (tagName, tagUrl) };
        for (var i = 0; i < crumbs.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", crumbs[i].Item1);
            json.WriteString("item", urls.Absolute(crumbs[i].Item2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    });

    /// <summary>
    /// One object, written with the thread's writer and buffer: every article page has its JSON-LD, and a new
    /// writer and stream for each were a good part of what building an article's view cost.
    /// </summary>
    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;
}
