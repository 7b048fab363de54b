using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

/// <summary>The function words of the four languages, looked up by a word of running text in any case.</summary>
public sealed class StopwordsTests
{
    [Theory]
    [InlineData("der", true)]
    [InlineData("The", true)]
    [InlineData("LOS", true)]
    [InlineData("Les", true)]
    [InlineData("ÜBER", true)]
    [InlineData("Für", true)]
    [InlineData("Él", true)]
    [InlineData("À", true)]
    [InlineData("", false)]
    [InlineData("derr", false)]
    [InlineData("fur", false)]
    [InlineData("überhaupt", false)]
    [InlineData("Bundesregierung", false)]
    [InlineData("Kiel", false)]
    public void Stopwords_of_the_four_languages_are_found_in_any_case(string word, bool stopword) =>
        Assert.Equal(stopword, Stopwords.IsStopword(word));

    [Fact]
    public void A_word_speaks_for_the_languages_that_have_it()
    {
        Assert.Equal([1.0, 0, 0, 0], Stopwords.WeightsOf("DER")!);
        Assert.Equal([0, 0, 0.5, 0.5], Stopwords.WeightsOf("de")!);
        Assert.Null(Stopwords.WeightsOf("Zeitung"));
    }
}
