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
        // Each slug's spellings counted in one pass over the site's tags.
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var tag in article.Tags)
            {
                if (!spellings.TryGetValue(tag.Slug, out var counts)) spellings[tag.Slug] = counts = new(StringComparer.Ordinal);
                counts[tag.Name] = counts.GetValueOrDefault(tag.Name) + 1;
            }
        var names = spellings.ToDictionary(s => s.Key, s => new Tag(s.Key, official.GetValueOrDefault(s.Key) ?? Spellings.MostFrequent(s.Value)), StringComparer.Ordinal);
        return articles.Select(a =>
        {
            var tags = a.Tags.Select(t => names[t.Slug]).DistinctBy(t => t.Slug).ToList();
            return tags.SequenceEqual(a.Tags) ? a : a with { Tags = tags }; // most articles' tags already read so
        }).ToList();
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
