namespace StaticNews.Enrich;

/// <summary>How a name that is written several ways is shown: as most of its mentions write it.</summary>
public static class Spellings
{
    /// <returns>The most frequent spelling; on a tie the first in ordinal order, so every build shows the same.</returns>
    public static string MostFrequent(IEnumerable<string> spellings) =>
        MostFrequent(spellings.CountBy(s => s, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));

    /// <param name="counts">Each spelling with how often it is written.</param>
    /// <returns>The most frequent spelling; on a tie the first in ordinal order, so every build shows the same.</returns>
    public static string MostFrequent(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
}
