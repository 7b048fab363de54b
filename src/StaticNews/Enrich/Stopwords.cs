using System.Collections.Frozen;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;

namespace StaticNews.Enrich;

/// <summary>
/// The stopword lists of Lucene's analyzers (Snowball's lists for German, Spanish and French), copied once into
/// frozen sets: the function words that tell languages apart and that are never tags.
/// </summary>
public static class Stopwords
{
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        ["de"] = Freeze(GermanAnalyzer.DefaultStopSet),
        ["en"] = Freeze(EnglishAnalyzer.DefaultStopSet),
        ["es"] = Freeze(SpanishAnalyzer.DefaultStopSet),
        ["fr"] = Freeze(FrenchAnalyzer.DefaultStopSet),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="lowercaseWord"/> is a function word in any of the four languages.</summary>
    public static bool IsStopword(string lowercaseWord) => ByLanguage.Values.Any(set => set.Contains(lowercaseWord));

    private static FrozenSet<string> Freeze(IEnumerable<object> words) =>
        words.Select(w => w switch { char[] chars => new string(chars), _ => w.ToString() ?? "" }).ToFrozenSet(StringComparer.Ordinal);
}
