using System.Text.Json;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Render;

/// <summary>schema.org JSON-LD for search engines. The default encoder escapes &lt; and &gt;, so it is safe inside a script element.</summary>
public static class StructuredData
{
    public static string NewsArticle(Article article, SiteConfig config, SiteUrls urls)
    {
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["datePublished"] = IsoDate.Format(article.Date),
            ["dateModified"] = IsoDate.Format(article.LastModified),
            ["inLanguage"] = article.Lang,
            ["mainEntityOfPage"] = urls.Absolute(article.Url),
            ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = config.Title },
        };
        if (article.Summary.Length > 0) data["description"] = article.Summary;
        if (article.Tags.Count > 0) data["keywords"] = article.Tags.Select(t => t.Name).ToArray();
        if (article.Image is { } image) data["image"] = image.StartsWith('/') ? urls.Absolute(image) : image;
        if (article.Author is { } author) data["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = author };
        return JsonSerializer.Serialize(data);
    }
}
