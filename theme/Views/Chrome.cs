namespace StaticNews.Theme.Views;

/// <summary>A feed a page advertises with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLink(string Title, string Href, string MediaType);

/// <summary>What goes into a page's <c>&lt;head&gt;</c>: title, language, canonical URL, feeds, social cards.</summary>
/// <param name="CanonicalUrl">Absolute URL of this page.</param>
/// <param name="OpenGraphType"><c>article</c> or <c>website</c>.</param>
/// <param name="ImageUrl">Absolute URL of the page's image, for social cards.</param>
/// <param name="ImageAlt">What that image shows.</param>
/// <param name="ImageIsCard">The image is a social card of 1200 × 630 pixels.</param>
/// <param name="PrevHref">The previous page of a list, for <c>rel="prev"</c>.</param>
/// <param name="JsonLd">Structured data, already serialised and escaped for a script element.</param>
/// <param name="Translations">The same page in other languages, for <c>hreflang</c> links.</param>
/// <param name="Title">The title's parts; the theme composes it (<see cref="PageTitles"/>).</param>
/// <param name="Description">An article's summary, a front page's description; null where the theme words it from the title's parts.</param>
public sealed record PageHead(
    PageTitle Title, string? Description, string Lang, string CanonicalUrl, string OpenGraphType, string? ImageUrl,
    IReadOnlyList<FeedLink> Feeds, string? PrevHref = null, string? NextHref = null, string? JsonLd = null,
    IReadOnlyList<LanguageLink>? Translations = null, string? ImageAlt = null, bool ImageIsCard = false);

/// <summary>
/// A picture in every size a screen needs: <c>srcset</c>s in WebP and the original's format (null for a picture
/// StaticNews does not resize: an external URL, a vector image), and its size, so that nothing shifts as it loads.
/// </summary>
/// <param name="Src">The picture for a browser that reads no srcset.</param>
/// <param name="Width">Pixels of the original; null when unknown.</param>
public sealed record PictureView(string Src, string? Alt, int? Width, int? Height, string? WebpSrcset, string? Srcset, string? Caption, string? Credit);

/// <summary>A page in another language: its BCP 47 tag, title and absolute URL.</summary>
public sealed record LanguageLink(string Lang, string Title, string Href);

/// <summary>The parts every page shares: the edition's name and where its sections are.</summary>
/// <param name="Editions">Every edition of a site in several languages, for the masthead's switcher; empty for a site in one.</param>
public sealed record SiteChrome(string Title, string Description, string Lang, string HomeHref, string TagsHref, string FeedHref,
    string AtomHref, string JsonFeedHref, string StylesheetHref, string IconHref, string? SearchHref = null,
    IReadOnlyList<EditionLink>? Editions = null, string? AuthorsHref = null);

/// <summary>An edition in the switcher, named in its own language.</summary>
/// <param name="Current">The edition this page belongs to.</param>
public sealed record EditionLink(string Lang, string Name, string Href, bool Current);

/// <summary>A tag as a link, with its number of articles on the tags index.</summary>
public sealed record TagChip(string Name, string Href, int? Count = null);

/// <summary>A link to another story (previous/next), or to another page by its name (an archive's neighbour).</summary>
public sealed record StoryLinkView(string Title, string Href);

/// <summary>A related story at the end of an article: headline and time.</summary>
public sealed record RelatedStoryView(string Title, string Href, string DateText, string DateIso);

/// <summary>Where an archive page sits: the period above it, the periods before and after it that have stories, the periods inside it.</summary>
/// <param name="Parts">The periods inside it (a year's months) with their story counts.</param>
public sealed record ArchiveNav(StoryLinkView Up, StoryLinkView? Previous, StoryLinkView? Next, IReadOnlyList<TagChip> Parts);

/// <summary>Where a list page sits among its pages; hrefs are null at either end.</summary>
public sealed record Pager(int Page, int PageCount, string? NewerHref, string? OlderHref);
