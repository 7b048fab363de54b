using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

/// <summary>Proper names as tag suggestions, and the words capitalised only by position or German grammar that are not.</summary>
public sealed class SuggestTagsTests
{
    [Fact]
    public void A_sentence_opening_name_joined_by_and_is_a_name()
    {
        var tags = SuggestTags.Run("Kenya and Tanzania sign agreement", ["Officials in Arusha said the deal was signed."], "en", 6);
        Assert.Contains("Kenya", tags);
        Assert.Contains("Tanzania", tags);
        Assert.Contains("Arusha", tags);
        Assert.DoesNotContain("Officials", tags);
    }

    [Fact]
    public void A_sentence_opening_word_and_an_article_are_not_part_of_the_name()
    {
        var tags = SuggestTags.Run("Acuerdo en Bruselas", ["Además la Comisión Europea aprobó el plan.", "Según la Comisión Europea, el Banco de España lo apoya."], "es", 6);
        Assert.Contains("Comisión Europea", tags);
        Assert.Contains("Banco de España", tags);
        Assert.DoesNotContain(tags, t => t.StartsWith("Además", StringComparison.Ordinal));
    }

    [Fact]
    public void German_nouns_and_sentence_opening_adjectives_are_not_names()
    {
        var tags = SuggestTags.Run("Forscher in Kiel entdecken neue Quallenart",
            ["Die Quallenart lebt in der Ostsee.", "Ähnliche Arten kommen in Dänemark und Schweden vor.", "Die Untersuchung dauerte Monate."], "de", 6);
        Assert.Contains("Kiel", tags);
        Assert.Contains("Dänemark", tags);
        Assert.Contains("Schweden", tags);
        Assert.DoesNotContain("Ähnliche Arten", tags);
        Assert.DoesNotContain("Quallenart", tags);
        Assert.DoesNotContain("Untersuchung", tags);
    }

    [Fact]
    public void A_German_noun_after_a_comma_or_und_is_no_name_by_its_ending()
    {
        var tags = SuggestTags.Run("Minister wirbt in Berlin", ["Der Minister sprach über Forschung, Bildung und Wirtschaft in Berlin."], "de", 6);
        Assert.Contains("Berlin", tags);
        Assert.DoesNotContain("Bildung", tags);
        Assert.DoesNotContain("Wirtschaft", tags);
    }
}
