using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    private readonly bool IsWordChar(char c) => IsWordChar(c, rules);

    private readonly bool Joins(char c) => Joins(c, rules);

    /// <summary>A character of a word under these rules: what the enumerator and the counter both read.</summary>
    internal static bool IsWordChar(char c, WordRules rules) => (rules & WordRules.Digits) != 0 ? char.IsLetterOrDigit(c) : char.IsLetter(c);

    /// <summary>A character that joins two words into one under these rules, between word characters.</summary>
    internal static bool Joins(char c, WordRules rules) => c switch
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

    /// <summary>
    /// How many words a text has: the words <see cref="MoveNext"/> reads, counted as the characters that begin one
    /// (a word character after neither a word character nor a joiner that follows one). Every article's reading
    /// time counts its words, and stepping the enumerator over them was a tenth of parsing: eight characters below
    /// U+0100 are classified at once, and only eight that hold one above it are looked at one by one.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, WordRules rules)
    {
        var counter = new WordCounter(rules);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)i);
                if (Vector128.GreaterThanOrEqualAny(block, Vector128.Create((ushort)0x100)))
                    foreach (var c in text.Slice(i, Vector128<ushort>.Count)) counter.Add(c);
                else counter.AddLatin1(block);
            }
        foreach (var c in text[i..]) counter.Add(c);
        return counter.Count;
    }
}

/// <summary>
/// <see cref="WordSpans.Count"/>'s state from one character to the next: whether the last was a word character,
/// and whether it was a joiner right after one (then a word character carries the word on).
/// </summary>
internal struct WordCounter(WordRules rules)
{
    private readonly bool _digits = (rules & WordRules.Digits) != 0;
    private readonly bool _hyphens = (rules & WordRules.InnerHyphens) != 0;
    private readonly bool _apostrophes = (rules & WordRules.InnerApostrophes) != 0;
    private uint _lastWasWord, _lastCarries;

    public int Count { get; private set; }

    public void Add(char c)
    {
        var word = WordSpans.IsWordChar(c, rules);
        if (word && (_lastWasWord | _lastCarries) == 0) Count++;
        (_lastWasWord, _lastCarries) = (word ? 1u : 0, _lastWasWord != 0 && WordSpans.Joins(c, rules) ? 1u : 0);
    }

    /// <summary>
    /// Eight characters below U+0100, as bit masks (bit k is the block's k-th character): <see cref="Add"/>'s rules
    /// for that range, held to them by the tests.
    /// </summary>
    public void AddLatin1(Vector128<ushort> block)
    {
        // Letters: ASCII's two ranges, and Latin-1's (ª µ º, À–Ö, Ø–ö, ø–ÿ); digits: 0–9 alone (² is no digit).
        var letter = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
            | (Vector128.GreaterThanOrEqual(block, Vector128.Create((ushort)0xC0))
               & ~Vector128.Equals(block, Vector128.Create((ushort)0xD7)) & ~Vector128.Equals(block, Vector128.Create((ushort)0xF7)))
            | Vector128.Equals(block, Vector128.Create((ushort)0xAA)) | Vector128.Equals(block, Vector128.Create((ushort)0xB5))
            | Vector128.Equals(block, Vector128.Create((ushort)0xBA));
        var word = _digits ? letter | Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10)) : letter;
        var joiner = (_hyphens ? Vector128.Equals(block, Vector128.Create((ushort)'-')) : Vector128<ushort>.Zero)
            | (_apostrophes ? Vector128.Equals(block, Vector128.Create((ushort)'\'')) : Vector128<ushort>.Zero);
        var words = word.ExtractMostSignificantBits();
        var afterWord = (words << 1) | _lastWasWord;
        var carrying = joiner.ExtractMostSignificantBits() & afterWord;
        Count += BitOperations.PopCount(words & ~afterWord & ~((carrying << 1) | _lastCarries) & 0xFF);
        (_lastWasWord, _lastCarries) = ((words >> 7) & 1, (carrying >> 7) & 1);
    }
}
