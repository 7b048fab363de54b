using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>What article pages and list pages are planned from: their stories, and the time zone that writes their times.</summary>
public sealed partial class Recipe
{
    /// <summary>
    /// A story as its page and its cards are made from it: its <see cref="Article.DerivedHash"/> and what enriching
    /// set on it, hashed once per build (a story shows on a dozen list pages); 0 when its derived hash is unknown.
    /// </summary>
    private Hash128 Story(Article article) => article.DerivedHash == Hash128.None ? Hash128.None : _stories.GetOrAdd(article, static a =>
    {
        var hash = new XxHash128();
        Append(hash, a.DerivedHash);
        AppendEnrichment(hash, a);
        return Hash128.Of(hash);
    });

    private readonly ConcurrentDictionary<Article, Hash128> _stories = new(ReferenceEqualityComparer.Instance);

    /// <summary>A time zone's rules, hashed once per zone and build.</summary>
    private Hash128 Zone(TimeZoneInfo zone) => _zones.GetOrAdd(zone, static z => Hash128.Of(Encoding.UTF8.GetBytes(z.ToSerializedString())));

    private readonly ConcurrentDictionary<TimeZoneInfo, Hash128> _zones = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What enriching set on an article (<see cref="Article.Enrichment"/>), member by member: as JSON it cost more
    /// than the view did. A test changes each member in turn, and the recipe must change with it.
    /// </summary>
    private static void AppendEnrichment(XxHash128 hash, Article article)
    {
        AppendText(hash, article.Url);
        AppendText(hash, article.Edition);
        AppendCount(hash, article.Tags.Count);
        foreach (var tag in article.Tags)
        {
            AppendText(hash, tag.Slug);
            AppendText(hash, tag.Name);
            AppendOptional(hash, tag.Alias);
        }
        AppendLink(hash, article.PreviousStory);
        AppendLink(hash, article.NextStory);
        AppendCount(hash, article.Related.Count);
        foreach (var story in article.Related) AppendLink(hash, story);
        AppendCount(hash, article.Translations.Count);
        foreach (var translation in article.Translations)
        {
            AppendText(hash, translation.Lang);
            AppendText(hash, translation.Title);
            AppendText(hash, translation.Url);
        }
    }

    private static void AppendLink(XxHash128 hash, StoryLink? story)
    {
        AppendCount(hash, story is null ? 0 : 1);
        if (story is null) return;
        AppendText(hash, story.Title);
        AppendText(hash, story.Url);
        AppendCount(hash, story.Date is null ? 0 : 1);
        if (story.Date is { } date) Append(hash, new Hash128((ulong)date.Ticks, (ulong)(long)date.Offset.TotalMinutes));
    }

    private static void AppendCount(XxHash128 hash, int count) => Append(hash, new Hash128(0, (ulong)count));

    private static void AppendOptional(XxHash128 hash, string? text)
    {
        AppendCount(hash, text is null ? 0 : 1);
        AppendText(hash, text ?? "");
    }
}
