using System.Globalization;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Render;

/// <summary>
/// Dates and times as a newspaper of each language writes them, in the site's time zone: <c>4. Dezember 2024,
/// 12:00 Uhr</c>, <c>December 4, 2024, 12:00 p.m.</c>, <c>4 de diciembre de 2024, 12:00</c>, <c>4 décembre 2024 à
/// 12 h 00</c>. Written by hand, not by ICU, so a page reads the same on every machine.
/// </summary>
public sealed class NewsDates(TimeZoneInfo timeZone)
{
    public DateTimeOffset Local(DateTimeOffset date) => TimeZoneInfo.ConvertTime(date, timeZone);

    /// <summary>For <c>&lt;time datetime&gt;</c>: the local time with its offset.</summary>
    public string Iso(DateTimeOffset date) => IsoDate.Format(Local(date));

    /// <summary>The date and the time of day; a date given without a time (midnight exactly) shows the date alone.</summary>
    public string DateAndTime(DateTimeOffset date, string lang)
    {
        var local = Local(date);
        var day = MonthNames.FormatLong(local, lang);
        if (local.TimeOfDay == TimeSpan.Zero) return day;
        var (h, m) = (local.Hour, local.Minute.ToString("00", CultureInfo.InvariantCulture));
        return LanguageTag.Primary(lang) switch
        {
            "de" => $"{day}, {h:00}:{m} Uhr",
            "en" => $"{day}, {(h % 12 == 0 ? 12 : h % 12)}:{m} {(h < 12 ? "a.m." : "p.m.")}",
            "es" => $"{day}, {h:00}:{m}",
            "fr" => $"{day} à {h} h {m}",
            _ => $"{day} {h:00}:{m}",
        };
    }

    /// <summary>A period's heading: <c>2024</c>, <c>Dezember 2024</c>, <c>4. Dezember 2024</c>.</summary>
    public static string Period(ArchiveUnit unit, DateTime start, string lang)
    {
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        if (unit == ArchiveUnit.Year) return year;
        if (unit == ArchiveUnit.Day) return MonthNames.FormatLong(new DateTimeOffset(start, TimeSpan.Zero), lang);
        if (MonthNames.For(lang) is not { } names) return start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var month = names[start.Month - 1];
        return LanguageTag.Primary(lang) == "es" ? $"{month} de {year}" : $"{month} {year}";
    }
}
