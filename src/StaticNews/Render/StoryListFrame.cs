using StaticNews.Theme.Views;

namespace StaticNews.Render;

/// <summary>
/// What a page of a list of stories shows besides its stories and its place in the list: the same on every page
/// of the list but the first, which alone features the top story and shows the sections and the other editions.
/// </summary>
/// <param name="Kind">Which kind of list, for its title (<see cref="PageKind.Front"/>, Tag, Author or Archive).</param>
/// <param name="Description">The front page's; null for a list the theme describes by its kind.</param>
/// <param name="FirstUrl">Where the list's first page is; the others follow it (<see cref="SiteUrls.ListPage"/>).</param>
/// <param name="FeedUrl">A tag's or author's own feed; null on the front page and archives.</param>
/// <param name="JsonLd">The list's structured data; null for none.</param>
public sealed record StoryListFrame(string Heading, PageKind Kind, string? Description, string FirstUrl, bool FeatureTopStory = false,
    string? FeedUrl = null, string? JsonLd = null, ArchiveNav? Archive = null, IReadOnlyList<LanguageLink>? Translations = null,
    IReadOnlyList<FrontSection>? Sections = null)
{
    /// <summary>The frame as page <paramref name="page"/> shows it.</summary>
    public StoryListFrame OnPage(int page) => page == 1 ? this : this with { FeatureTopStory = false, Translations = null, Sections = null };
}
