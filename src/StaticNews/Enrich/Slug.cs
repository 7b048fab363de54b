using System.IO.Hashing;
using System.Text;
using AnyAscii;

namespace StaticNews.Enrich;

/// <summary>
/// One rule for article slugs and tag URLs: German transliteration (ä→ae, ß→ss), AnyAscii for every other
/// script, lowercase ASCII words joined by hyphens. The result always matches <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    // Names Windows refuses as files: a site built here must still unpack on an editor's laptop.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static string From(string text)
    {
        // NFC here too (invariant globalization makes string.Normalize a no-op): a slug from an NFD title is the same slug.
        var ascii = GermanTransliteration(ProgrammingSigns(Text.Unicode.Nfc.Normalize(text))).Transliterate();
        var slug = new StringBuilder(Math.Min(ascii.Length, MaxLength + 1));
        foreach (var c in ascii)
        {
            if (slug.Length > MaxLength) break;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = CutAtWord(slug.ToString().TrimEnd('-'));
        if (result.Length == 0) return "n-" + ShortHash(text);
        return Reserved.Contains(result) ? result + "-1" : result;
    }

    /// <summary>
    /// <c>C#</c>, <c>C++</c> and <c>C</c> are three tags: a <c>#</c> or <c>+</c> that ends a word is spelled out
    /// (<c>c-sharp</c>, <c>c-plus-plus</c>), where dropping it would give all three the slug <c>c</c>.
    /// </summary>
    private static string ProgrammingSigns(string text)
    {
        if (text.AsSpan().IndexOfAny('#', '+') < 0) return text;
        var spelled = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var endsWord = i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == c) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
            if (c is '#' or '+' && endsWord) spelled.Append(c == '#' ? " sharp " : " plus ");
            else spelled.Append(c);
        }
        return spelled.ToString();
    }

    /// <summary>German readers expect <c>Südkorea</c> → <c>suedkorea</c>, where AnyAscii alone gives <c>sudkorea</c>.</summary>
    private static string GermanTransliteration(string text)
    {
        if (text.AsSpan().IndexOfAny("äöüÄÖÜß") < 0) return text;
        return text.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue")
            .Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue").Replace("ß", "ss");
    }

    private static string CutAtWord(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }

    /// <summary>Stable across machines and runs (unlike string.GetHashCode), for titles with no letters or digits.</summary>
    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(text)))[..8];
}
