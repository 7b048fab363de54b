using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

/// <summary>When the site next changes without an edit: a held-back story's date comes, or a published story expires.</summary>
public static class Schedule
{
    /// <param name="derived">Every article derived, published or not.</param>
    /// <param name="published">The articles this build publishes.</param>
    public static ScheduledChange? Next(IEnumerable<Article> derived, IReadOnlyList<Article> published, BuildOptions options)
    {
        var coming = derived.Where(a => a.Date > options.Now && (options.Drafts || !a.Draft) && (a.Expires is not { } e || e > a.Date))
            .Select(a => new ScheduledChange(a.Date, a.Page.Document.RelativePath, Publishes: true));
        var going = published.Where(a => a.Expires > options.Now)
            .Select(a => new ScheduledChange(a.Expires!.Value, a.Page.Document.RelativePath, Publishes: false));
        return (options.Future ? going : coming.Concat(going))
            .OrderBy(c => c.When).ThenBy(c => c.File, StringComparer.Ordinal).FirstOrDefault();
    }
}
