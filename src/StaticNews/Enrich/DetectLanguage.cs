using StaticNews.Text;

namespace StaticNews.Enrich;

/// <summary>
/// Tells German, English, Spanish and French apart by their function words, each weighted by how few of the
/// four languages share it. The first few hundred words settle it; reading a whole long story adds nothing.
/// </summary>
public static class DetectLanguage
{
    /// <summary>Fewer function words than this and the text is too short to judge.</summary>
    private const double MinimumEvidence = 3;
    private const int SampleLength = 3000;

    /// <summary>A story's language from its headline and its paragraphs, one after another, up to the sample's length.</summary>
    /// <returns>The detected language (<c>de</c>, <c>en</c>, <c>es</c>, <c>fr</c>), or null when the text does not say.</returns>
    public static string? Run(string title, IReadOnlyList<string> paragraphs)
    {
        Span<double> scores = stackalloc double[Stopwords.Languages.Count];
        var left = Score(title, SampleLength, scores);
        // Read where they lie, as if joined by line breaks: a sample string would copy the text for nothing.
        for (var i = 0; i < paragraphs.Count && left > 0; i++) left = Score(paragraphs[i], left - 1, scores);
        return Verdict(scores);
    }

    /// <summary>Adds the weights of the function words in the first <paramref name="length"/> characters of a text.</summary>
    /// <returns>How many characters of the sample are left after this text.</returns>
    private static int Score(string text, int length, Span<double> scores)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, length));
        foreach (var word in new WordSpans(sample, WordRules.Letters))
            if (Stopwords.WeightsOf(word) is { } weights)
                for (var language = 0; language < scores.Length; language++) scores[language] += weights[language];
        return length - sample.Length;
    }

    private static string? Verdict(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var language = 1; language < scores.Length; language++) if (scores[language] > scores[best]) best = language;
        return scores[best] >= MinimumEvidence ? Stopwords.Languages[best] : null;
    }
}
