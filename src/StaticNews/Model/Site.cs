namespace StaticNews.Model;

/// <summary>The articles of one tag, newest first.</summary>
public sealed record TagGroup(Tag Tag, IReadOnlyList<Article> Articles);

/// <summary>The articles of one author, newest first.</summary>
public sealed record AuthorGroup(Author Author, IReadOnlyList<Article> Articles);

/// <summary>The whole site model: what every renderer reads, built once per build.</summary>
/// <param name="Articles">Published articles, newest first (equal dates: by slug).</param>
/// <param name="Tags">Tags ordered by slug, over every edition (each edition has its own).</param>
public sealed record Site(SiteConfig Config, IReadOnlyList<Article> Articles, IReadOnlyList<TagGroup> Tags, IReadOnlyList<StaticFile> StaticFiles)
{
    /// <summary>The site's editions, its own language's first; one edition, at the root, for a site in one language.</summary>
    public IReadOnlyList<Edition> Editions { get; init; } = [];

    /// <summary>The next time the site changes by itself (a story's date or expiry comes); null when none is scheduled.</summary>
    public ScheduledChange? NextChange { get; init; }

    /// <summary>The edition an article belongs to.</summary>
    public Edition EditionOf(Article article)
    {
        foreach (var edition in Editions) // a handful: a loop, not a query with a closure per article
            if (edition.Key == article.Edition) return edition;
        return Editions[0];
    }
}

/// <summary>
/// One language's part of the site: its own front page, tags, archives, authors and feeds. The site's own
/// language is at the root; every other edition lives under <c>/{lang}/</c>.
/// </summary>
/// <param name="Key">The primary language subtag (<c>de</c>), what <see cref="Article.Edition"/> holds.</param>
/// <param name="Lang">The language tag its pages carry: the site's full tag (<c>de-AT</c>) for the root edition.</param>
/// <param name="Prefix">The path after the base path: <c>""</c> for the root edition, <c>/en</c> for English.</param>
/// <param name="Articles">Newest first.</param>
/// <param name="Tags">Ordered by slug.</param>
/// <param name="Authors">Ordered by slug.</param>
public sealed record Edition(string Key, string Lang, string Title, string Description, string Prefix, IReadOnlyList<Article> Articles,
    IReadOnlyList<TagGroup> Tags, IReadOnlyList<AuthorGroup> Authors)
{
    /// <summary>The edition's periods by level, finest last (years, months, days for the default permalink).</summary>
    public IReadOnlyList<ArchiveLevel> Archives { get; init; } = [];
}

/// <summary>The date archives at one prefix of the permalink pattern (<c>/{yyyy}/{MM}/</c>): one page per period with stories.</summary>
/// <param name="Periods">Oldest first.</param>
public sealed record ArchiveLevel(ArchiveUnit Unit, IReadOnlyList<ArchivePeriod> Periods);

/// <summary>A year, a month or a day of an edition, and its stories.</summary>
/// <param name="Start">The period's first day, in the site's time zone (its time of day is midnight).</param>
/// <param name="Url">Root-relative, with the base path.</param>
/// <param name="Articles">Newest first.</param>
public sealed record ArchivePeriod(DateTime Start, string Url, IReadOnlyList<Article> Articles);

public enum ArchiveUnit { Year, Month, Day }

/// <summary>What the site does next by itself, so a newsroom can time its cron job.</summary>
/// <param name="File">The document, relative to input/.</param>
/// <param name="Publishes">The story goes up (its date comes); false: it is taken down (its expiry comes).</param>
public sealed record ScheduledChange(DateTimeOffset When, string File, bool Publishes);
