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

    /// <summary>A story's language from its headline and as many paragraphs as the sample takes.</summary>
    public static string? Run(string title, IReadOnlyList<string> paragraphs)
    {
        var sample = new System.Text.StringBuilder(title, SampleLength + 256);
        foreach (var paragraph in paragraphs)
        {
            if (sample.Length >= SampleLength) break;
            sample.Append('\n').Append(paragraph);
        }
        return Run(sample.ToString());
    }

    /// <returns>The detected language (<c>de</c>, <c>en</c>, <c>es</c>, <c>fr</c>), or null when the text does not say.</returns>
    public static string? Run(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<double> scores = stackalloc double[Stopwords.Languages.Count];
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            if (i < sample.Length && char.IsLetter(sample[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            if (Stopwords.WeightsOf(sample[start..i]) is { } weights)
                for (var language = 0; language < scores.Length; language++) scores[language] += weights[language];
            start = -1;
        }
        var best = 0;
        for (var language = 1; language < scores.Length; language++) if (scores[language] > scores[best]) best = language;
        return scores[best] >= MinimumEvidence ? Stopwords.Languages[best] : null;
    }
}
