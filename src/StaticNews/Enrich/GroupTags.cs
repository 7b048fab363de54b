using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>
/// Makes one tag of every spelling that slugs alike (<c>NATO</c>, <c>Nato</c>): shown by the taxonomy's name,
/// else by its most frequent spelling; and lists each tag's articles newest first.
/// </summary>
public static class GroupTags
{
    /// <summary>Every article's tags under their site-wide names.</summary>
    public static IReadOnlyList<Article> Rename(IReadOnlyList<Article> articles, Taxonomy taxonomy)
    {
        var official = taxonomy.Entries.ToDictionary(e => Slug.From(e.Name), e => e.Name, StringComparer.Ordinal);
        var names = articles.SelectMany(a => a.Tags)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Tag(g.Key, official.GetValueOrDefault(g.Key) ?? Spellings.MostFrequent(g.Select(t => t.Name))), StringComparer.Ordinal);
        return articles.Select(a => a with { Tags = a.Tags.Select(t => names[t.Slug]).DistinctBy(t => t.Slug).ToList() }).ToList();
    }

    /// <param name="articles">Renamed (<see cref="Rename"/>), newest first; the order is kept within every tag.</param>
    /// <returns>Ordered by slug.</returns>
    public static IReadOnlyList<TagGroup> Groups(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.Tags.Select(t => (Tag: t, Article: a)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.First().Tag, g.Select(x => x.Article).ToList()))
            .ToList();
}
