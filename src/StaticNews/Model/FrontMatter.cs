namespace StaticNews.Model;

/// <summary>
/// The typed head of a front-matter page: one schema for Markdown pages, dump sidecars and <c>import</c> output.
/// </summary>
public sealed record FrontMatter
{
    /// <summary>Headline; the only required field.</summary>
    public required string Title { get; init; }
    /// <summary>Publication time; a value without offset is read in the site's time zone.</summary>
    public DateTimeOffset? Date { get; init; }
    /// <summary>Last substantial change, shown as "updated" and used for <c>lastmod</c>.</summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>BCP 47 language tag (<c>de</c>, <c>en-GB</c>); absent: detected or the site's.</summary>
    public string? Lang { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>One or two sentences for cards and feeds; absent: the lead, shortened.</summary>
    public string? Summary { get; init; }
    /// <summary>Last URL segment; absent: made from the title.</summary>
    public string? Slug { get; init; }
    /// <summary>The byline, one name or several, in the order the editor wrote them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>When the story is taken down: the first build after it leaves it out.</summary>
    public DateTimeOffset? Expires { get; init; }
    /// <summary>A path under <c>input/</c> or an absolute URL.</summary>
    public string? Image { get; init; }
    /// <summary>What the picture shows, in words, for readers who do not see it.</summary>
    public string? ImageAlt { get; init; }
    public string? ImageCaption { get; init; }
    /// <summary>Who made the picture: a photographer, an agency.</summary>
    public string? ImageCredit { get; init; }
    /// <summary>Drafts are published only with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }
    /// <summary>Old URLs that redirect to this article.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The raw dump this page was imported from.</summary>
    public string? Source { get; init; }
    /// <summary>Title of the previous linked story, as the source site named it.</summary>
    public string? Prev { get; init; }
    /// <summary>Title of the next linked story, as the source site named it.</summary>
    public string? Next { get; init; }
    /// <summary>Shared by the translations of one story, which then link each other with <c>hreflang</c>.</summary>
    public string? TranslationKey { get; init; }
    /// <summary>Keys the schema does not know, handed to the theme untouched.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
