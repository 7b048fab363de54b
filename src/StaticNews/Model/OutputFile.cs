namespace StaticNews.Model;

/// <summary>
/// One file of the published site, rendered only when it is placed, so a build never holds every page in memory
/// at once.
/// </summary>
/// <param name="Path">Relative to the output folder, forward slashes (<c>2024/12/04/slug/index.html</c>).</param>
/// <param name="Render">Makes the file's bytes (<see cref="RenderFile"/>); null for a static file copied from <see cref="SourcePath"/>.</param>
/// <param name="Plan">
/// Says what the file is made from, far cheaper than rendering it, and how to render it from that. When it is
/// made from what the published file was made from, the incremental build keeps that file and never renders this
/// one. Null when there is no cheaper way than rendering: then the rendered bytes are compared.
/// </param>
public sealed record OutputFile(string Path, RenderFile? Render, string? SourcePath = null, Func<FilePlan>? Plan = null)
{
    /// <summary>The input file it comes from, below the input folder, for messages; null for a page of the site's own.</summary>
    public string? Origin { get; init; }

    /// <summary>An alias redirect or a static file: where it clashes with a page of the site, the page keeps its path.</summary>
    public bool Yields { get; init; }
}

/// <summary>What a file is made from, and the render that makes its bytes from just that.</summary>
public readonly record struct FilePlan(Ingredients MadeFrom, RenderFile Render);

/// <summary>
/// Makes a file's bytes. A page's lie in its renderer's own buffer, good until the same thread renders again: the
/// writer hashes and writes them at once, anything that keeps them copies them. Copying each page out of the
/// buffer was a sixth of what a 10,000-article build allocated (330 MB), and every feed of full stories a large object.
/// </summary>
public delegate ReadOnlyMemory<byte> RenderFile();

/// <summary>
/// What a file's bytes are made from, besides the code: equal ingredients make equal bytes. The incremental build
/// hashes them into the file's recipe (<c>Incremental/Recipe</c>).
/// </summary>
public abstract record Ingredients;

/// <summary>A page of the theme, a pure function of its view model: the very model it is rendered from.</summary>
/// <param name="Page">The Razor component that renders it.</param>
public sealed record PageIngredients(Type Page, object View) : Ingredients;

/// <summary>
/// An article's page, told without making its view: the view is made from the article alone and from what every
/// page of its edition shows (its chrome), besides the settings and the code. At 10,000 articles, making each
/// view only to hash it was the dearer half of a one-edit rebuild.
/// </summary>
/// <param name="Chrome">The edition's masthead and links, as every page of it shows them.</param>
/// <param name="TimeZone">The site's, whose rules (from the machine's time-zone database) write the times the page shows.</param>
public sealed record ArticlePageIngredients(Type Page, Article Article, object Chrome, TimeZoneInfo TimeZone) : Ingredients;

/// <summary>
/// A page of a list of stories, told without making its view: the view is made from the list's frame, the page's
/// place in the list and its stories' cards, which are made from the stories alone.
/// </summary>
/// <param name="Frame">What the page shows besides its stories (a heading, links, sections): hashed as it is, once
/// per build, so the pages of a list share one.</param>
/// <param name="Stories">The page's stories, each told as an article page tells it.</param>
public sealed record StoryListIngredients(Type Page, object Chrome, TimeZoneInfo TimeZone, object Frame, int PageNumber, int PageCount,
    IReadOnlyList<Article> Stories) : Ingredients;

/// <summary>A feed, or the search index: what it shows of each article comes from that article alone, as derived.</summary>
/// <param name="Kind">The file's place and title: two feeds of the same articles differ.</param>
public sealed record ArticleListIngredients(string Kind, IEnumerable<Article> Articles) : Ingredients;

/// <summary>A file made by code from a source file and some words: a picture's size, a social card, a compressed twin.</summary>
/// <param name="Source">A hash of the source file's bytes; 0 for none.</param>
public sealed record DerivedIngredients(string Kind, Hash128 Source, string Words) : Ingredients;
