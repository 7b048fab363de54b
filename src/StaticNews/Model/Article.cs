namespace StaticNews.Model;

/// <summary>A tag as the site shows it: a URL-safe slug and the display name editors chose.</summary>
public sealed record Tag(string Slug, string Name)
{
    /// <summary>Another form of the same name in the story, never shown: an acronym and the name it was defined with
    /// (<c>DWD</c>, <c>Deutscher Wetterdienst</c>), so that stories using either form share one tag.</summary>
    public string? Alias { get; init; }
}

/// <summary>An article's lead image: where it is, what it shows, and what feeds need to announce it as an enclosure.</summary>
/// <param name="Url">Root-relative URL with the base path, or an absolute URL.</param>
/// <param name="Length">Size in bytes, when the file is part of the site; 0 when unknown (an external image).</param>
public sealed record ArticleImage(string Url, long Length, string MediaType)
{
    /// <summary>What the picture shows, for readers who do not see it (front matter's <c>imageAlt</c>).</summary>
    public string? Alt { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    /// <summary>Pixels of a picture under input/ that StaticNews can read; 0 when unknown (an external URL, a vector image).</summary>
    public int Width { get; init; }
    public int Height { get; init; }
    /// <summary>The picture's path below input/, when it is part of the site; null for an external URL.</summary>
    public string? Source { get; init; }
}

/// <summary>The same story in another language (articles sharing a <c>translationKey</c>).</summary>
public sealed record Translation(string Lang, string Title, string Url);

/// <summary>A link to another story of the site.</summary>
public sealed record StoryLink(string Title, string Url)
{
    /// <summary>The story's publication time, for links that show it (related stories).</summary>
    public DateTimeOffset? Date { get; init; }
}

/// <summary>A name of a byline and the slug of its author page.</summary>
public sealed record Author(string Slug, string Name);

/// <summary>An article ready to render: every field derived, nothing left to look up.</summary>
public sealed record Article
{
    public required ParsedDocument Page { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    /// <summary>Root-relative URL including the base path, ending in a slash.</summary>
    public required string Url { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required string Lang { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public required string Summary { get; init; }
    public required ArticleBody Body { get; init; }
    public required int WordCount { get; init; }
    /// <summary>The byline's names, in the editor's order.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];
    /// <summary>When the story is taken down (front matter's <c>expires</c>).</summary>
    public DateTimeOffset? Expires { get; init; }
    /// <summary>The primary language of the edition the article belongs to (<c>de</c>, <c>en</c>); set site-wide, once every language is known.</summary>
    public string Edition { get; init; } = "";
    public ArticleImage? Image { get; init; }
    public IReadOnlyList<string> AliasUrls { get; init; } = [];
    public StoryLink? PreviousStory { get; init; }
    public StoryLink? NextStory { get; init; }
    /// <summary>Up to four stories of the same edition that share its rarest tags, best first.</summary>
    public IReadOnlyList<StoryLink> Related { get; init; } = [];
    /// <summary>The other languages of this story, ordered by language tag.</summary>
    public IReadOnlyList<Translation> Translations { get; init; } = [];
    public bool Draft { get; init; }
    /// <summary>
    /// A hash of what was derived from the document (every field but the edition, the linked, related and translated
    /// stories), set by the incremental build; 0 when unknown. A feed lists articles without their links, so its
    /// items' derived hashes stand for them in its recipe.
    /// </summary>
    public Hash128 DerivedHash { get; init; }

    /// <summary>
    /// What enriching set on the article from the whole site. With <see cref="DerivedHash"/>, which stands for
    /// what its document alone gave, it tells the whole article.
    /// </summary>
    public ArticleEnrichment Enrichment => new(Url, Edition, Tags, PreviousStory, NextStory, Related, Translations);

    /// <summary>This derivation with what enriching set on another (the preview puts a new text in the last site so).</summary>
    public Article With(ArticleEnrichment e) => this with
    {
        Url = e.Url, Edition = e.Edition, Tags = e.Tags, PreviousStory = e.PreviousStory, NextStory = e.NextStory, Related = e.Related,
        Translations = e.Translations,
    };

    /// <summary>The time the article last changed, for <c>lastmod</c> and feed <c>updated</c>.</summary>
    public DateTimeOffset LastModified => Updated is { } updated && updated > Date ? updated : Date;

    /// <summary>A raw dump whose editor gave it no tags: its tags are StaticNews's suggestions, not an editor's words.</summary>
    public bool TagsSuggested => Page.FromDump && Page.FrontMatter.Tags.Count == 0;
}

/// <summary>
/// The fields of an <see cref="Article"/> that <c>EnrichSite</c> sets once every article is known: its edition and
/// the URL within it, its tags as named site-wide, and its links to other stories.
/// </summary>
public sealed record ArticleEnrichment(string Url, string Edition, IReadOnlyList<Tag> Tags, StoryLink? PreviousStory, StoryLink? NextStory,
    IReadOnlyList<StoryLink> Related, IReadOnlyList<Translation> Translations);
