using System.Text;
using System.Text.RegularExpressions;
using AnyAscii;

namespace StaticNews.Parse;

/// <summary>The lines a news site's page chrome leaves in a dump: ad markers, separators, navigation.</summary>
public static partial class Boilerplate
{
    /// <summary>
    /// Ad markers and ad-close lines in German, English, Spanish and French, compared after folding case,
    /// accents and punctuation, so <c>WERBUNG</c>, <c>Werbung:</c> and <c>[Anzeige]</c> are one marker.
    /// </summary>
    private static readonly HashSet<string> AdMarkers = new(StringComparer.Ordinal)
    {
        // German
        "werbung", "anzeige", "anzeigen", "werbung schliessen", "anzeige schliessen", "werbung ausblenden",
        "anzeige ausblenden", "werbung uberspringen", "werbung beenden", "weiter nach der anzeige",
        "weiter nach der werbung", "artikel wird nach der anzeige fortgesetzt", "lesen sie nach der anzeige weiter",
        "gesponsert", "sponsored",
        // English
        "advertisement", "advertisements", "advert", "advertising", "ad", "ads", "close ad", "close ads",
        "close advert", "close advertisement", "skip ad", "skip advertisement", "hide ad", "sponsored content",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "scroll to continue with content", "continue reading after the ad",
        // Spanish
        "publicidad", "anuncio", "anuncios", "cerrar publicidad", "cerrar anuncio", "saltar publicidad",
        "continua despues de la publicidad", "contenido patrocinado", "patrocinado",
        // French
        "publicite", "annonce", "fermer la publicite", "fermer publicite", "fermer l annonce",
        "la suite apres la publicite", "contenu sponsorise", "sponsorise",
    };

    public static bool IsAdMarker(string line) => line.Length <= 60 && AdMarkers.Contains(Fold(line));

    /// <summary>A line of only dashes, asterisks or underscores: the source's section rule.</summary>
    public static bool IsSeparator(string line) => Separator().IsMatch(line);

    /// <summary>Recognises <c>PREV title</c> / <c>NEXT title</c>; <paramref name="title"/> is empty when none is given.</summary>
    public static bool TryNavigation(string line, out bool isNext, out string title)
    {
        var match = Navigation().Match(line);
        isNext = match.Success && match.Groups["next"].Success;
        title = match.Success ? TrimTail(match.Groups["title"].ValueSpan).Trim().ToString() : "";
        return match.Success;
    }

    /// <summary>Lowercase ASCII letters and single spaces: the form markers are compared in.</summary>
    internal static string Fold(string line)
    {
        var ascii = line.Transliterate();
        var folded = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetter(c)) folded.Append(char.ToLowerInvariant(c));
            else if (folded.Length > 0 && folded[^1] != ' ') folded.Append(' ');
        }
        return folded.ToString().TrimEnd();
    }

    [GeneratedRegex(@"^[\-–—_*=·•~ ]+$")]
    private static partial Regex Separator();

    /// <summary>Arrows and spaces after a navigation title, trimmed in code: a lazy title before a trailing class backtracks quadratically.</summary>
    private static ReadOnlySpan<char> TrimTail(ReadOnlySpan<char> title)
    {
        var end = title.Length;
        while (end > 0 && (char.IsWhiteSpace(title[end - 1]) || title[end - 1] is '»' or '›' or '>' or '→')) end--;
        return title[..end];
    }

    // Upper-case keywords only (or any case with a colon): "Next year, …" starts a real English paragraph. The title
    // is greedy and its tail is trimmed in code, so the match is linear in the line's length.
    [GeneratedRegex(@"^[«‹<←\s]*(?:(?<prev>PREV|PREVIOUS|ZURÜCK|ANTERIOR|PRÉCÉDENT)|(?<next>NEXT|WEITER|SIGUIENTE|SUIVANT))(?:\s*[:»›>→\-–—]\s*|\s+|$)(?<title>.*)$"
        + @"|^(?i:(?<prev>prev|previous|zurück|anterior|précédent)|(?<next>next|weiter|siguiente|suivant))\s*:\s*(?<title>.*)$")]
    private static partial Regex Navigation();
}
