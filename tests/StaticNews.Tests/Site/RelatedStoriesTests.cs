using StaticNews.Enrich.Editions;
using StaticNews.Model;

namespace StaticNews.Tests.Site;

/// <summary>
/// The related stories, chosen from the tag postings with shortcuts (common tags read through their bits, 64
/// stories at a time, and only where a story could still be chosen; a running top four), are exactly those a
/// plain ranking of every pair of stories chooses.
/// </summary>
public sealed class RelatedStoriesTests : IDisposable
{
    private readonly TestSite _site = new();

    [Theory]
    [InlineData(1, 40, 1)]
    [InlineData(2, 40, 1)]
    [InlineData(3, 40, 1)]
    // As suggested tags fall on dumps: a few common tags, several on every story.
    [InlineData(4, 9, 3)]
    [InlineData(5, 9, 3)]
    // A long tail: most tags on fewer stories than a bit per story pays for, read from their lists.
    [InlineData(10, 400, 1)]
    [InlineData(11, 150, 2)]
    public void The_choice_equals_a_ranking_of_every_pair(int seed, int tagRoot, int fewestTags)
    {
        var articles = Stories(seed, 400, tagRoot, fewestTags, tagSpread: 4, hours: 150, nameNext: true);
        Assert.Equal(400, articles.Count);
        Assert.Contains(articles, a => a.Related.Count == 4);
        foreach (var article in articles)
            Assert.True(Reference(articles, article).SequenceEqual(article.Related.Select(r => r.Url)), $"{article.Title}: {string.Join(", ", article.Related.Select(r => r.Url))}");
    }

    // Many tags on every story, few stories to a tag: combinations of common tags weighed, or every list read, or
    // both (a story with more common tags than the limit has its lists read), the choice is the same. (The
    // ranking of every pair above adds weights in another order, and sums of as many tags tie differently.)
    [Theory]
    [InlineData(7, 30, 2)]
    [InlineData(8, 12, 6)]
    [InlineData(9, 60, 10)]
    [InlineData(12, 300, 4)]
    public void Weighing_combinations_of_common_tags_chooses_as_reading_their_lists(int seed, int tagRoot, int fewestTags)
    {
        var articles = Stories(seed, 300, tagRoot, fewestTags, tagSpread: 8, hours: 100, nameNext: false);
        static string[][] Related(IReadOnlyList<Article> related) => [.. related.Select(a => a.Related.Select(r => r.Url).ToArray())];
        var lists = Related(RelateStories.Run(articles, mostBitTags: 0));
        Assert.Contains(lists, r => r.Length == 4);
        foreach (var limit in new[] { 4, RelateStories.MostBitTags, 14 })
            Assert.Equal(lists, Related(RelateStories.Run(articles, limit)));
    }

    /// <summary>
    /// A site of stories with random tags, a few tags on most and many on few (tag k²/8 for a random k below
    /// <paramref name="tagRoot"/>), times on the hour so that many stories share one; one in ten names a next story.
    /// </summary>
    private IReadOnlyList<Article> Stories(int seed, int count, int tagRoot, int fewestTags, int tagSpread, int hours, bool nameNext)
    {
        var random = new Random(seed);
        _site.Add("site.yml", "title: Z\nlanguage: de\nbaseUrl: https://example.org/\n");
        for (var i = 0; i < count; i++)
        {
            var tags = Enumerable.Range(0, random.Next(fewestTags, fewestTags + tagSpread)).Select(_ => $"T{(int)Math.Pow(random.Next(1, tagRoot), 2) / 8}").Distinct();
            var date = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, hours));
            var extra = nameNext && random.Next(10) == 0 ? $"next: Geschichte {random.Next(count)}\n" : "";
            _site.Add($"s{i:000}.md", $"---\ntitle: Geschichte {i}\ndate: {date:yyyy-MM-ddTHH:mm:ssZ}\ntags: [{string.Join(", ", tags)}]\n{extra}---\nText.\n");
        }
        return SiteBuilder.Model(_site.Options, []).Site.Articles;
    }

    /// <summary>Every other story scored by the weights of the tags it shares, best four first.</summary>
    private static IEnumerable<string> Reference(IReadOnlyList<Article> articles, Article article)
    {
        var counts = articles.SelectMany(a => a.Tags).GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.Count());
        double Weight(Tag tag) => Math.Log((double)articles.Count / counts[tag.Slug]);
        return articles
            .Where(other => other != article && other.Url != article.PreviousStory?.Url && other.Url != article.NextStory?.Url)
            .Select(other => (other, Score: article.Tags.Where(t => Weight(t) > 0 && other.Tags.Any(o => o.Slug == t.Slug)).Sum(Weight)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.other.Date.UtcTicks).ThenBy(s => s.other.Url, StringComparer.Ordinal)
            .Take(4).Select(s => s.other.Url);
    }

    public void Dispose() => _site.Dispose();
}
