using StaticNews.Parse;

namespace StaticNews.Enrich;

/// <summary>
/// Tells German, English, Spanish and French apart by their function words. A word counts for a language in
/// proportion to how few of the four share it: <c>der</c> speaks for German alone, <c>de</c> for both Spanish and French.
/// </summary>
public static class DetectLanguage
{
    /// <summary>Fewer function words than this and the text is too short to judge.</summary>
    private const double MinimumEvidence = 3;

    /// <returns>The detected language (<c>de</c>, <c>en</c>, <c>es</c>, <c>fr</c>), or null when the text does not say.</returns>
    public static string? Run(string text)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in Words.Of(text))
        {
            var lower = word.ToLowerInvariant();
            var sharedBy = 0;
            foreach (var set in Stopwords.ByLanguage.Values) if (set.Contains(lower)) sharedBy++;
            if (sharedBy == 0) continue;
            foreach (var (language, set) in Stopwords.ByLanguage)
                if (set.Contains(lower)) scores[language] = scores.GetValueOrDefault(language) + 1.0 / sharedBy;
        }
        var best = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Value >= MinimumEvidence ? best.Key : null;
    }
}
