using System.Numerics;
using StaticNews.Model;

namespace StaticNews.Enrich.Editions;

public static partial class RelateStories
{
    /// <summary>
    /// Common tags a story may have for <see cref="ChooseByBits"/>: it weighs each combination of them, and each
    /// time the fourth story's score rises, finds the smallest combinations that reach it.
    /// </summary>
    public const int MostBitTags = 8;

    /// <summary>
    /// Chooses as <see cref="ChooseByLists"/> does without reading the lists of the story's common tags, thousands
    /// of stories each where a small vocabulary of tags falls on every story (dumps' suggested tags). The stories
    /// of its rare tags are scored one by one. All others share only common tags, so their score is the weight of
    /// a combination of those tags: the stories are read 64 at a time from the tags' bits, newest first, and once
    /// four are chosen, only from the combinations that reach the fourth's score.
    /// </summary>
    /// <returns>False, having offered nothing, when the story has more common tags than <paramref name="mostBitTags"/>.</returns>
    private static bool ChooseByBits(SharedTags tags, int self, Stories stories, Scores scores, TopStories top, int mostBitTags)
    {
        var order = tags.Order;
        var bits = order.Where(p => p.Members is not null).Distinct().ToArray();
        if (bits.Length > mostBitTags) return false;
        var weights = Weights(order, bits);

        scores.MarkFound(self);
        foreach (var posting in order.Where(p => p.Members is null))
            foreach (var other in posting.Stories)
                if (!scores.IsFound(other))
                {
                    scores.MarkFound(other);
                    scores.Set(other, Score(other, order));
                    top.Offer(other);
                }

        var reaching = Reaching(weights, top.Threshold);
        for (var word = 0; word < scores.Found.Length && reaching.Count > 0; word++)
        {
            var candidates = 0UL;
            foreach (var combination in reaching) candidates |= All(bits, combination, word);
            for (candidates &= ~scores.Found[word]; candidates != 0; candidates &= candidates - 1)
            {
                var bit = BitOperations.TrailingZeroCount(candidates);
                var combination = 0;
                for (var j = 0; j < bits.Length; j++) combination |= (int)((bits[j].Members![word] >> bit) & 1) << j;
                var story = (word << 6) + bit;
                scores.Set(story, weights[combination]);
                var threshold = top.Threshold;
                if (top.Offer(story) && top.Threshold != threshold) reaching = Reaching(weights, top.Threshold);
            }
        }
        return true;
    }

    /// <summary>The weight of each combination of the common tags (bit j: <paramref name="bits"/>[j]), added in <paramref name="order"/>.</summary>
    private static double[] Weights(List<Posting> order, Posting[] bits)
    {
        var weights = new double[1 << bits.Length];
        foreach (var posting in order)
        {
            var j = Array.IndexOf(bits, posting);
            if (j < 0) continue; // a rare tag: no bit
            var bit = 1 << j;
            for (var combination = bit; combination < weights.Length; combination = (combination + 1) | bit) weights[combination] += posting.Weight;
        }
        return weights;
    }

    /// <summary>
    /// The smallest combinations that reach <paramref name="threshold"/>: a story reaches it exactly when it has
    /// every tag of one of them, since adding a tag never lowers a sum.
    /// </summary>
    private static List<int> Reaching(double[] weights, double threshold)
    {
        var reaching = new List<int>();
        for (var combination = 1; combination < weights.Length; combination++)
        {
            if (weights[combination] < threshold) continue;
            var smallest = true;
            for (var rest = combination; rest != 0 && smallest; rest &= rest - 1)
                smallest = weights[combination & ~(rest & -rest)] < threshold || (combination & ~(rest & -rest)) == 0;
            if (smallest) reaching.Add(combination);
        }
        return reaching;
    }

    /// <summary>The stories of one word of the bits that have every tag of the combination.</summary>
    private static ulong All(Posting[] bits, int combination, int word)
    {
        var all = ~0UL;
        for (var rest = combination; rest != 0; rest &= rest - 1) all &= bits[BitOperations.TrailingZeroCount(rest)].Members![word];
        return all;
    }

    /// <summary>A story's score as ChooseByLists adds it up: the weights of the tags it shares, in <paramref name="order"/>.</summary>
    private static double Score(int story, List<Posting> order)
    {
        var sum = 0.0;
        foreach (var posting in order)
            if (posting.Members is not null ? posting.Has(story) : Array.BinarySearch(posting.Stories, story) >= 0) sum += posting.Weight;
        return sum;
    }
}
