using StaticNews.Model;

namespace StaticNews.Enrich.Names;

/// <summary>
/// One tag per name across the site: a suggested tag takes the form that the site already uses for the same name
/// (<see cref="TagKey"/>), so <c>Europäische Union</c> has one tag page whichever form each story used. The
/// taxonomy's name wins, then an editor's spelling, then the form most stories suggested. Tags an editor wrote
/// are never renamed.
/// </summary>
public static class MergeSuggestedTags
{
    public static List<Article> Run(List<Article> articles, Taxonomy taxonomy)
    {
        static bool Suggested(Article a) => a.Page.FromDump && a.Page.FrontMatter.Tags.Count == 0;
        if (!articles.Any(Suggested)) return articles;

        var forms = articles.SelectMany(a => a.Tags.Select(t => (Key: TagKey.Of(t.Name, a.Lang), t.Name, Rank: Suggested(a) ? 2 : 1)))
            .Concat(taxonomy.Entries.SelectMany(e => articles.Select(a => a.Lang).Distinct().Select(lang => (Key: TagKey.Of(e.Name, lang), e.Name, Rank: 0))))
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => (f.Rank, f.Name))
                .OrderBy(f => f.Key.Rank).ThenByDescending(f => f.Count()).ThenBy(f => f.Key.Name, StringComparer.Ordinal)
                .First().Key.Name, StringComparer.Ordinal);

        return articles.Select(a => !Suggested(a) ? a : a with
        {
            Tags = a.Tags.Select(t => forms[TagKey.Of(t.Name, a.Lang)] is var name && name == t.Name ? t : new Tag(Slug.From(name), name))
                .DistinctBy(t => t.Slug, StringComparer.Ordinal).ToList(),
        }).ToList();
    }
}
