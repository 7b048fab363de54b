using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

/// <summary>
/// Up to four related stories for each article of an edition: the stories sharing its tags, each shared tag
/// weighing by how rare it is (log N / n, as search engines weigh a rare word), then the newest, then by URL, so
/// every build chooses the same. Neither the story itself nor its previous or next story, which the page already
/// shows. Read from each tag's list of stories, never from all pairs of stories.
/// </summary>
public static class RelateStories
{
    public const int Count = 4;

    /// <summary>Every article related within its own edition; the order is kept.</summary>
    public static IReadOnlyList<Article> ByEdition(IReadOnlyList<Article> articles)
    {
        var result = articles.ToArray();
        foreach (var edition in Enumerable.Range(0, articles.Count).GroupBy(i => articles[i].Edition, StringComparer.Ordinal))
        {
            var indices = edition.ToList();
            var related = Run(indices.Select(i => articles[i]).ToList());
            for (var k = 0; k < indices.Count; k++) result[indices[k]] = related[k];
        }
        return result;
    }

    /// <param name="articles">One edition's articles, newest first.</param>
    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
            foreach (var tag in articles[i].Tags)
            {
                if (!postings.TryGetValue(tag.Slug, out var list)) postings[tag.Slug] = list = [];
                list.Add(i);
            }
        var weights = postings.ToDictionary(p => p.Key, p => Math.Log((double)articles.Count / p.Value.Count), StringComparer.Ordinal);

        var related = new IReadOnlyList<StoryLink>[articles.Count];
        Parallel.For(0, articles.Count, () => new Scores(articles.Count), (i, _, scores) =>
        {
            related[i] = Choose(articles, i, postings, weights, scores);
            return scores;
        }, _ => { });
        return articles.Select((article, i) => related[i].Count == 0 && article.Related.Count == 0 ? article : article with { Related = related[i] }).ToList();
    }

    private static IReadOnlyList<StoryLink> Choose(IReadOnlyList<Article> articles, int self, Dictionary<string, List<int>> postings,
        Dictionary<string, double> weights, Scores scores)
    {
        var article = articles[self];
        foreach (var tag in article.Tags)
        {
            var weight = weights[tag.Slug];
            if (weight <= 0) continue; // a tag every story has relates none
            foreach (var other in postings[tag.Slug]) scores.Add(other, weight);
        }
        var shown = new[] { article.PreviousStory?.Url, article.NextStory?.Url };
        var best = scores.Touched
            .Where(i => i != self && !shown.Contains(articles[i].Url))
            .OrderByDescending(i => scores[i]).ThenByDescending(i => articles[i].Date).ThenBy(i => articles[i].Url, StringComparer.Ordinal)
            .Take(Count)
            .Select(i => new StoryLink(articles[i].Title, articles[i].Url) { Date = articles[i].Date })
            .ToList();
        scores.Clear();
        return best;
    }

    /// <summary>One thread's running sums, cleared after each article by the stories it touched.</summary>
    private sealed class Scores(int size)
    {
        private readonly double[] _sums = new double[size];
        public List<int> Touched { get; } = [];
        public double this[int i] => _sums[i];

        public void Add(int i, double weight)
        {
            if (_sums[i] == 0) Touched.Add(i);
            _sums[i] += weight;
        }

        public void Clear()
        {
            foreach (var i in Touched) _sums[i] = 0;
            Touched.Clear();
        }
    }
}
