using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using StaticNews.Text;

namespace StaticNews.Enrich.Names;

/// <summary>
/// What the forms of one name share across stories: each word lowercased and cut to its stem by Lucene's light
/// stemmer for the story's language (<c>Europäischen Union</c> and <c>Europäische Union</c> → <c>europaisch
/// union</c>). A key groups names; a tag never shows it.
/// </summary>
public static class TagKey
{
    public static string Of(string name, string language)
    {
        var words = WordSpans.Of(name, WordRules.Words).Select(w => w.ToLowerInvariant().ToCharArray()).ToList();
        var primary = LanguageTag.Primary(language);
        return string.Join(' ', words.Select(word => new string(word, 0, Stem(word, primary))));
    }

    private static int Stem(char[] word, string language) => language switch
    {
        "de" => new GermanLightStemmer().Stem(word, word.Length),
        "fr" => new FrenchLightStemmer().Stem(word, word.Length),
        "es" => new SpanishLightStemmer().Stem(word, word.Length),
        "en" => new EnglishMinimalStemmer().Stem(word, word.Length),
        _ => word.Length,
    };
}
