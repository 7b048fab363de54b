using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Enrich.Editions;

/// <summary>
/// Splits a site whose stories are in several languages into editions, one per primary language: the site's own
/// language stays at the root, every other edition moves under <c>/{lang}/</c>, its article URLs included (as
/// Hugo and Astro place a language). A site in one language stays as it is.
/// </summary>
public static class AssignEditions
{
    /// <summary>The editions' names and places, and the articles with their edition (and URL) set.</summary>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<EditionPlace> Editions) Run(IReadOnlyList<Article> articles, SiteConfig config)
    {
        var root = LanguageTag.Primary(config.Language);
        var listed = config.Editions.Select(e => e.Lang).ToHashSet(StringComparer.Ordinal);
        var languages = articles.Select(a => LanguageTag.Primary(a.Lang))
            .Where(lang => lang != root && (listed.Count == 0 || listed.Contains(lang)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // One language among the stories, whichever it is: one edition, at the root, as before editions existed.
        var single = articles.Select(a => LanguageTag.Primary(a.Lang)).Distinct(StringComparer.Ordinal).Count() <= 1;
        var rootPlace = Place(config, config.Language, root, "");
        if (single || languages.Count == 0) return (articles.Select(a => a with { Edition = root }).ToList(), [rootPlace]);

        var places = languages.Select(lang => Place(config, lang, lang, "/" + lang)).Prepend(rootPlace).ToList();
        var prefixed = !Permalink.PlacesLanguage(config.Permalink);
        var editions = languages.ToHashSet(StringComparer.Ordinal);
        return (articles.Select(article =>
        {
            var lang = LanguageTag.Primary(article.Lang);
            if (!editions.Contains(lang)) return article with { Edition = root };
            var url = prefixed ? config.BasePath + "/" + lang + article.Url[config.BasePath.Length..] : article.Url;
            return article with { Edition = lang, Url = url };
        }).ToList(), places);
    }

    private static EditionPlace Place(SiteConfig config, string lang, string key, string prefix)
    {
        var settings = config.Editions.FirstOrDefault(e => e.Lang == key);
        return new EditionPlace(key, lang, settings?.Title ?? config.Title, settings?.Description ?? config.Description, prefix);
    }
}

/// <summary>An edition before its stories are grouped: which language, what it is called, where it lives.</summary>
/// <param name="Key">The primary language, what <see cref="Article.Edition"/> holds.</param>
/// <param name="Lang">The language tag its pages carry: the site's full tag at the root.</param>
public sealed record EditionPlace(string Key, string Lang, string Title, string Description, string Prefix);
