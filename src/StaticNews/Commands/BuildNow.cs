using System.Globalization;
using StaticNews.Text;

namespace StaticNews.Commands;

/// <summary>The build's "now": <c>--now</c>, else <c>SOURCE_DATE_EPOCH</c> (reproducible builds), else the clock.</summary>
public static class BuildNow
{
    private static readonly long LastSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static DateTimeOffset Resolve(string? option, string? sourceDateEpoch, TimeProvider clock)
    {
        if (option is not null)
            return IsoDate.TryParse(option, TimeZoneInfo.Utc, out var given) ? given
                : throw new ArgumentException($"--now must be an ISO 8601 date such as 2024-12-05T00:00:00Z, not `{option}`.");
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
            return long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= LastSecond
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : throw new ArgumentException($"SOURCE_DATE_EPOCH must be whole seconds since 1970, at most {LastSecond} (the end of 9999), not `{sourceDateEpoch}`.");
        return clock.GetUtcNow();
    }
}
