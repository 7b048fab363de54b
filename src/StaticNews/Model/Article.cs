namespace StaticNews.Model;

/// <summary>A tag as the site shows it: a URL-safe slug and the display name editors chose.</summary>
public sealed record Tag(string Slug, string Name);

/// <summary>A link to another story of the site.</summary>
public sealed record StoryLink(string Title, string Url);

/// <summary>An article ready to render: every field derived, nothing left to look up.</summary>
public sealed record Article
{
    public required FrontMatterPage Page { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    /// <summary>Root-relative URL including the base path, ending in a slash.</summary>
    public required string Url { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required string Lang { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public required string Summary { get; init; }
    /// <summary>The body rendered to HTML, with root-relative links.</summary>
    public required string BodyHtml { get; init; }
    public required int WordCount { get; init; }
    public string? Author { get; init; }
    /// <summary>Root-relative path or absolute URL of the lead image.</summary>
    public string? Image { get; init; }
    public IReadOnlyList<string> AliasUrls { get; init; } = [];
    public StoryLink? PreviousStory { get; init; }
    public StoryLink? NextStory { get; init; }
    public bool Draft { get; init; }

    /// <summary>The time the article last changed, for <c>lastmod</c> and feed <c>updated</c>.</summary>
    public DateTimeOffset LastModified => Updated is { } updated && updated > Date ? updated : Date;
}
