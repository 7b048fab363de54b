using StaticNews.Model;

namespace StaticNews.Tests.Site;

/// <summary>
/// The related stories, chosen from the tag postings with shortcuts (a running top four, the most common tag read
/// through its bits), are exactly those a plain ranking of every pair of stories chooses.
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
    public void The_choice_equals_a_ranking_of_every_pair(int seed, int tagRoot, int fewestTags)
    {
        var random = new Random(seed);
        _site.Add("site.yml", "title: Z\nlanguage: de\nbaseUrl: https://example.org/\n");
        for (var i = 0; i < 400; i++)
        {
            // A few tags on most stories, many on few; times on the hour, so many stories share one.
            var tags = Enumerable.Range(0, random.Next(fewestTags, fewestTags + 4)).Select(_ => $"T{(int)Math.Pow(random.Next(1, tagRoot), 2) / 8}").Distinct();
            var date = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 150));
            var extra = random.Next(10) == 0 ? $"next: Geschichte {random.Next(400)}\n" : "";
            _site.Add($"s{i:000}.md", $"---\ntitle: Geschichte {i}\ndate: {date:yyyy-MM-ddTHH:mm:ssZ}\ntags: [{string.Join(", ", tags)}]\n{extra}---\nText.\n");
        }
        var articles = SiteBuilder.Model(_site.Options, []).Site.Articles;
        Assert.Equal(400, articles.Count);
        Assert.Contains(articles, a => a.Related.Count == 4);
        foreach (var article in articles)
            Assert.True(Reference(articles, article).SequenceEqual(article.Related.Select(r => r.Url)), $"{article.Title}: {string.Join(", ", article.Related.Select(r => r.Url))}");
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
