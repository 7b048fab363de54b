using StaticNews.Model;

namespace StaticNews.Enrich.Names;

/// <summary>
/// One tag per name across the site: a suggested tag takes the form that the site already uses for the same name
/// — the same words inflected otherwise (<see cref="TagKey"/>), or the acronym a story defined for it — so
/// <c>Europäische Union</c> has one tag page whichever form each story used. The taxonomy's name wins, then an
/// editor's spelling, then the form most stories suggested. Tags an editor wrote are never renamed.
/// </summary>
public static class MergeSuggestedTags
{
    public static List<Article> Run(List<Article> articles, Taxonomy taxonomy)
    {
        if (!articles.Any(a => a.TagsSuggested)) return articles;

        // A site has few names and many stories: each name and language is stemmed once.
        var keys = new Dictionary<(string, string), string>();
        string Key(string name, string language) =>
            keys.TryGetValue((name, language), out var key) ? key : keys[(name, language)] = TagKey.Of(name, language);

        // "DWD" in one story, "Deutscher Wetterdienst (DWD)" in another: the definition joins the two keys.
        var names = new Names();
        foreach (var article in articles.Where(a => a.TagsSuggested))
            foreach (var tag in article.Tags)
                if (tag.Alias is { } alias) names.Join(Key(tag.Name, article.Lang), Key(alias, article.Lang));

        var forms = articles.SelectMany(a => a.Tags.Select(t => (Key: Key(t.Name, a.Lang), t.Name, Rank: a.TagsSuggested ? 2 : 1)))
            .Concat(taxonomy.Entries.SelectMany(e => articles.Select(a => a.Lang).Distinct().Select(lang => (Key: Key(e.Name, lang), e.Name, Rank: 0))))
            .GroupBy(f => names.Of(f.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => (f.Rank, f.Name))
                .OrderBy(f => f.Key.Rank).ThenByDescending(f => f.Count()).ThenBy(f => f.Key.Name, StringComparer.Ordinal)
                .First().Key.Name, StringComparer.Ordinal);

        return articles.Select(a => !a.TagsSuggested ? a : a with
        {
            Tags = a.Tags.Select(t => forms[names.Of(Key(t.Name, a.Lang))] is var name && name == t.Name ? t : new Tag(Slug.From(name), name) { Alias = t.Alias })
                .DistinctBy(t => t.Slug, StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>Keys that name one thing, joined into groups (union-find): each group answers to one of its keys.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public string Of(string key)
        {
            while (_parent.TryGetValue(key, out var parent) && parent != key) key = parent;
            return key;
        }

        public void Join(string one, string other)
        {
            var (a, b) = (Of(one), Of(other));
            if (a == b) return;
            // The smaller key answers for the group, whichever order stories come in.
            if (string.CompareOrdinal(a, b) < 0) _parent[b] = a;
            else _parent[a] = b;
        }
    }
}
