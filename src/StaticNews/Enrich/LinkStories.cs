using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Enrich;

/// <summary>
/// Turns the source site's <c>PREV</c>/<c>NEXT</c> titles into links between article pages, both ways: when A
/// names B as next, B's previous story is A, unless B names a previous story of its own that the site has.
/// A title that matches no article is kept in the front matter but shows no link; it still counts as the
/// story's own word on its neighbour, so no reverse link replaces it.
/// </summary>
public static class LinkStories
{
    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles)
    {
        var previous = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        var next = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        // Most sites name no neighbours: then no headline is normalized.
        var byTitle = new Dictionary<string, Article>(StringComparer.Ordinal);
        if (articles.Any(a => a.Page.FrontMatter.Prev is not null || a.Page.FrontMatter.Next is not null))
            foreach (var article in articles) byTitle.TryAdd(TitleKey.Normalize(article.Title), article);
        Article? Find(string? title) => title is null ? null : byTitle.GetValueOrDefault(TitleKey.Normalize(title));
        foreach (var article in articles)
        {
            if (Find(article.Page.FrontMatter.Prev) is { } named && named != article) previous[article] = named;
            if (Find(article.Page.FrontMatter.Next) is { } following && following != article) next[article] = following;
        }
        foreach (var (article, following) in next.ToList())
            if (following.Page.FrontMatter.Prev is null) previous.TryAdd(following, article);
        foreach (var (article, preceding) in previous.ToList())
            if (preceding.Page.FrontMatter.Next is null) next.TryAdd(preceding, article);

        return articles.Select(article =>
        {
            var before = previous.TryGetValue(article, out var p) ? new StoryLink(p.Title, p.Url) : null;
            var after = next.TryGetValue(article, out var n) ? new StoryLink(n.Title, n.Url) : null;
            // An article whose links stay as they are is not copied: on most sites, every one.
            return before == article.PreviousStory && after == article.NextStory ? article : article with { PreviousStory = before, NextStory = after };
        }).ToList();
    }
}
