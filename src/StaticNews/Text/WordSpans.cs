namespace StaticNews.Text;

/// <summary>What makes a word for one use of the tokenizer (<see cref="WordSpans"/>).</summary>
[Flags]
public enum WordRules
{
    /// <summary>Runs of letters alone: the function words that tell languages apart.</summary>
    Letters = 0,
    /// <summary>Digits are word characters too (<c>G20</c>, <c>2024</c>).</summary>
    Digits = 1,
    /// <summary>A hyphen between word characters joins them: <c>Mar-a-Lago</c>, <c>Baden-Württemberg</c>.</summary>
    InnerHyphens = 2,
    /// <summary>An apostrophe between word characters joins them (<c>l'Union</c>, <c>Kenya's</c>), for a reader that splits them with more care.</summary>
    InnerApostrophes = 4,
    /// <summary>Words of running text: what is counted for reading time and matched against tags.</summary>
    Words = Digits | InnerHyphens,
    /// <summary>What the name finder reads: words with their elisions and possessives still on.</summary>
    Names = Digits | InnerHyphens | InnerApostrophes,
}

/// <summary>
/// The one tokenizer: the words of a text as positions, so that reading a word cuts no string out of it. Language
/// detection, the name finder, taxonomy matching, tag keys and word counts all read words through it, each with
/// its <see cref="WordRules"/>.
/// </summary>
public ref struct WordSpans(ReadOnlySpan<char> text, WordRules rules)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    /// <summary>Where the current word starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>How long the current word is.</summary>
    public int Length { get; private set; }

    /// <summary>The current word.</summary>
    public readonly ReadOnlySpan<char> Current => _text.Slice(Start, Length);

    public readonly WordSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !IsWordChar(_text[i])) i++;
        if (i == _text.Length) return false;
        var start = i;
        while (i < _text.Length && (IsWordChar(_text[i]) || (Joins(_text[i]) && i + 1 < _text.Length && IsWordChar(_text[i + 1])))) i++;
        (Start, Length, _next) = (start, i - start, i);
        return true;
    }

    private readonly bool IsWordChar(char c) => (rules & WordRules.Digits) != 0 ? char.IsLetterOrDigit(c) : char.IsLetter(c);

    private readonly bool Joins(char c) => c switch
    {
        '-' => (rules & WordRules.InnerHyphens) != 0,
        '\'' or '’' => (rules & WordRules.InnerApostrophes) != 0,
        _ => false,
    };

    /// <summary>The words of a text as strings, for the few uses that keep them (tag phrases, tag keys).</summary>
    public static List<string> Of(string text, WordRules rules)
    {
        var words = new List<string>();
        var spans = new WordSpans(text, rules);
        while (spans.MoveNext()) words.Add(text.Substring(spans.Start, spans.Length));
        return words;
    }

    /// <summary>How many words a text has.</summary>
    public static int Count(ReadOnlySpan<char> text, WordRules rules)
    {
        var count = 0;
        foreach (var _ in new WordSpans(text, rules)) count++;
        return count;
    }
}
