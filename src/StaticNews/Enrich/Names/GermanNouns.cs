namespace StaticNews.Enrich.Names;

/// <summary>Endings of German common nouns that names rarely have (Hamburg, Kiel, Dänemark, Schleswig-Holstein).</summary>
public static class GermanNouns
{
    private static readonly string[] Endings =
    [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten",
        "ismus", "nis", "nisse", "ling", "linge", "chen", "tum", "tümer", "ment", "mente", "güter", "gut", "zeit",
        "zeiten", "ten", "ern", "eln", "en", "werk", "plan", "pläne", "ium", "stärke",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingSet =
        new HashSet<string>(Endings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int Shortest = Endings.Min(e => e.Length), Longest = Endings.Max(e => e.Length);

    /// <summary>Whether the word ends in one of the endings: its few possible endings looked up, not every ending tried.</summary>
    public static bool HasNounEnding(ReadOnlySpan<char> word)
    {
        for (var length = Shortest; length <= Math.Min(Longest, word.Length - 1); length++)
            if (EndingSet.Contains(word[^length..])) return true;
        return false;
    }
}
