using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>
/// Turns YAML values into typed settings, collecting one diagnostic per wrong value instead of stopping at the
/// first, so an editor sees every mistake of a file at once.
/// </summary>
public sealed partial class YamlFieldReader(string file, ICollection<Diagnostic> problems)
{
    public string File => file;

    public string? String(YamlField field)
    {
        switch (field.Value)
        {
            case YamlScalar { IsNull: true }: return null;
            case YamlScalar scalar: return OneLine(scalar.Text);
            default:
                Wrong(field, "text", $"Write `{field.Key}: some text` on one line.");
                return null;
        }
    }

    /// <summary>
    /// Text that must also make sense as a <typeparamref name="T"/> (a URL, a time zone, a language tag): null
    /// when absent, and a problem saying what was expected when <paramref name="parse"/> refuses it.
    /// </summary>
    public T? Parsed<T>(YamlField field, Func<string, T?> parse, string expected, string fix) where T : class
    {
        var text = String(field);
        if (text is null) return null;
        if (parse(text) is { } value) return value;
        Problem(field, $"`{field.Key}` must be {expected}, not `{text}`.", fix);
        return null;
    }

    public bool? Bool(YamlField field)
    {
        if (field.Value is YamlScalar { IsNull: true }) return null;
        if (field.Value is YamlScalar { IsPlain: true } scalar)
        {
            if (scalar.Text is "true" or "True" or "TRUE") return true;
            if (scalar.Text is "false" or "False" or "FALSE") return false;
        }
        if (field.Value is YamlScalar { IsPlain: false, Text: var quoted } && quoted.Trim().ToLowerInvariant() is "true" or "false")
        {
            Problem(field, $"`{field.Key}` must be true or false, not the quoted text \"{quoted}\".", $"Write it without quotes: `{field.Key}: {quoted.Trim().ToLowerInvariant()}`.");
            return null;
        }
        Wrong(field, "true or false", $"Write `{field.Key}: true` or `{field.Key}: false`.");
        return null;
    }

    public int? PositiveInt(YamlField field)
    {
        if (field.Value is YamlScalar { IsPlain: true } scalar && int.TryParse(scalar.Text, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        Wrong(field, "a whole number from 1 to 2147483647", $"Write for example `{field.Key}: 20`.");
        return null;
    }

    public DateTimeOffset? Date(YamlField field, TimeZoneInfo timeZone)
    {
        if (field.Value is YamlScalar { IsNull: true }) return null;
        if (field.Value is YamlScalar scalar && IsoDate.TryParse(scalar.Text, timeZone, out var date)) return date;
        Wrong(field, "an ISO 8601 date between 0001-01-02 and 9999-12-30", $"Write for example `{field.Key}: 2024-12-04T12:00:00+01:00` or `{field.Key}: 2024-12-04`.");
        return null;
    }

    public IReadOnlyList<string>? StringList(YamlField field)
    {
        switch (field.Value)
        {
            case YamlScalar { IsNull: true }: return [];
            case YamlSequence sequence when sequence.Items.All(item => item is YamlScalar { IsNull: false }):
                return sequence.Items.Cast<YamlScalar>().Select(item => OneLine(item.Text)).ToList();
            default:
                Wrong(field, "a list of text", $"Write `{field.Key}: [first, second]`.");
                return null;
        }
    }

    /// <summary>Headlines, tags and names are one line: YAML's folded or escaped line breaks become spaces.</summary>
    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\t') < 0 ? text.Trim() : string.Join(' ', text.Split(['\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A problem with this field's value; <paramref name="code"/> says what kind (a wrong value, unless told).</summary>
    public void Problem(YamlField field, string message, string? fix = null, DiagnosticCode? code = null) =>
        problems.Add(Diagnostic.Error(code ?? DiagnosticCode.WrongValue, file, message, fix, field.Value.Position.Line, field.Value.Position.Column));

    private void Wrong(YamlField field, string expected, string fix) =>
        Problem(field, $"`{field.Key}` must be {expected}, not {Describe(field.Value)}.", fix);

    private static string Describe(YamlValue value) => value switch
    {
        YamlScalar scalar => $"`{Shorten(scalar.Text)}`",
        YamlSequence => "a list",
        YamlMapping => "a set of `key: value` lines",
        YamlAlias => "an alias",
        _ => "this value",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
