using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>Articles that share a <c>translationKey</c> are one story in several languages: each learns of the others.</summary>
public static class LinkTranslations
{
    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles)
    {
        var groups = articles.Where(a => a.Page.FrontMatter.TranslationKey is not null)
            .GroupBy(a => a.Page.FrontMatter.TranslationKey!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (groups.Count == 0) return articles;
        return articles.Select(article =>
            article.Page.FrontMatter.TranslationKey is { } key && groups.TryGetValue(key, out var group)
                ? article with
                {
                    Translations = group.Where(other => other != article)
                        .Select(other => new Translation(other.Lang, other.Title, other.Url))
                        .OrderBy(t => t.Lang, StringComparer.Ordinal).ThenBy(t => t.Url, StringComparer.Ordinal).ToList(),
                }
                : article).ToList();
    }
}
