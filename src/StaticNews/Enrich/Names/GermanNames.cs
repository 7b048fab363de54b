namespace StaticNews.Enrich.Names;

/// <summary>
/// A German name of an adjective and a noun in the form a tag shows it, the nominative without an article:
/// <c>der Europäischen Union</c> → <c>Europäische Union</c>, <c>des Deutschen Wetterdienstes</c> → <c>Deutscher
/// Wetterdienst</c>, <c>das Schwarze Meer</c> → <c>Schwarzes Meer</c>. Without an article the adjective's ending
/// follows the noun's gender, which the articles the text puts before the name tell (and, failing them, the noun's
/// ending: <c>-ung</c> and <c>-bank</c> are feminine, <c>-amt</c> neuter, <c>-dienst</c> masculine).
/// </summary>
public static class GermanNames
{
    private enum Gender { Masculine, Feminine, Neuter }

    private static readonly string[] FeminineEndings =
    [
        "ung", "heit", "keit", "schaft", "ion", "tät", "ie", "bank", "bahn", "kammer", "agentur", "partei", "regierung",
        "behörde", "polizei", "gesellschaft", "stiftung", "akademie", "universität", "hochschule", "bucht", "see", "insel",
        "gruppe", "union", "kommission", "liga", "börse",
    ];
    private static readonly string[] NeuterEndings = ["amt", "ministerium", "institut", "gericht", "meer", "werk", "parlament", "kreuz", "zentrum", "museum", "land", "haus"];
    private static readonly string[] MasculineEndings = ["dienst", "rat", "verband", "bund", "konzern", "hof", "verein", "fonds", "ausschuss", "senat", "hafen", "wald", "berg", "fluss", "tag"];

    /// <summary>An inflected adjective that can open a name: <c>Deutsche</c>, <c>Europäischen</c>, <c>Schwarzes</c>, <c>Kieler</c>.</summary>
    public static bool IsAdjective(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsUpper(word[0]) && (word.EndsWith("e", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("em", StringComparison.Ordinal));

    /// <summary>An adjective made from a place or a people (<c>Deutsche</c>, <c>Europäischen</c>, <c>Kieler</c>): the first word of a name, not of a noun phrase.</summary>
    public static bool IsPlaceAdjective(ReadOnlySpan<char> word) =>
        IsAdjective(word) && (Stem(word).EndsWith("sch", StringComparison.Ordinal) || IsTownAdjective(word));

    /// <summary><c>Kieler</c>, <c>Frankfurter</c>: a town's name and <c>-er</c>, the same in every case.</summary>
    private static bool IsTownAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("er", StringComparison.Ordinal) && Gazetteer.Place(word[..^2]) != PlaceKind.None;

    /// <summary>The adjective without its ending: <c>Europäischen</c> → <c>Europäisch</c>.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> adjective)
    {
        foreach (var ending in (ReadOnlySpan<string>)["en", "er", "es", "em", "e"])
            if (adjective.EndsWith(ending, StringComparison.Ordinal)) return adjective[..^ending.Length];
        return adjective;
    }

    /// <summary>The noun without a genitive ending, when the article says it is one: <c>Wetterdienstes</c> → <c>Wetterdienst</c>.</summary>
    public static string NounStem(string noun) =>
        noun.Length > 6 && noun.EndsWith("es", StringComparison.Ordinal) && !noun.EndsWith("ses", StringComparison.Ordinal) ? noun[..^2]
        : noun.Length > 5 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !IsFeminine(noun[..^1]) ? noun[..^1] : noun;

    /// <param name="mentions">Each mention's words as written and the article before it, if any; the first one's words are
    /// declined.</param>
    public static string Nominative(IReadOnlyList<(string Adjective, string Noun, string? Article)> mentions)
    {
        var adjective = mentions[0].Adjective;
        // The noun's ending speaks for its gender in the nominative: "Parlament", not the genitive "Parlaments".
        var noun = NominativeNoun(mentions);
        if (IsTownAdjective(adjective)) return $"{adjective} {noun}";
        var votes = new double[3];
        var prior = IsFeminine(noun) ? Gender.Feminine : Ends(noun, NeuterEndings) ? Gender.Neuter : Ends(noun, MasculineEndings) ? Gender.Masculine : (Gender?)null;
        if (prior is { } known) votes[(int)known] += 0.75;
        foreach (var (written, _, article) in mentions) Vote(votes, written, article?.ToLowerInvariant());
        var gender = (Gender)Array.IndexOf(votes, votes.Max());
        var ending = gender switch { Gender.Masculine => "er", Gender.Neuter => "es", _ => "e" };
        return $"{Stem(adjective)}{ending} {noun}";
    }

    /// <summary>The noun as the shortest of its written forms, with a genitive <c>-(e)s</c> dropped after <c>des</c>.</summary>
    private static string NominativeNoun(IEnumerable<(string Adjective, string Noun, string? Article)> mentions) =>
        mentions.Select(m => m.Article is "des" or "eines" ? NounStem(m.Noun) : m.Noun).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First();

    private static void Vote(double[] votes, string adjective, string? article)
    {
        switch (article)
        {
            case "das": votes[(int)Gender.Neuter]++; break;
            case "die" or "eine" or "einer": votes[(int)Gender.Feminine]++; break;
            case "den" or "einen": votes[(int)Gender.Masculine]++; break;
            case "dem" or "des" or "einem" or "eines": votes[(int)Gender.Masculine] += 0.5; votes[(int)Gender.Neuter] += 0.5; break;
            // "der Deutsche Wetterdienst" is a masculine nominative, "der Europäischen Union" a feminine genitive or dative.
            case "der": votes[(int)(adjective.EndsWith('e') ? Gender.Masculine : Gender.Feminine)]++; break;
            case "ein": votes[(int)(adjective.EndsWith("es", StringComparison.Ordinal) ? Gender.Neuter : Gender.Masculine)]++; break;
            case null:
                if (adjective.EndsWith("er", StringComparison.Ordinal)) votes[(int)Gender.Masculine]++;
                else if (adjective.EndsWith("es", StringComparison.Ordinal)) votes[(int)Gender.Neuter]++;
                else if (adjective.EndsWith('e')) votes[(int)Gender.Feminine]++;
                break;
        }
    }

    private static bool IsFeminine(string noun) => Ends(noun, FeminineEndings);

    /// <summary>Ordinal, and ignoring case only for a noun that is the whole ending (<c>Bank</c>): no ICU on the hot path.</summary>
    private static bool Ends(string noun, string[] endings)
    {
        foreach (var ending in endings)
            if (noun.EndsWith(ending, StringComparison.Ordinal) || string.Equals(noun, ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
