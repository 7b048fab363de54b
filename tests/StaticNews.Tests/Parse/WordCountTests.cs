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
}
