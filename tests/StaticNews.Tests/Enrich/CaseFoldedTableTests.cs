using FsCheck;
using FsCheck.Xunit;
using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

/// <summary>The stopword table finds what lowercasing the word and looking it up finds (issue #7).</summary>
public sealed class CaseFoldedTableTests
{
    private static readonly Dictionary<string, string> Words = new[] { "der", "für", "über", "él", "à", "où", "y", "los", "ﬁn", "straße" }
        .ToDictionary(w => w, w => "#" + w, StringComparer.Ordinal);

    private static readonly CaseFoldedTable<string> Table = new(Words);

    [Theory]
    [InlineData("der", "#der")]
    [InlineData("Für", "#für")]
    [InlineData("ÜBER", "#über")]
    [InlineData("Él", "#él")]
    [InlineData("À", "#à")]
    [InlineData("STRAßE", "#straße")]
    public void A_word_is_found_in_any_case(string word, string value) => Assert.Equal(value, Table.Find(word));

    [Theory]
    [InlineData("")]
    [InlineData("de")]
    [InlineData("derr")]
    [InlineData("fur")]
    [InlineData("STRASSE")]
    [InlineData("überhaupt")]
    public void Other_words_are_not(string word) => Assert.Null(Table.Find(word));

    [Property(MaxTest = 3000)]
    public void It_finds_what_the_lowercased_word_finds(NonEmptyArray<byte> picks)
    {
        const string letters = "dDeErRfFüÜbBéÉlLàÀoOùÙyYsStTßaAxİı";
        var word = new string(picks.Get.Take(7).Select(p => letters[p % letters.Length]).ToArray());
        Assert.Equal(Words.GetValueOrDefault(word.ToLowerInvariant()), Table.Find(word));
    }

    [Theory]
    [InlineData("der", true)]
    [InlineData("The", true)]
    [InlineData("LOS", true)]
    [InlineData("Les", true)]
    [InlineData("Bundesregierung", false)]
    [InlineData("Kiel", false)]
    public void Stopwords_of_the_four_languages_are_found_in_any_case(string word, bool stopword) =>
        Assert.Equal(stopword, Stopwords.IsStopword(word));
}
