using StaticNews.Model;

namespace StaticNews.Render;

/// <summary>
/// Where each page of the site lives: root-relative URLs carry the base path (<c>/news/tags/nato/</c>), so the
/// site works in a sub-folder; feeds and the sitemap use the absolute form.
/// </summary>
/// <param name="assets">The theme's assets under their published, content-hashed names; none in tests of URLs alone.</param>
/// <param name="edition">Where an edition's own pages live after the base path (<c>/en</c>); empty for the site's own language.</param>
public sealed class SiteUrls(SiteConfig config, PublishedAssets? assets = null, string edition = "")
{
    private readonly string _origin = config.BaseUrl.GetLeftPart(UriPartial.Authority);
    private readonly string _edition = config.BasePath + edition;

    public PublishedAssets? Assets => assets;

    /// <summary>The same site's URLs, for an edition's own pages (front page, tags, authors, feeds).</summary>
    public SiteUrls For(Edition of) => new(config, assets, of.Prefix);

    public string Home => _edition + "/";
    public string TagsIndex => _edition + "/tags/";
    public string Feed => _edition + "/feed.xml";
    public string AtomFeed => _edition + "/atom.xml";
    public string JsonFeed => _edition + "/feed.json";
    public string AuthorsIndex => _edition + "/authors/";
    public string Author(Author author) => $"{_edition}/authors/{author.Slug}/";
    public string AuthorFeed(Author author) => $"{_edition}/authors/{author.Slug}/feed.xml";
    public string NewsSitemap => config.BasePath + "/news-sitemap.xml";
    public string Sitemap => config.BasePath + "/sitemap.xml";
    public string Stylesheet => config.BasePath + "/" + (assets?.PathOf(Theme.ThemeAssets.StylesheetPath) ?? Theme.ThemeAssets.StylesheetPath);
    public string Icon => config.BasePath + "/" + (assets?.PathOf(Theme.ThemeAssets.IconPath) ?? Theme.ThemeAssets.IconPath);

    /// <summary>The search page of a language: the site's own at <c>/search/</c>, another under its code.</summary>
    public string Search(string lang) =>
        Text.LanguageTag.Primary(lang) == Text.LanguageTag.Primary(config.Language) ? config.BasePath + "/search/" : $"{config.BasePath}/{Text.LanguageTag.Primary(lang)}/search/";
    public string SearchBundle => config.BasePath + "/pagefind/";
    public string SearchScript => config.BasePath + "/" + (assets?.PathOf(Theme.ThemeAssets.SearchScriptPath) ?? Theme.ThemeAssets.SearchScriptPath);

    public string Tag(Tag tag) => $"{_edition}/tags/{tag.Slug}/";
    public string TagFeed(Tag tag) => $"{_edition}/tags/{tag.Slug}/feed.xml";

    /// <summary>Page <paramref name="page"/> (1-based) of a list that starts at <paramref name="first"/>.</summary>
    public static string ListPage(string first, int page) => page == 1 ? first : $"{first}page/{page}/";

    /// <summary>A root-relative URL as an absolute one, for feeds, sitemaps and canonical links.</summary>
    public string Absolute(string rootRelative) => _origin + rootRelative;

    /// <summary>A root-relative URL made absolute; an absolute URL (an external image) as it is.</summary>
    public string AbsoluteOrSelf(string url) => url.StartsWith('/') ? Absolute(url) : url;

    /// <summary>The file behind a root-relative URL: <c>/news/tags/nato/</c> → <c>tags/nato/index.html</c>.</summary>
    public string FileOf(string rootRelative)
    {
        var path = rootRelative[config.BasePath.Length..].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
