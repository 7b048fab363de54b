namespace StaticNews.Model;

/// <summary>The settings of <c>input/site.yml</c>, every one with a default.</summary>
public sealed record SiteConfig
{
    public static readonly Uri DefaultBaseUrl = new("http://localhost:8080/");

    public string Title { get; init; } = "StaticNews";
    public string Description { get; init; } = "";
    /// <summary>Absolute URL of the site's root, ending in a slash; may carry a path (<c>https://example.org/news/</c>).</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;
    /// <summary>BCP 47 tag of the site and fallback for articles whose language is not detected.</summary>
    public string Language { get; init; } = "en";
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public int PageSize { get; init; } = 20;
    public int FeedSize { get; init; } = 50;
    /// <summary>Pattern of article URLs: <c>{yyyy}</c>, <c>{MM}</c>, <c>{dd}</c>, <c>{slug}</c>.</summary>
    public string Permalink { get; init; } = "/{yyyy}/{MM}/{dd}/{slug}/";
    /// <summary>Pass raw HTML in Markdown pages through; off, as in Hugo, so pasted script cannot run.</summary>
    public bool UnsafeHtml { get; init; }
    public Taxonomy Taxonomy { get; init; } = Taxonomy.Empty;
    /// <summary>The front page's sections follow the taxonomy's order instead of the busiest tags.</summary>
    public bool SectionsFromTaxonomy { get; init; }
    /// <summary>Titles and descriptions of language editions (site.yml's <c>editions</c>); a language not listed is titled as the site.</summary>
    public IReadOnlyList<EditionSettings> Editions { get; init; } = [];
    /// <summary>Write Brotli and gzip twins beside every text file of at least 1 KiB, for servers that send them as they are.</summary>
    public bool Precompress { get; init; }
    /// <summary>Give every story a social card of 1200 × 630 for <c>og:image</c>: its picture cropped, or its headline drawn.</summary>
    public bool SocialCards { get; init; }
    /// <summary>Make a Pagefind search index and a search page per language.</summary>
    public bool Search { get; init; }

    /// <summary>The base URL's path, without the trailing slash: <c>""</c> at a host's root, <c>/news</c> in a sub-folder.</summary>
    public string BasePath => BaseUrl.AbsolutePath.TrimEnd('/');
}

/// <summary>One entry of site.yml's <c>editions</c>: the name and description of a language's edition.</summary>
/// <param name="Lang">A primary language subtag: <c>en</c>, <c>fr</c>.</param>
public sealed record EditionSettings(string Lang, string? Title, string? Description);
