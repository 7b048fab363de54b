using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

/// <summary>
/// A page behind every date in an article's URL: each prefix of the permalink pattern that ends in a date
/// (<c>/{yyyy}/</c>, <c>/{yyyy}/{MM}/</c>, <c>/{yyyy}/{MM}/{dd}/</c>) is an archive level, with a period page for every
/// year, month or day that has stories. Follows whatever date segments the pattern has.
/// </summary>
public static class DateArchives
{
    /// <summary>The pattern's archive levels, coarsest first: a prefix of whole segments, before <c>{slug}</c>, that holds a date.</summary>
    public static IReadOnlyList<(ArchiveUnit Unit, string Pattern)> Levels(string permalink)
    {
        var segments = permalink.Trim('/').Split('/');
        var levels = new List<(ArchiveUnit, string)>();
        for (var count = 1; count < segments.Length && !segments[count - 1].Contains("{slug}", StringComparison.Ordinal); count++)
        {
            var pattern = "/" + string.Join('/', segments[..count]) + "/";
            if (UnitOf(pattern) is { } unit) levels.Add((unit, pattern));
        }
        return levels;
    }

    /// <param name="articles">The edition's articles, newest first.</param>
    /// <param name="prefix">Where the edition lives, after the base path (<c>/en</c>); empty at the root.</param>
    public static IReadOnlyList<ArchiveLevel> Run(IReadOnlyList<Article> articles, SiteConfig config, string prefix)
    {
        if (Permalink.PlacesLanguage(config.Permalink)) prefix = "";
        // Each story's local time once, and each period's URL once: not for every story at every level.
        var local = articles.Select(a => TimeZoneInfo.ConvertTime(a.Date, config.TimeZone)).ToArray();
        return Levels(config.Permalink).Select(level =>
        {
            var periods = new Dictionary<(DateTime Start, string Url), List<Article>>();
            var urls = new Dictionary<(DateTime Start, string Lang), string>();
            for (var i = 0; i < articles.Count; i++)
            {
                var start = Start(level.Unit, local[i]);
                if (!urls.TryGetValue((start, articles[i].Lang), out var url))
                    // The same expansion as the article's own URL, so an archive is exactly a prefix of it.
                    urls[(start, articles[i].Lang)] = url = config.BasePath + prefix + Permalink.Expand(level.Pattern, local[i], "", articles[i].Lang);
                if (!periods.TryGetValue((start, url), out var stories)) periods[(start, url)] = stories = [];
                stories.Add(articles[i]);
            }
            return new ArchiveLevel(level.Unit, periods.Select(p => new ArchivePeriod(p.Key.Start, p.Key.Url, p.Value))
                .OrderBy(p => p.Start).ThenBy(p => p.Url, StringComparer.Ordinal).ToList());
        }).ToList();
    }

    private static DateTime Start(ArchiveUnit unit, DateTimeOffset local) => unit switch
    {
        ArchiveUnit.Year => new DateTime(local.Year, 1, 1),
        ArchiveUnit.Month => new DateTime(local.Year, local.Month, 1),
        _ => local.Date,
    };

    private static ArchiveUnit? UnitOf(string pattern) =>
        pattern.Contains("{dd}", StringComparison.Ordinal) ? ArchiveUnit.Day
        : pattern.Contains("{MM}", StringComparison.Ordinal) ? ArchiveUnit.Month
        : pattern.Contains("{yyyy}", StringComparison.Ordinal) ? ArchiveUnit.Year
        : null;
}
