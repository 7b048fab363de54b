namespace StaticNews.Enrich;

/// <summary>A word of running text with what a name finder needs to know of its neighbourhood.</summary>
/// <param name="Text">The paragraph the word is in: most words are only looked at, never needed as a string of their own.</param>
/// <param name="SentenceStart">First word of a sentence, where every language capitalises.</param>
/// <param name="AfterComma">Directly after a comma: the shape of a list of places.</param>
public readonly record struct NameToken(string Text, int Start, int Length, bool SentenceStart, bool AfterComma)
{
    public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);

    public bool IsCapitalised => char.IsUpper(Text[Start]);

    /// <summary>EU, NATO, ÖBB: all capitals and at least two letters.</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Span)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters >= 2;
        }
    }
}

/// <summary>Splits a paragraph into <see cref="NameToken"/>s.</summary>
public static class NameTokens
{
    /// <param name="tokens">Where the tokens go, emptied first: one list serves a story's paragraphs in turn.</param>
    public static List<NameToken> Of(string paragraph, List<NameToken> tokens)
    {
        tokens.Clear();
        var sentenceStart = true;
        var afterComma = false;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < paragraph.Length && (char.IsLetterOrDigit(paragraph[i])
                       || (paragraph[i] is '-' or '\'' or '’' && i + 1 < paragraph.Length && char.IsLetterOrDigit(paragraph[i + 1])))) i++;
                tokens.Add(new NameToken(paragraph, start, i - start, sentenceStart, afterComma));
                sentenceStart = afterComma = false;
                continue;
            }
            if (c is '.' or '!' or '?' or ':' or '«' or '„' or '“' or '"' or '(' ) sentenceStart = c != '.' || !PrecededByAbbreviation(paragraph, i);
            if (c is ',' or ';') afterComma = true;
            i++;
        }
        return tokens;
    }

    // "z. B." or "Nr." do not end a sentence; a single letter or a digit before the dot is the tell.
    private static bool PrecededByAbbreviation(string text, int dot) =>
        dot > 0 && (char.IsDigit(text[dot - 1]) || (dot > 1 && char.IsLetter(text[dot - 1]) && !char.IsLetter(text[dot - 2])));
}
