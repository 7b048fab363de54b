using System.Collections.Frozen;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;

namespace StaticNews.Enrich;

/// <summary>
/// The stopword lists of Lucene's analyzers (Snowball's lists for German, Spanish and French), copied once into
/// a table: the function words that tell languages apart and that are never tags. Lookups take spans in any case,
/// so scanning a text allocates no strings.
/// </summary>
public static class Stopwords
{
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "es", "fr"];

    /// <summary>Each stopword (lowercase) with, per language of <see cref="Languages"/>, the weight it gives that language:
    /// 1 / the number of languages that share it (<c>der</c> speaks for German alone, <c>de</c> for Spanish and French).</summary>
    private static readonly FrozenDictionary<string, double[]>.AlternateLookup<ReadOnlySpan<char>> Weights =
        BuildWeights().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/>, in any case, is a function word in any of the four languages.</summary>
    public static bool IsStopword(ReadOnlySpan<char> word) => Weights.ContainsKey(word);

    /// <summary>The per-language weights of a word (any case), or null when it is no stopword.</summary>
    public static double[]? WeightsOf(ReadOnlySpan<char> word) => Weights.TryGetValue(word, out var weights) ? weights : null;

    private static Dictionary<string, double[]> BuildWeights()
    {
        IEnumerable<object>[] lists = [GermanAnalyzer.DefaultStopSet, EnglishAnalyzer.DefaultStopSet, SpanishAnalyzer.DefaultStopSet, FrenchAnalyzer.DefaultStopSet];
        var sets = lists.Select(list => list.Select(w => w switch { char[] chars => new string(chars), _ => w.ToString() ?? "" }).ToHashSet(StringComparer.Ordinal)).ToList();
        return sets.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToDictionary(word => word, word =>
        {
            var shared = sets.Count(s => s.Contains(word));
            return sets.Select(s => s.Contains(word) ? 1.0 / shared : 0).ToArray();
        }, StringComparer.Ordinal);
    }
}
