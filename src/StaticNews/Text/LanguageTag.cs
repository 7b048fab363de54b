using System.Text.RegularExpressions;

namespace StaticNews.Text;

/// <summary>BCP 47 tags in their canonical case (<c>de</c>, <c>en-GB</c>); <c>de_DE</c> is accepted and written <c>de-DE</c>.</summary>
public static partial class LanguageTag
{
    public static bool TryNormalize(string text, out string tag)
    {
        var parts = text.Trim().Replace('_', '-').Split('-');
        tag = "";
        if (!Primary().IsMatch(parts[0]) || parts.Skip(1).Any(p => !Subtag().IsMatch(p))) return false;
        tag = string.Join('-', parts.Select((part, i) => i == 0 ? part.ToLowerInvariant()
            : part.Length == 2 ? part.ToUpperInvariant()
            : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
            : part.ToLowerInvariant()));
        return true;
    }

    /// <summary>The primary language: <c>de</c> for <c>de-AT</c>.</summary>
    public static string Primary(string tag) => tag.Split('-')[0];

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex Primary();

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$")]
    private static partial Regex Subtag();
}
