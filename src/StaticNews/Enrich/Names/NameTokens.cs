using StaticNews.Text;

namespace StaticNews.Enrich.Names;

/// <summary>A word of running text with what a name finder needs to know of its neighbourhood.</summary>
/// <param name="Text">The paragraph the word is in: most words are only looked at, never needed as a string of their own.</param>
/// <param name="SentenceStart">First word of a sentence, where every language capitalises.</param>
/// <param name="AfterComma">Directly after a comma: the shape of a list of places.</param>
public readonly record struct NameToken(string Text, int Start, int Length, bool SentenceStart, bool AfterComma)
{
    public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);

    public int End => Start + Length;

    public bool IsCapitalised => char.IsUpper(Text[Start]);

    /// <summary>An elided French article or preposition split off its word: <c>l'</c> of <c>l'Union</c>.</summary>
    public bool IsElision => Text[End - 1] is '\'' or '’';

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
        var spans = new WordSpans(paragraph, WordRules.Names);
        for (var end = 0; spans.MoveNext(); end = spans.Start + spans.Length)
        {
            // What lies between the last word and this one says whether a sentence or a list item begins.
            for (var i = end; i < spans.Start; i++)
            {
                var c = paragraph[i];
                if (c is '.' or '!' or '?' or ':' or '«' or '„' or '“' or '"' or '(') sentenceStart = c != '.' || !PrecededByAbbreviation(paragraph, i);
                if (c is ',' or ';') afterComma = true;
            }
            var (start, wordEnd) = (spans.Start, spans.Start + spans.Length);
            var elided = Elision(paragraph, start, wordEnd);
            if (elided > 0)
            {
                // "l'Union", "d'Azur": the article is a word of its own, so that the name is "Union".
                tokens.Add(new NameToken(paragraph, start, elided, sentenceStart, afterComma));
                start += elided;
            }
            tokens.Add(new NameToken(paragraph, start, wordEnd - start - Possessive(paragraph, start, wordEnd), sentenceStart, afterComma));
            sentenceStart = afterComma = false;
        }
        return tokens;
    }

    /// <summary>The length of an elided <c>l'</c>, <c>d'</c> or <c>qu'</c> opening the word, apostrophe included; 0 when none.</summary>
    private static int Elision(string text, int start, int end)
    {
        foreach (var length in (ReadOnlySpan<int>)[1, 2])
            if (start + length + 1 < end && text[start + length] is '\'' or '’' && char.IsLetter(text[start + length + 1])
                && (length == 1 ? "lLdDjJmMnNsStTcC".Contains(text[start]) : text.AsSpan(start, 2) is "qu" or "Qu"))
                return length + 1;
        return 0;
    }

    /// <summary>The length of an English possessive closing the word (<c>Kenya's</c>): 2, or 0 when none.</summary>
    private static int Possessive(string text, int start, int end) =>
        end - start > 3 && text[end - 1] == 's' && text[end - 2] is '\'' or '’' ? 2 : 0;

    // "z. B." or "Nr." do not end a sentence; a single letter or a digit before the dot is the tell.
    private static bool PrecededByAbbreviation(string text, int dot) =>
        dot > 0 && (char.IsDigit(text[dot - 1]) || (dot > 1 && char.IsLetter(text[dot - 1]) && !char.IsLetter(text[dot - 2])));
}
