using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>
/// Makes one tag of every spelling that slugs alike (<c>NATO</c>, <c>Nato</c>): shown by the taxonomy's name,
/// else by its most frequent spelling, and lists each tag's articles newest first.
/// </summary>
public static class GroupTags
{
    /// <param name="articles">Newest first; the order is kept within every tag.</param>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<TagGroup> Tags) Run(IReadOnlyList<Article> articles, Taxonomy taxonomy)
    {
        var official = taxonomy.Entries.ToDictionary(e => Slug.From(e.Name), e => e.Name, StringComparer.Ordinal);
        var names = articles.SelectMany(a => a.Tags)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Tag(g.Key, official.GetValueOrDefault(g.Key) ?? MostFrequent(g)), StringComparer.Ordinal);

        var renamed = articles.Select(a => a with { Tags = a.Tags.Select(t => names[t.Slug]).DistinctBy(t => t.Slug).ToList() }).ToList();
        var groups = renamed.SelectMany(a => a.Tags.Select(t => (t.Slug, Article: a)))
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagGroup(names[g.Key], g.Select(x => x.Article).ToList()))
            .ToList();
        return (renamed, groups);
    }

    private static string MostFrequent(IEnumerable<Tag> spellings) =>
        spellings.GroupBy(t => t.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
