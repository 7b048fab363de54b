namespace StaticNews.Theme.Views;

/// <summary>A story as a list shows it.</summary>
public sealed record StoryCard
{
    public required string Title { get; init; }
    public required string Href { get; init; }
    public required string Lang { get; init; }
    public required string DateText { get; init; }
    public required string DateIso { get; init; }
    public required string Summary { get; init; }
    public required int ReadingMinutes { get; init; }
    public required IReadOnlyList<TagChip> Tags { get; init; }
    public PictureView? Picture { get; init; }
}

/// <summary>
/// An article's body, already rendered and made safe by the engine, as UTF-8. A rebuild compares its hash (the
/// one member a page's recipe holds of it); the bytes are read only when the page is rendered.
/// </summary>
/// <param name="hash">The XxHash128 of the bytes, 16 bytes.</param>
/// <param name="utf8">Gives the bytes.</param>
public sealed class ArticleBodyView(byte[] hash, Func<byte[]> utf8)
{
    /// <summary>
    /// What <see cref="Markup"/> renders: a comment no document can hold (drawn afresh each run), which the engine
    /// replaces with the body's bytes before the page is written, so no page keeps it.
    /// </summary>
    public static readonly string Placeholder = $"<!--staticnews-body-{Guid.NewGuid():N}-->";

    public byte[] Hash => hash;

    /// <summary>
    /// The body as a page shows it: its UTF-8 is written into the page as it is kept, where decoding it into a
    /// string for the renderer to encode again was a fifth of the text a build decoded (Hugo puts its shortcodes'
    /// output in by placeholder the same way).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Microsoft.AspNetCore.Components.MarkupString Markup => new(Placeholder);

    /// <summary>The body as HTML text, for a theme that works on it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Html => System.Text.Encoding.UTF8.GetString(utf8());

    /// <summary>The bytes <see cref="Markup"/> stands for.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Utf8 => utf8();
}

/// <summary>An article page.</summary>
public sealed record ArticleView
{
    public required PageHead Head { get; init; }
    public required SiteChrome Site { get; init; }
    public required string Title { get; init; }
    public required string Lang { get; init; }
    public required string DateText { get; init; }
    public required string DateIso { get; init; }
    public string? UpdatedText { get; init; }
    public string? UpdatedIso { get; init; }
    public required int ReadingMinutes { get; init; }
    /// <summary>The byline, each name linking to its author page.</summary>
    public required IReadOnlyList<TagChip> Authors { get; init; }
    public PictureView? Picture { get; init; }
    public required IReadOnlyList<TagChip> Tags { get; init; }
    public required ArticleBodyView Body { get; init; }
    public StoryLinkView? Previous { get; init; }
    public StoryLinkView? Next { get; init; }
    public required IReadOnlyList<RelatedStoryView> Related { get; init; }
    /// <summary>Front-matter keys the schema does not know, for theme authors.</summary>
    public required IReadOnlyDictionary<string, string> Params { get; init; }
}

/// <summary>The front page, a tag, author or archive page: a paginated list of stories, newest first.</summary>
public sealed record StoryListView
{
    public required PageHead Head { get; init; }
    public required SiteChrome Site { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
    public required Pager Pager { get; init; }
    /// <summary>Show the first story large, as a front page's top story.</summary>
    public required bool FeatureTopStory { get; init; }
    /// <summary>A tag's or author's own feed; null for none.</summary>
    public string? FeedHref { get; init; }
    /// <summary>An archive page's links to the periods around and inside it.</summary>
    public ArchiveNav? Archive { get; init; }
    /// <summary>A front page's topic sections, below its stories.</summary>
    public IReadOnlyList<FrontSection>? Sections { get; init; }
}

/// <summary>A topic on the front page: its name linking to its tag page, and its latest stories.</summary>
public sealed record FrontSection(TagChip Topic, IReadOnlyList<StoryCard> Stories);

/// <summary>The index of all tags, or of all authors: its heading is its title's name (<see cref="PageTitles.Name"/>).</summary>
public sealed record TagIndexView(PageHead Head, SiteChrome Site, IReadOnlyList<TagChip> Tags);

/// <summary>A language's search page: a plain form that Pagefind's UI takes over, reading that language's index.</summary>
public sealed record SearchView
{
    public required PageHead Head { get; init; }
    public required SiteChrome Site { get; init; }
    public required string Lang { get; init; }
    public required string FormAction { get; init; }
    /// <summary>Where Pagefind's files are (<c>/news/pagefind/</c>).</summary>
    public required string BundleHref { get; init; }
    /// <summary>The theme's script that starts the search UI.</summary>
    public required string ScriptHref { get; init; }
}

/// <summary>The page a CDN shows for a missing URL.</summary>
public sealed record NotFoundView(PageHead Head, SiteChrome Site);

/// <summary>A small page at an old URL that sends readers and crawlers to the new one.</summary>
public sealed record RedirectView
{
    public required string TargetUrl { get; init; }
    public required string Lang { get; init; }
}
