using StaticNews.Enrich.Names;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Enrich;

/// <summary>
/// An article's tags: the editor's, when the front matter has any; for a dump without them, the taxonomy's
/// tags the text names, then proper names from the text, so that every dump ends with at least one tag.
/// </summary>
public sealed class ChooseTags(MatchTaxonomy taxonomy)
{
    public const int MaxSuggested = 6;

    public IReadOnlyList<SuggestedName> Run(ParsedDocument page, string title, IReadOnlyList<string> paragraphs, string lang)
    {
        if (page.FrontMatter.Tags.Count > 0)
            return Distinct(page.FrontMatter.Tags.Select(t => new SuggestedName(taxonomy.Canonical(t) ?? t.Trim())).Where(t => t.Name.Length > 0));
        if (!page.FromDump) return [];

        var named = taxonomy.IsEmpty ? [] : taxonomy.In(title + "\n" + string.Join('\n', paragraphs));
        // A name the taxonomy knows is its tag, and needs no other form to meet its variants.
        var suggested = SuggestTags.Find(title, paragraphs, lang, MaxSuggested)
            .Select(name => taxonomy.Canonical(name.Name) is { } official ? new SuggestedName(official) : name);
        var tags = Distinct(named.Select(n => new SuggestedName(n)).Concat(suggested)).Take(Math.Max(MaxSuggested, named.Count)).ToList();
        if (tags.Count == 0) tags.Add(new SuggestedName(FallbackTag(title)));
        return tags;
    }

    /// <summary>A story with no name in it still gets a tag: the longest content word of its headline.</summary>
    private static string FallbackTag(string title)
    {
        var word = WordSpans.Of(title, WordRules.Words).Where(w => !Stopwords.IsStopword(w))
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault() ?? title;
        return word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    private static List<SuggestedName> Distinct(IEnumerable<SuggestedName> tags) =>
        tags.DistinctBy(t => Slug.From(t.Name), StringComparer.Ordinal).ToList();
}
