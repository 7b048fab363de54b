using System.Globalization;

namespace StaticNews.Text;

/// <summary>ISO 8601 dates as editors write them; a value without offset means local time in the site's zone.</summary>
public static class IsoDate
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateTimeOffset date)
    {
        text = text.Trim();
        if (text.Length > 0 && (text[^1] is 'Z' or 'z' || HasOffset(text)) &&
            DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return InRange(date.UtcDateTime) && InRange(date.DateTime);
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && InRange(local))
        {
            date = InZone(local, timeZone);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// A date every time zone can show: a day inside .NET's range at each end, since <c>0001-01-01</c> east of UTC
    /// or <c>9999-12-31T23:00</c> west of it has no UTC time. Every date a document states is checked against it.
    /// </summary>
    public static bool InRange(DateTime date) => date > DateTime.MinValue.AddDays(1) && date < DateTime.MaxValue.AddDays(-1);

    /// <summary>A wall-clock time in <paramref name="timeZone"/>; a time skipped by a DST change moves forward an hour.</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo timeZone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }

    /// <summary>RFC 3339 with the date's own offset, as front matter and Atom write it.</summary>
    public static string Format(DateTimeOffset date) =>
        date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool HasOffset(string text) =>
        text.Length > 19 && text.AsSpan(10).IndexOfAny('+', '-') > 0;
}
