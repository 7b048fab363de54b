using System.Text;

namespace StaticNews.Parse;

/// <summary>
/// Puts back the space scrapers lose after a closing quotation mark (<c>“solide”da</c>, <c>„…“sagte</c>,
/// <c>« … »mais</c>). Which mark closes depends on which opened: “ closes „ in German but opens in English,
/// so the marks are matched as pairs rather than looked up one by one.
/// </summary>
public static class QuoteSpacing
{
    /// <summary>The mark that closes a quotation this one opens; '\0' when it opens none.</summary>
    private static char CloserOf(char c) => c switch
    {
        '„' => '“', '“' => '”', '«' => '»', '»' => '«', '‚' => '‘', '‹' => '›', _ => '\0',
    };

    // Every mark that opens or closes: only these change what is open, so the text between them is skipped whole.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("„“”«»‚‘‹›");

    public static string Fix(string paragraph)
    {
        if (paragraph.AsSpan().IndexOfAny("“”»«‘›") < 0) return paragraph;
        var open = new Stack<char>();
        StringBuilder? fixedText = null;
        var copied = 0;
        for (var i = NextMark(paragraph, 0); i >= 0; i = NextMark(paragraph, i + 1))
        {
            var c = paragraph[i];
            if (open.TryPeek(out var expected) && (c == expected || IsAlternateCloser(c, expected)))
            {
                open.Pop();
                if (i + 1 < paragraph.Length && char.IsLetterOrDigit(paragraph[i + 1]))
                {
                    fixedText ??= new StringBuilder(paragraph.Length + 8);
                    fixedText.Append(paragraph, copied, i + 1 - copied).Append(' ');
                    copied = i + 1;
                }
            }
            else if (CloserOf(c) is var closer and not '\0') open.Push(closer);
        }
        return fixedText?.Append(paragraph, copied, paragraph.Length - copied).ToString() ?? paragraph;
    }

    private static int NextMark(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(Marks);
        return next < 0 ? -1 : from + next;
    }

    // „…” is common in Polish-influenced and careless German typography; accept it as a close too.
    private static bool IsAlternateCloser(char c, char expected) => expected == '“' && c == '”';
}
