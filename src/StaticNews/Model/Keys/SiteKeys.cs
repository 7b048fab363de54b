namespace StaticNews.Model.Keys;

/// <summary>The keys of <c>input/site.yml</c>, every one optional.</summary>
public static class SiteKeys
{
    public static readonly KeyDeclaration Title = new("title", ValueKind.Text, "the site's name", "StaticNews");
    public static readonly KeyDeclaration Description = new("description", ValueKind.Text, "for the front page and the feed", "");
    public static readonly KeyDeclaration BaseUrl = new("baseUrl", ValueKind.Url,
        "absolute URL of the site; may carry a path, e.g. `https://example.org/news/`; no user name or password, query or fragment; an international host is published in punycode",
        "http://localhost:8080/", "with a warning");
    public static readonly KeyDeclaration Language = new("language", ValueKind.Language, "BCP 47; this repository's own site is `de`", "en");
    public static readonly KeyDeclaration TimeZone = new("timezone", ValueKind.TimeZone,
        "IANA name such as `Europe/Berlin`: dates without offset and permalink dates are in it", "UTC");
    public static readonly KeyDeclaration PageSize = new("pageSize", ValueKind.PositiveInteger, "stories per list page", 20);
    public static readonly KeyDeclaration FeedSize = new("feedSize", ValueKind.PositiveInteger, "items per feed", 50);
    public static readonly KeyDeclaration Permalink = new("permalink", ValueKind.Permalink, "article URL pattern; `{lang}` also works", "/{yyyy}/{MM}/{dd}/{slug}/");
    public static readonly KeyDeclaration UnsafeHtml = new("unsafeHtml", ValueKind.Boolean,
        "pass raw HTML in Markdown pages through; off, raw HTML is escaped and `javascript:` links are dropped (as Hugo)", false);
    public static readonly KeyDeclaration Precompress = new("precompress", ValueKind.Boolean,
        "write Brotli (`.br`) and gzip (`.gz`) twins beside every HTML, XML, JSON, CSS, JS and SVG file of at least 1 KiB, for servers that send them as they are (nginx `brotli_static`, `gzip_static`)", false);
    public static readonly KeyDeclaration Search = new("search", ValueKind.Boolean,
        "a search index made by Pagefind (`npm i pagefind@1.6.0`) and a search page per language, linked from every page", false);
    public static readonly KeyDeclaration Editions = new("editions", ValueKind.Editions,
        "a title and description per language edition: `en: {title: World News, description: …}`; listed, only these languages (and the site's) are editions, the others join the site's",
        DefaultNote: "every language with a published article is an edition, titled as the site");
    public static readonly KeyDeclaration SocialCards = new("socialCards", ValueKind.Boolean,
        "a 1200 × 630 card for every story, shown when it is shared (`og:image`): its picture cropped, or its headline drawn; off by default, since a clean build pays about 10 ms per story (10,000 stories: about a minute on two cores), a rebuild only for what changed", false);
    public static readonly KeyDeclaration SectionsFromTaxonomy = new("sectionsFromTaxonomy", ValueKind.Boolean,
        "the front page's topic sections follow the taxonomy's order; off, they are the edition's busiest tags", false);
    public static readonly KeyDeclaration Taxonomy = new("taxonomy", ValueKind.TagAliases, "tags with their aliases: `Nordkorea: [Nordkoreas, Pjöngjang]`");

    /// <summary>In the order the README lists them.</summary>
    public static IReadOnlyList<KeyDeclaration> All { get; } = [Title, Description, BaseUrl, Language, TimeZone, PageSize, FeedSize, Permalink, UnsafeHtml, Precompress, Search, SocialCards, Editions, SectionsFromTaxonomy, Taxonomy];
}
