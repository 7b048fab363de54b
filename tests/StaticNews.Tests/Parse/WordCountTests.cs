using System.Text;
using FsCheck;
using FsCheck.Xunit;
using StaticNews.Parse;
using StaticNews.Text;

namespace StaticNews.Tests.Parse;

/// <summary>Reading time counts words as the tokenizer reads them, the same words tags and languages are found in.</summary>
public sealed class WordCountTests
{
    [Fact]
    public void A_dash_or_a_bullet_between_spaces_is_no_word()
    {
        var body = new RenderedBody("", ["Der Bundestag – nach langer Debatte – stimmt zu.", "• Baden-Württemberg l'Union"]);
        Assert.Equal(7 + 3, body.WordCount);
    }

    [Theory]
    [InlineData("Mar-a-Lago", WordRules.Words, new[] { "Mar-a-Lago" })]
    [InlineData("l'Union européenne", WordRules.Words, new[] { "l", "Union", "européenne" })]
    [InlineData("l'Union européenne", WordRules.Names, new[] { "l'Union", "européenne" })]
    [InlineData("G20-Gipfel 2024", WordRules.Words, new[] { "G20-Gipfel", "2024" })]
    [InlineData("G20-Gipfel 2024", WordRules.Letters, new[] { "G", "Gipfel" })]
    [InlineData("-Ende- ''", WordRules.Names, new[] { "Ende" })]
    public void Each_use_reads_its_own_words(string text, WordRules rules, string[] words) =>
        Assert.Equal(words, WordSpans.Of(text, rules));

    // Word characters in and beyond Latin-1, the joiners, and what ends a word (a lone surrogate, Latin-1's × and ²).
    private static readonly string[] Pieces =
        ["a", "Z", "7", "é", "ß", "ª", "ÿ", "×", "²", "Ж", "中", "-", "'", "’", " ", ".", "–", "•", "\uD83D", "\n", "_", "Wort ", "Straße "];

    [Property(MaxTest = 3000)]
    public void Count_is_the_number_of_words_the_enumerator_reads(NonEmptyArray<byte> picks)
    {
        var text = new StringBuilder();
        foreach (var pick in picks.Get) text.Append(Pieces[pick % Pieces.Length]);
        foreach (var rules in new[] { WordRules.Letters, WordRules.Words, WordRules.Names, WordRules.InnerApostrophes })
            Assert.Equal(WordSpans.Of(text.ToString(), rules).Count, WordSpans.Count(text.ToString(), rules));
    }

    [Fact]
    public void Every_latin1_character_is_counted_as_the_enumerator_reads_it()
    {
        // Each character between two letters and beside a digit, eight at a time and one by one.
        var text = string.Concat(Enumerable.Range(0, 0x100).Select(c => $"a{(char)c}b 1{(char)c}-{(char)c}'"));
        foreach (var rules in new[] { WordRules.Letters, WordRules.Words, WordRules.Names })
            Assert.Equal(WordSpans.Of(text, rules).Count, WordSpans.Count(text, rules));
    }
}
