using StaticNews.Text;

namespace StaticNews.Enrich.Names;

/// <summary>
/// Suggests tags from a story's text: the names it is about (places, organisations, people) in the form a tag
/// shows them, ranked by how often they recur and whether the headline names them. Capitalisation alone is weak
/// evidence (German capitalises every noun, every language a sentence's first word), so a name must also be a
/// known place (<see cref="Gazetteer"/>), an acronym, an organisation's name (<see cref="NameWords"/>), a person's
/// (a first name or a title before it), or behave like a name in the text: never after an article, after a
/// preposition of place, inside a sentence.
/// </summary>
public static class SuggestTags
{
    /// <summary>
    /// Names are looked for in the headline and the lead: news names who and where first (the inverted
    /// pyramid). On the 12 samples eight paragraphs find as many of the key's places and organisations as the
    /// whole text, and the name finder was the costliest step of a dump's build.
    /// </summary>
    public const int LeadParagraphs = 8;

    /// <summary>The names a story is about, best first: each as a tag shows it.</summary>
    public static IReadOnlyList<string> Run(string title, IEnumerable<string> paragraphs, string language, int count) =>
        Find(title, paragraphs, language, count).Select(n => n.Name).ToList();

    /// <summary>The names a story is about, best first, each with the other form the story gave it (an acronym defined in brackets).</summary>
    public static IReadOnlyList<SuggestedName> Find(string title, IEnumerable<string> paragraphs, string language, int count)
    {
        var finder = new NameFinder(LanguageTag.Primary(language));
        var tokens = new List<NameToken>(256);
        finder.Read(NameTokens.Of(title, tokens), inTitle: true);
        // Dumps repeat the headline as the lead's first words: read once, its words would count twice.
        foreach (var paragraph in paragraphs.Take(LeadParagraphs))
            finder.Read(NameTokens.Of(title.Length > 0 && paragraph.StartsWith(title, StringComparison.Ordinal) ? paragraph[title.Length..] : paragraph, tokens), inTitle: false);
        return finder.Names()
            .OrderByDescending(c => c.Score).ThenBy(c => c.FirstSeen)
            .Take(count).Select(c => c.Resolve(finder.German)).Select(c => new SuggestedName(c.Display, c.Alias)).ToList();
    }
}

/// <summary>A tag for a story: the name as shown, and another form of it the story used (never shown).</summary>
public sealed record SuggestedName(string Name, string? Alias = null);
