namespace StaticNews.Theme.Views;

/// <summary>A story as a list shows it.</summary>
public sealed record StoryCard(string Title, string Href, string Lang, string DateText, string DateIso, string Summary, int ReadingMinutes, IReadOnlyList<TagChip> Tags);

/// <summary>An article page.</summary>
/// <param name="BodyHtml">The body, already rendered and made safe by the engine.</param>
/// <param name="Params">Front-matter keys the schema does not know, for theme authors.</param>
public sealed record ArticleView(
    PageHead Head, SiteChrome Site, string Title, string Lang, string DateText, string DateIso, string? UpdatedText, string? UpdatedIso,
    int ReadingMinutes, string? Author, string? ImageSrc, IReadOnlyList<TagChip> Tags, string BodyHtml,
    StoryLinkView? Previous, StoryLinkView? Next, IReadOnlyDictionary<string, string> Params);

/// <summary>The front page or a tag page: a paginated list of stories, newest first.</summary>
/// <param name="FeatureLead">Show the first story large, as a front page's lead story.</param>
public sealed record StoryListView(PageHead Head, SiteChrome Site, string Heading, IReadOnlyList<StoryCard> Stories, Pager Pager, bool FeatureLead, string? FeedHref);

/// <summary>The index of all tags.</summary>
public sealed record TagIndexView(PageHead Head, SiteChrome Site, IReadOnlyList<TagChip> Tags);

/// <summary>A language's search page: a plain form that Pagefind's UI takes over, reading that language's index.</summary>
/// <param name="BundleHref">Where Pagefind's files are (<c>/news/pagefind/</c>).</param>
/// <param name="ScriptHref">The theme's script that starts the search UI.</param>
public sealed record SearchView(PageHead Head, SiteChrome Site, string Lang, string FormAction, string BundleHref, string ScriptHref);

/// <summary>The page a CDN shows for a missing URL.</summary>
public sealed record NotFoundView(PageHead Head, SiteChrome Site);

/// <summary>A small page at an old URL that sends readers and crawlers to the new one.</summary>
public sealed record RedirectView(string TargetUrl, string Lang);
