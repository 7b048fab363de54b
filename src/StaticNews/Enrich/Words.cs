namespace StaticNews.Enrich;

/// <summary>Splits text into words: letters and digits, with inner hyphens and apostrophes kept (<c>Mar-a-Lago</c>, <c>d'ici</c> splits at the apostrophe).</summary>
public static class Words
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
