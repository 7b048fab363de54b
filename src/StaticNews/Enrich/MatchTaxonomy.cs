using System.Collections.Frozen;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Enrich;

/// <summary>
/// Finds the taxonomy's tags in a text by their names and aliases (<c>Nordkoreas</c>, <c>Pjöngjang</c> → Nordkorea),
/// whole words only and ignoring case, in one pass over the words whatever the size of the taxonomy.
/// </summary>
public sealed class MatchTaxonomy
{
    private readonly FrozenDictionary<string, string> _tagByPhrase;
    private readonly int _longestPhrase;

    public MatchTaxonomy(Taxonomy taxonomy)
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in taxonomy.Entries)
            foreach (var phrase in entry.Aliases.Prepend(entry.Name))
                phrases.TryAdd(Key(WordSpans.Of(phrase, WordRules.Words)), entry.Name);
        phrases.Remove("");
        _tagByPhrase = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _longestPhrase = phrases.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>The taxonomy name for a tag an editor wrote (<c>nato</c> → <c>NATO</c>), or null when it has none.</summary>
    public string? Canonical(string tag) => _tagByPhrase.GetValueOrDefault(Key(WordSpans.Of(tag, WordRules.Words)));

    /// <summary>True when site.yml lists no taxonomy: then no text needs to be searched.</summary>
    public bool IsEmpty => _longestPhrase == 0;

    /// <summary>Taxonomy tags named in <paramref name="text"/>, in order of first mention.</summary>
    public IReadOnlyList<string> In(string text)
    {
        if (_longestPhrase == 0) return [];
        var words = WordSpans.Of(text, WordRules.Words).Select(w => w.ToLowerInvariant()).ToList();
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
            for (var length = Math.Min(_longestPhrase, words.Count - i); length >= 1; length--)
                if (_tagByPhrase.TryGetValue(string.Join(' ', words.GetRange(i, length)), out var tag))
                {
                    if (!found.Contains(tag)) found.Add(tag);
                    break;
                }
        return found;
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(w => w.ToLowerInvariant()));
}
