using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;

namespace StaticNews.Theme.Views;

/// <summary>A feed a page advertises with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLink(string Title, string Href, string MediaType);

/// <summary>What goes into a page's <c>&lt;head&gt;</c>: title, language, canonical URL, feeds, social cards.</summary>
public sealed record PageHead
{
    /// <summary>The title's parts; the theme composes it (<see cref="PageTitles"/>).</summary>
    public required PageTitle Title { get; init; }
    /// <summary>An article's summary, a front page's description; null where the theme words it from the title's parts.</summary>
    public required string? Description { get; init; }
    public required string Lang { get; init; }
    /// <summary>Absolute URL of this page.</summary>
    public required string CanonicalUrl { get; init; }
    /// <summary><c>article</c> or <c>website</c>.</summary>
    public required string OpenGraphType { get; init; }
    public required IReadOnlyList<FeedLink> Feeds { get; init; }
    /// <summary>Absolute URL of the page's image, for social cards.</summary>
    public string? ImageUrl { get; init; }
    /// <summary>What that image shows.</summary>
    public string? ImageAlt { get; init; }
    /// <summary>The image is a social card of 1200 × 630 pixels.</summary>
    public bool ImageIsCard { get; init; }
    /// <summary>The previous page of a list, for <c>rel="prev"</c>.</summary>
    public string? PrevHref { get; init; }
    public string? NextHref { get; init; }
    /// <summary>Structured data, already serialised and escaped for a script element.</summary>
    public string? JsonLd { get; init; }
    /// <summary>The same page in other languages, for <c>hreflang</c> links.</summary>
    public IReadOnlyList<LanguageLink>? Translations { get; init; }
}

/// <summary>
/// A picture in every size a screen needs: <c>srcset</c>s in WebP and the original's format (null for a picture
/// StaticNews does not resize: an external URL, a vector image), and its size, so that nothing shifts as it loads.
/// </summary>
public sealed record PictureView
{
    /// <summary>The picture for a browser that reads no srcset.</summary>
    public required string Src { get; init; }
    public required string? Alt { get; init; }
    /// <summary>Pixels of the original; null when unknown.</summary>
    public required int? Width { get; init; }
    public required int? Height { get; init; }
    public string? WebpSrcset { get; init; }
    public string? Srcset { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
}

/// <summary>A page in another language: its BCP 47 tag, title and absolute URL.</summary>
public sealed record LanguageLink(string Lang, string Title, string Href);

/// <summary>The parts every page shares: the edition's name and where its sections are.</summary>
public sealed record SiteChrome
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Lang { get; init; }
    public required string HomeHref { get; init; }
    public required string TagsHref { get; init; }
    public required string FeedHref { get; init; }
    public required string AtomHref { get; init; }
    public required string JsonFeedHref { get; init; }
    public required string StylesheetHref { get; init; }
    public required string IconHref { get; init; }
    public string? SearchHref { get; init; }
    /// <summary>Every edition of a site in several languages, for the masthead's switcher; null for a site in one.</summary>
    public IReadOnlyList<EditionLink>? Editions { get; init; }
    public string? AuthorsHref { get; init; }

    /// <summary>
    /// The masthead and the footer as HTML, rendered once for all of the edition's pages (the engine fills them in:
    /// each of 20,000 pages rendered them again). Never hashed into a recipe: they are made from the rest of the
    /// chrome and the theme's code, which are. Null: each page renders them itself.
    /// </summary>
    [JsonIgnore] public ChromeParts? Parts { get; init; }
}

/// <summary>What <see cref="Layout.Masthead"/> and <see cref="Layout.SiteFooter"/> render for one edition.</summary>
public sealed record ChromeParts(MarkupString Masthead, MarkupString Footer);

/// <summary>An edition in the switcher, named in its own language.</summary>
/// <param name="Current">The edition this page belongs to.</param>
public sealed record EditionLink(string Lang, string Name, string Href, bool Current);

/// <summary>A tag as a link, with its number of articles on the tags index.</summary>
public sealed record TagChip(string Name, string Href, int? Count = null);

/// <summary>A link to another story (previous/next), or to another page by its name (an archive's neighbour).</summary>
public sealed record StoryLinkView(string Title, string Href);

/// <summary>A related story at the end of an article: headline and time.</summary>
public sealed record RelatedStoryView
{
    public required string Title { get; init; }
    public required string Href { get; init; }
    public required string DateText { get; init; }
    public required string DateIso { get; init; }
}

/// <summary>Where an archive page sits: the period above it, the periods before and after it that have stories, the periods inside it.</summary>
/// <param name="Parts">The periods inside it (a year's months) with their story counts.</param>
public sealed record ArchiveNav(StoryLinkView Up, StoryLinkView? Previous, StoryLinkView? Next, IReadOnlyList<TagChip> Parts);

/// <summary>Where a list page sits among its pages; hrefs are null at either end.</summary>
public sealed record Pager(int Page, int PageCount, string? NewerHref, string? OlderHref);
