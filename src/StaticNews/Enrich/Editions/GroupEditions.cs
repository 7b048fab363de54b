using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

/// <summary>Each edition's stories, tags, authors and date archives, from the site's articles once every link between them is made.</summary>
public static class GroupEditions
{
    /// <param name="articles">Newest first; every list keeps that order.</param>
    public static IReadOnlyList<Edition> Run(IReadOnlyList<Article> articles, IReadOnlyList<EditionPlace> places, SiteConfig config) =>
        // Each edition on its own core: they share nothing but the (read-only) articles.
        places.AsParallel().AsOrdered().Select(place =>
        {
            var own = places.Count == 1 ? articles : articles.Where(a => a.Edition == place.Key).ToList();
            return new Edition(place.Key, place.Lang, place.Title, place.Description, place.Prefix, own, GroupTags.Groups(own), Authors(own))
            {
                Archives = DateArchives.Run(own, config, place.Prefix),
            };
        }).ToList();

    /// <summary>Authors by slug, each named as most of their stories spell it.</summary>
    private static IReadOnlyList<AuthorGroup> Authors(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.Authors.Select(author => (Author: author, Article: a)))
            .GroupBy(x => x.Author.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuthorGroup(new Author(g.Key, Spellings.MostFrequent(g.Select(x => x.Author.Name))), g.Select(x => x.Article).ToList()))
            .ToList();
}
