using System.Globalization;

namespace StaticNews.Enrich;

/// <summary>Expands site.yml's <c>permalink</c> pattern for one article.</summary>
public static class Permalink
{
    /// <summary>The pattern puts the language in the URL itself (<c>/{lang}/{yyyy}/{slug}/</c>): an edition adds no prefix of its own.</summary>
    public static bool PlacesLanguage(string pattern) => pattern.Contains("{lang}", StringComparison.Ordinal);

    /// <param name="localDate">The article's date in the site's time zone: an evening story in Berlin belongs to Berlin's day.</param>
    public static string Expand(string pattern, DateTimeOffset localDate, string slug, string lang) =>
        pattern.Replace("{yyyy}", localDate.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", localDate.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dd}", localDate.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{lang}", Slug.From(lang), StringComparison.Ordinal)
            .Replace("{slug}", slug, StringComparison.Ordinal);
}
