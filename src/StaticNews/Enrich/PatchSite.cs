using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>
/// The preview's shortcut for the commonest save, an edit of a story's text: when every changed document keeps
/// all that enriching the site reads of it (<see cref="SameShape"/>), enriching again would make the last site
/// with the new text in it. So the last site is taken, with each changed story in every place that held the old
/// one (its edition, tags, author, date archives). Anything else — a new title, date, tag or URL, a new or
/// deleted document, a story whose time came — enriches the whole site again.
/// </summary>
public static class PatchSite
{
    /// <param name="last">The site enriched from <paramref name="lastDerived"/>.</param>
    /// <param name="lastDerived">Each document's article as the last build derived it, in input order.</param>
    /// <param name="derived">Each document's article now, in input order.</param>
    /// <param name="now">This build's clock: a story scheduled since the last build changes the site.</param>
    /// <returns>The site with the new articles; null when the edit reaches beyond the changed stories' own text.</returns>
    public static Site? Run(Site last, IReadOnlyList<Article> lastDerived, IReadOnlyList<Article> derived, DateTimeOffset now)
    {
        if (derived.Count != lastDerived.Count || last.NextChange is { } next && next.When <= now) return null;
        Dictionary<string, Article>? published = null;
        var replaced = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < derived.Count; i++)
        {
            var (before, after) = (lastDerived[i], derived[i]);
            if (before.Page.Document.RelativePath != after.Page.Document.RelativePath) return null;
            if (before.DerivedHash == after.DerivedHash && after.DerivedHash != Hash128.None) continue;
            if (!SameShape(before, after)) return null;
            published ??= last.Articles.ToDictionary(a => a.Page.Document.RelativePath, StringComparer.Ordinal);
            // A draft the preview hides, or a story not yet due, is in no list: nothing to replace.
            if (published.TryGetValue(after.Page.Document.RelativePath, out var enriched)) replaced[enriched] = Enriched(after, enriched);
        }
        return replaced.Count == 0 ? last : Replace(last, replaced);
    }

    /// <summary>
    /// Whether two derivations of a document agree on all that enriching the site reads: what places a story
    /// (date, language, URL, draft, expiry), what groups and links it (tags, authors, the links an editor asked
    /// for, the translation key) and what other pages show of it in a link (title). A new field that any step of
    /// <see cref="EnrichSite"/> reads belongs here.
    /// </summary>
    /// <remarks>What enriching sets (<see cref="Enriched"/>) is not compared: a derivation has none of it yet.</remarks>
    public static bool SameShape(Article a, Article b) =>
        a.Title == b.Title && a.Slug == b.Slug && a.Url == b.Url && a.Lang == b.Lang
        && a.Date.EqualsExact(b.Date) && Nullable.Equals(a.Expires, b.Expires) && a.Expires?.Offset == b.Expires?.Offset && a.Draft == b.Draft
        && a.Tags.SequenceEqual(b.Tags) && a.Authors.SequenceEqual(b.Authors) && a.AliasUrls.SequenceEqual(b.AliasUrls, StringComparer.Ordinal)
        && a.Page.FromDump == b.Page.FromDump && a.Page.FrontMatter.Tags.SequenceEqual(b.Page.FrontMatter.Tags, StringComparer.Ordinal)
        && a.Page.FrontMatter.Prev == b.Page.FrontMatter.Prev && a.Page.FrontMatter.Next == b.Page.FrontMatter.Next
        && a.Page.FrontMatter.TranslationKey == b.Page.FrontMatter.TranslationKey;

    /// <summary>The new derivation with what enriching gave the old one.</summary>
    public static Article Enriched(Article derived, Article enriched) => derived.With(enriched.Enrichment);

    /// <summary>The site with each replaced article's successor in every list that held it.</summary>
    private static Site Replace(Site site, Dictionary<Article, Article> replaced)
    {
        IReadOnlyList<Article> Swap(IReadOnlyList<Article> articles)
        {
            Article[]? copy = null;
            for (var i = 0; i < articles.Count; i++)
                if (replaced.TryGetValue(articles[i], out var successor))
                    (copy ??= [.. articles])[i] = successor;
            return copy ?? articles;
        }
        IReadOnlyList<TagGroup> Tags(IReadOnlyList<TagGroup> groups) => [.. groups.Select(g => g with { Articles = Swap(g.Articles) })];
        return site with
        {
            Articles = Swap(site.Articles),
            Tags = Tags(site.Tags),
            Editions = [.. site.Editions.Select(e => e with
            {
                Articles = Swap(e.Articles),
                Tags = Tags(e.Tags),
                Authors = [.. e.Authors.Select(g => g with { Articles = Swap(g.Articles) })],
                Archives = [.. e.Archives.Select(level => level with { Periods = [.. level.Periods.Select(p => p with { Articles = Swap(p.Articles) })] })],
            })],
        };
    }
}
