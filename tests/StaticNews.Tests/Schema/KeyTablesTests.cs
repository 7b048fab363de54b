using System.Globalization;
using StaticNews.Model;
using StaticNews.Model.Keys;

namespace StaticNews.Tests.Schema;

/// <summary>The README's tables of keys and codes are the declarations' own words (issue #19): they cannot drift apart.</summary>
public sealed class KeyTablesTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "README.md"));

    [Fact]
    public void The_site_yml_table_is_the_declarations() => AssertInReadme(Table(SiteKeys.All));

    [Fact]
    public void The_front_matter_table_is_the_declarations() => AssertInReadme(Table(FrontMatterKeys.All));

    [Fact]
    public void The_table_of_codes_is_every_code_once()
    {
        Assert.Equal(DiagnosticCode.All.Count, DiagnosticCode.All.Select(c => c.Id).Distinct().Count());
        AssertInReadme("| code | problem |\n| --- | --- |\n" + string.Concat(DiagnosticCode.All.Select(c => $"| `{c.Id}` | {c.Meaning} |\n")));
    }

    /// <summary>The table as the README must show it; a failure prints it, to be pasted.</summary>
    public static string Table(IReadOnlyList<KeyDeclaration> keys) =>
        "| key | type | default | meaning |\n| --- | --- | --- | --- |\n"
        + string.Concat(keys.Select(k => $"| `{k.Name}` | {TypeName(k.Kind)} | {DefaultText(k)} | {k.Description} |\n"));

    private static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Text => "text",
        ValueKind.PositiveInteger => "whole number above 0",
        ValueKind.Boolean => "`true`/`false`",
        ValueKind.Date => "ISO 8601 date",
        ValueKind.TextList => "list of text",
        ValueKind.Url => "absolute http(s) URL",
        ValueKind.Language => "BCP 47 tag",
        ValueKind.TimeZone => "IANA time zone",
        ValueKind.Permalink => "URL pattern",
        ValueKind.TagAliases => "tags with aliases",
        ValueKind.Names => "name or list of names",
        ValueKind.Editions => "languages with title and description",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string DefaultText(KeyDeclaration key)
    {
        var value = key.Default switch
        {
            null => null,
            "" => "empty",
            bool flag => flag ? "`true`" : "`false`",
            IFormattable number => $"`{number.ToString(null, CultureInfo.InvariantCulture)}`",
            var other => $"`{other}`",
        };
        return (value, key.DefaultNote) switch
        {
            (null, null) => "—",
            (null, { } note) => note,
            ({ } v, null) => v,
            ({ } v, { } note) => $"{v} ({note})",
        };
    }

    private static void AssertInReadme(string table) =>
        Assert.True(Readme.ReplaceLineEndings("\n").Contains(table, StringComparison.Ordinal), "README.md must hold this table, as it is:\n" + table);
}
