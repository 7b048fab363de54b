namespace StaticNews.Text;

/// <summary>
/// Month names of the languages StaticNews detects. Kept here rather than taken from ICU so that a date reads
/// the same on every machine, whatever ICU version or culture data it has.
/// </summary>
public static class MonthNames
{
    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["de"] = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        ["en"] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["es"] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["fr"] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    };

    /// <summary>The names for a language tag's primary language, or null when StaticNews has none.</summary>
    public static IReadOnlyList<string>? For(string languageTag) =>
        ByLanguage.GetValueOrDefault(LanguageTag.Primary(languageTag));

    /// <summary>Month number (1–12) of a name in any known language, ignoring case.</summary>
    public static int? Parse(string name)
    {
        foreach (var names in ByLanguage.Values)
            for (var i = 0; i < names.Length; i++)
                if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return name.Equals("Maerz", StringComparison.OrdinalIgnoreCase) ? 3 : null;
    }

    /// <summary>The article's own way of writing a date: <c>4. Dezember 2024</c>, <c>December 4, 2024</c>, <c>4 de diciembre de 2024</c>.</summary>
    public static string FormatLong(DateTimeOffset date, string languageTag)
    {
        var names = For(languageTag);
        if (names is null) return date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var month = names[date.Month - 1];
        return LanguageTag.Primary(languageTag) switch
        {
            "de" => $"{date.Day}. {month} {date.Year}",
            "en" => $"{month} {date.Day}, {date.Year}",
            "es" => $"{date.Day} de {month} de {date.Year}",
            _ => $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {month} {date.Year}",
        };
    }
}
