using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>
/// A line that states only when the story was published (<c>04.12.2024, 12:00 Uhr</c>, <c>4. Dezember 2024</c>,
/// <c>December 4, 2024</c>, <c>4 de diciembre de 2024</c>, <c>2024-12-04 12:00</c>): page chrome, and the
/// dump's most reliable date.
/// </summary>
public static partial class Dateline
{
    public static bool TryParse(string line, out DateTime date)
    {
        date = default;
        if (line.Length > 60) return false;
        var match = Pattern().Match(line);
        if (!match.Success) return false;
        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success ? Number("month") : MonthNames.Parse(match.Groups["monthName"].Value);
        if (month is null) return false;
        var hour = match.Groups["hour"].Success ? Number("hour") : 0;
        var minute = match.Groups["minute"].Success ? Number("minute") : 0;
        try
        {
            date = new DateTime(Number("year"), month.Value, Number("day"), hour, minute, 0, DateTimeKind.Unspecified);
            return IsoDate.InRange(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    [GeneratedRegex("""
        ^(?:
            (?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})
          | (?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})
          | (?<day>\d{1,2})(?:\.|er)?\s+(?:de\s+)?(?<monthName>\p{L}+)\s+(?:de\s+)?(?<year>\d{4})
          | (?<monthName>\p{L}+)\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})
        )
        (?:,?\s*(?:um\s+|à\s+|a\s+las\s+|at\s+)?(?<hour>\d{1,2})[:.h](?<minute>\d{2})(?:\s*(?:Uhr|h))?)?
        \s*$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
