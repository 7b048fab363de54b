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
        if (article.Image is { } image) data["image"] = urls.AbsoluteOrSelf(image.Url);
        if (article.Author is { } author) data["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = author };
        return JsonSerializer.Serialize(data);
    }

    /// <summary>A tag page: a collection of articles, with the breadcrumb trail home → topics → tag.</summary>
    public static string TagPage(string tagName, string topicsName, SiteConfig config, SiteUrls urls, string tagUrl)
    {
        var crumbs = new[] { (config.Title, urls.Home), (topicsName, urls.TagsIndex), (tagName, tagUrl) };
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["@type"] = "CollectionPage",
                    ["name"] = tagName,
                    ["url"] = urls.Absolute(tagUrl),
                    ["inLanguage"] = config.Language,
                    ["isPartOf"] = new Dictionary<string, object> { ["@type"] = "WebSite", ["name"] = config.Title, ["url"] = urls.Absolute(urls.Home) },
                },
                new Dictionary<string, object>
                {
                    ["@type"] = "BreadcrumbList",
                    ["itemListElement"] = crumbs.Select((crumb, i) => new Dictionary<string, object>
                    {
                        ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = crumb.Item1, ["item"] = urls.Absolute(crumb.Item2),
                    }).ToArray(),
                },
            },
        };
        return JsonSerializer.Serialize(data);
    }
}
