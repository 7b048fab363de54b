using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

public static partial class RelateStories
{
    /// <summary>
    /// The best four stories offered so far, by a running insertion (sorting every story that shares a tag cost
    /// most of a 10,000-article build's enrichment): more shared weight first, then the newer story, then the URL.
    /// Never the story's previous or next story, which its page shows already.
    /// </summary>
    private sealed class TopStories(Article article, Stories stories, Scores scores)
    {
        private readonly int[] _best = new int[Count];

        public int Found { get; private set; }

        /// <summary>The score a story must reach to be taken once four are: equal scores go to the newer story.</summary>
        public double Threshold => Found == Count ? scores[_best[Count - 1]] : double.NegativeInfinity;

        /// <returns>Whether the story was taken.</returns>
        public bool Offer(int story)
        {
            if (Found == Count && !Before(story, _best[Count - 1])) return false;
            var url = stories.Urls[story];
            if (url == article.PreviousStory?.Url || url == article.NextStory?.Url) return false;
            var at = Found < Count ? Found++ : Count - 1;
            while (at > 0 && Before(story, _best[at - 1])) { _best[at] = _best[at - 1]; at--; }
            _best[at] = story;
            return true;
        }

        public StoryLink[] Links(IReadOnlyList<Article> articles)
        {
            var links = new StoryLink[Found];
            for (var k = 0; k < Found; k++) links[k] = new StoryLink(articles[_best[k]].Title, articles[_best[k]].Url) { Date = articles[_best[k]].Date };
            return links;
        }

        private bool Before(int a, int b)
        {
            if (scores[a] != scores[b]) return scores[a] > scores[b];
            if (stories.Ticks[a] != stories.Ticks[b]) return stories.Ticks[a] > stories.Ticks[b];
            return string.CompareOrdinal(stories.Urls[a], stories.Urls[b]) < 0;
        }
    }
}
