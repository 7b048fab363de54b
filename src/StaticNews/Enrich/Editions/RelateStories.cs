using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

/// <summary>
/// Up to four related stories for each article of an edition: the stories sharing its tags, each shared tag
/// weighing by how rare it is (log N / n, as search engines weigh a rare word), then the newest, then by URL, so
/// every build chooses the same. Neither the story itself nor its previous or next story, which the page already
/// shows. Read from each tag's list of stories or its bit per story, never from all pairs of stories.
/// </summary>
public static partial class RelateStories
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
    /// <param name="mostBitTags">How many common tags a story may have for their combinations to be weighed
    /// (<see cref="ChooseByBits"/>); a story with more, or every story with 0, has its tags' lists read. The
    /// choice is the same either way.</param>
    public static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles, int mostBitTags = MostBitTags)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
            foreach (var tag in articles[i].Tags)
            {
                if (!lists.TryGetValue(tag.Slug, out var list)) lists[tag.Slug] = list = [];
                list.Add(i);
            }
        var postings = lists.ToDictionary(p => p.Key, p => Posting.Of(p.Value, articles.Count), StringComparer.Ordinal);
        var stories = new Stories([.. articles.Select(a => a.Date.UtcTicks)], [.. articles.Select(a => a.Url)]);

        var related = new IReadOnlyList<StoryLink>[articles.Count];
        Parallel.For(0, articles.Count, () => new Scores(articles.Count), (i, _, scores) =>
        {
            var top = new TopStories(articles[i], stories, scores);
            var tags = SharedTags.Of(articles[i], postings);
            if (!ChooseByBits(tags, i, stories, scores, top, mostBitTags)) ChooseByLists(tags, i, stories, scores, top);
            related[i] = top.Links(articles);
            scores.Clear(i);
            return scores;
        }, _ => { });
        return articles.Select((article, i) => related[i].Count == 0 && article.Related.Count == 0 ? article : article with { Related = related[i] }).ToList();
    }

    /// <summary>The stories of one tag (indexes, newest first) and what sharing it weighs.</summary>
    /// <param name="Members">For a tag of many stories, a bit per story of the edition: whether it has the tag
    /// (no larger than the list itself: only tags of at least one story in 64 have one).</param>
    private sealed record Posting(int[] Stories, double Weight, ulong[]? Members)
    {
        public static Posting Of(List<int> stories, int total)
        {
            ulong[]? members = null;
            if (stories.Count * 64L >= total)
            {
                members = new ulong[(total + 63) / 64];
                foreach (var story in stories) members[story >> 6] |= 1UL << story;
            }
            return new Posting([.. stories], Math.Log((double)total / stories.Count), members);
        }

        public bool Has(int story) => (Members![story >> 6] & (1UL << story)) != 0;
    }

    /// <summary>What the ranking compares, in arrays: it runs for every pair that shares a tag.</summary>
    private sealed record Stories(long[] Ticks, string[] Urls);

    /// <summary>Reads every list of the story's tags (its commonest through its bits, see AddCommon) and offers each story found.</summary>
    private static void ChooseByLists(SharedTags tags, int self, Stories stories, Scores scores, TopStories top)
    {
        foreach (var posting in tags.Order)
            if (!ReferenceEquals(posting, tags.Commonest))
                foreach (var other in posting.Stories) scores.Add(other, posting.Weight);
        if (tags.Commonest is { } common) AddCommon(common, stories, scores);
        foreach (var other in scores.Touched)
            if (other != self) top.Offer(other);
    }

    /// <summary>
    /// The tags a story shares weight through (a tag every story has relates none), in the order their weights
    /// are added: the story's own, its commonest tag with a bit per story last (AddCommon adds it after the
    /// others). Both readings add in this order, so that equal sums stay equal to the last bit.
    /// </summary>
    private sealed record SharedTags(List<Posting> Order, Posting? Commonest)
    {
        public static SharedTags Of(Article article, Dictionary<string, Posting> postings)
        {
            Posting? common = null;
            foreach (var tag in article.Tags)
                if (postings[tag.Slug] is { Weight: > 0, Members: not null } candidate && (common is null || candidate.Stories.Length > common.Stories.Length))
                    common = candidate;
            var order = new List<Posting>(article.Tags.Count);
            foreach (var tag in article.Tags)
                if (postings[tag.Slug] is { Weight: > 0 } posting && !ReferenceEquals(posting, common)) order.Add(posting);
            if (common is not null) order.Add(common);
            return new SharedTags(order, common);
        }
    }

    /// <summary>
    /// The most common tag's weight, without reading its thousands of stories: a story the rarer tags touched gets
    /// it when the tag's bits say it has the tag; of the stories only this tag shares, which all score its weight
    /// alone and so rank by time, only the newest can be chosen: the first in its list (newest first).
    /// </summary>
    private static void AddCommon(Posting common, Stories stories, Scores scores)
    {
        var touched = scores.Touched.Count;
        for (var k = 0; k < touched; k++)
            if (common.Has(scores.Touched[k])) scores.Add(scores.Touched[k], common.Weight);
        // Four, and the story itself and its previous and next story, which are skipped; and every story as new as
        // the last one taken, since equal times are ranked by URL.
        var wanted = Count + 3;
        var last = long.MinValue;
        foreach (var other in common.Stories)
        {
            if (scores[other] != 0) continue;
            if (wanted <= 0 && stories.Ticks[other] != last) break;
            scores.Add(other, common.Weight);
            last = stories.Ticks[other];
            wanted--;
        }
    }

    /// <summary>
    /// One thread's running sums, and a bit per story for the stories already found (and the story itself);
    /// cleared after each article by the stories it touched.
    /// </summary>
    private sealed class Scores(int size)
    {
        private readonly double[] _sums = new double[size];
        public ulong[] Found { get; } = new ulong[(size + 63) / 64];
        public List<int> Touched { get; } = [];
        public double this[int i] => _sums[i];

        public void Add(int i, double weight)
        {
            ref var sum = ref _sums[i];
            if (sum == 0) Touched.Add(i);
            sum += weight;
        }

        /// <summary>A story's whole score, found once.</summary>
        public void Set(int i, double score)
        {
            if (_sums[i] == 0) Touched.Add(i);
            _sums[i] = score;
        }

        public bool IsFound(int i) => (Found[i >> 6] & (1UL << i)) != 0;

        public void MarkFound(int i) => Found[i >> 6] |= 1UL << i;

        public void Clear(int self)
        {
            foreach (var i in Touched)
            {
                _sums[i] = 0;
                Found[i >> 6] &= ~(1UL << i);
            }
            Found[self >> 6] &= ~(1UL << self);
            Touched.Clear();
        }
    }
}
