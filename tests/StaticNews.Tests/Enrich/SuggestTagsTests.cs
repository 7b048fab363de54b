using StaticNews.Enrich;
using StaticNews.Enrich.Names;

namespace StaticNews.Tests.Enrich;

/// <summary>
/// Proper names as tag suggestions, and the words capitalised only by position or German grammar that are not; and
/// what the samples do not have: people, inflected German names, French elisions, English possessives, acronyms
/// defined in brackets, and each language's capitalised common nouns.
/// </summary>
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

    private static IReadOnlyList<string> Tags(string language, string title, params string[] paragraphs) =>
        SuggestTags.Run(title, paragraphs, language, 6);

    [Fact]
    public void A_person_is_named_in_full_and_the_surname_alone_counts_for_them()
    {
        var tags = Tags("de", "Scholz reist nach Paris",
            "Bundeskanzler Olaf Scholz ist am Montag zu Gesprächen nach Paris gereist.",
            "Scholz sagte, die Lage sei ernst. Die Regierung will neue Regeln vorlegen.");
        Assert.Contains("Olaf Scholz", tags);
        Assert.Contains("Paris", tags);
        Assert.DoesNotContain("Scholz", tags);
        Assert.DoesNotContain("Montag", tags);
        Assert.DoesNotContain("Lage", tags);
        Assert.DoesNotContain("Regierung", tags);
        Assert.DoesNotContain("Regeln", tags);
    }

    [Theory]
    [InlineData("Warnung des Deutschen Wetterdienstes", "Der Sturm erreichte nach Angaben des Deutschen Wetterdienstes die Küste.", "Deutscher Wetterdienst")]
    [InlineData("Streit mit der Europäischen Union", "Die Staaten der Europäischen Union einigten sich in der Nacht.", "Europäische Union")]
    [InlineData("Fischer am Schwarzen Meer", "Am Schwarzen Meer fehlen die Fische, und das Schwarze Meer wird wärmer.", "Schwarzes Meer")]
    [InlineData("Wachstum Deutschlands", "Die Wirtschaft Deutschlands wuchs nur langsam, meldete das Amt in Wiesbaden.", "Deutschland")]
    [InlineData("Abstimmung des Europäischen Parlaments", "Die Abgeordneten des Europäischen Parlaments stimmten in Straßburg ab.", "Europäisches Parlament")]
    [InlineData("Kritik an der Deutschen Bundesbank", "Die Sprecherin der Deutschen Bundesbank widersprach in Frankfurt.", "Deutsche Bundesbank")]
    [InlineData("Pegel steigen weiter", "Im Westen Nordrhein-Westfalens stiegen die Pegel, in Köln warnte die Feuerwehr.", "Nordrhein-Westfalen")]
    [InlineData("Sprecher des Kremls widerspricht", "Ein Sprecher des Kremls wies die Berichte aus Moskau zurück.", "Kreml")]
    public void A_German_name_is_shown_in_its_nominative(string title, string paragraph, string tag)
    {
        var tags = Tags("de", title, paragraph);
        Assert.Contains(tag, tags);
        Assert.DoesNotContain(tags, t => t != tag && t.Contains(tag.Split(' ')[^1], StringComparison.Ordinal) && t.Contains(' ') == tag.Contains(' '));
    }

    [Fact]
    public void An_acronym_defined_in_brackets_is_one_tag_with_its_name()
    {
        var tags = Tags("de", "Unwetter im Süden",
            "Der Deutsche Wetterdienst (DWD) warnte vor Sturm in Bayern.", "Der DWD rechnet mit Böen.");
        Assert.Single(tags, t => t is "DWD" or "Deutscher Wetterdienst");
        Assert.Contains("Bayern", tags);
    }

    [Fact]
    public void French_elided_articles_are_not_part_of_a_name_and_institutions_keep_their_adjective()
    {
        var tags = Tags("fr", "Accord à Bruxelles",
            "Le Parlement européen a voté jeudi à Strasbourg. Selon l'Union européenne, le Gouvernement devra agir.",
            "L'Union européenne et le Parlement européen saluent l'accord. Le Gouvernement se tait.");
        Assert.Contains("Parlement européen", tags);
        Assert.Contains("Union européenne", tags);
        Assert.Contains("Strasbourg", tags);
        Assert.DoesNotContain("Gouvernement", tags);
        Assert.DoesNotContain(tags, t => t.StartsWith("l'", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_English_possessive_is_the_name_itself()
    {
        var tags = Tags("en", "Kenya's central bank raises rates", "Kenya's inflation rose, the Central Bank of Kenya said in Nairobi on Tuesday.");
        Assert.Contains("Kenya", tags);
        Assert.Contains("Central Bank of Kenya", tags);
        Assert.Contains("Nairobi", tags);
        Assert.DoesNotContain("Kenya's", tags);
        Assert.DoesNotContain("Tuesday", tags);
    }

    [Fact]
    public void A_Spanish_institution_noun_with_its_article_is_no_name()
    {
        var tags = Tags("es", "El Gobierno aprueba el plan",
            "El Gobierno aprobó el martes en Madrid el plan del Ministerio de Hacienda. Según el Gobierno, la Comisión Europea lo apoya.");
        Assert.Contains("Madrid", tags);
        Assert.Contains("Ministerio de Hacienda", tags);
        Assert.Contains("Comisión Europea", tags);
        Assert.DoesNotContain("Gobierno", tags);
    }

    [Fact]
    public void A_German_town_that_is_also_a_noun_is_a_name_only_where_a_place_would_stand()
    {
        var noun = Tags("de", "Die Lage bleibt ernst", "Die Lage am Markt bleibt ernst, sagte ein Sprecher. Das Essen wurde teurer.");
        Assert.DoesNotContain("Lage", noun);
        Assert.DoesNotContain("Essen", noun);
        var town = Tags("de", "Streik in Essen", "In Essen und Dortmund standen die Busse still.");
        Assert.Contains("Essen", town);
        Assert.Contains("Dortmund", town);
    }

    [Fact]
    public void A_German_institution_of_a_place_is_a_name_and_so_is_its_place()
    {
        var tags = Tags("de", "Stadtwerke Kiel erhöhen die Strompreise",
            "Die Verbraucherzentrale Schleswig-Holstein rät Kunden, Angebote zu vergleichen. Auch in Lübeck steigen die Preise.",
            "Wirtschaftsminister Claus Ruhe Madsen sprach von einer schwierigen Lage. Die Gewerkschaft Verdi kritisierte die Erhöhung.");
        Assert.Contains("Stadtwerke Kiel", tags);
        Assert.Contains("Kiel", tags);
        Assert.Contains("Verbraucherzentrale Schleswig-Holstein", tags);
        Assert.Contains("Claus Ruhe Madsen", tags);
        Assert.DoesNotContain("Strompreise", tags);
        Assert.DoesNotContain("Lage", tags);
    }

    [Fact]
    public void A_headline_repeated_as_the_lead_counts_once()
    {
        const string title = "Hochwasser an der Donau: Passau ruft Katastrophenfall aus";
        var tags = Tags("de", title, title + ", nachdem der Pegel gestiegen ist.", "Auch in Regensburg wurden Uferwege gesperrt.");
        Assert.Contains("Passau", tags);
        Assert.Contains("Donau", tags);
        Assert.DoesNotContain("Katastrophenfall", tags);
        Assert.DoesNotContain("Hochwasser", tags);
    }
}
