using FsCheck;
using FsCheck.Xunit;
using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

/// <summary>The sidecar shortcut reads what YAML reads, or steps aside for the parser (issue #7).</summary>
public sealed class FlatYamlTests
{
    [Theory]
    [InlineData("date: 2024-12-04T12:00:00+01:00\n")]
    [InlineData("date: 2024-12-04T12:00:00+01:00")]
    [InlineData("date: 2024-12-04\nauthor: Ana Beispiel\nlang: de-AT\ndraft: true\n")]
    [InlineData("slug: neue-meldung\nimage: bilder/a.jpg\ndate: 2024-12-04\ndate: 2024-12-05\n")]
    [InlineData("title: \"Zitat: gesagt\"\n")]
    [InlineData("title: \"Zürich: Die Polizei unterstützt # keine Bemerkung\"\ndate: 2016-01-01T18:08:09+01:00\ntags:\n  - \"Gesellschaft\"\n  - Justiz\nsummary: \"Größe – „Zitat“ 🙂?\"\nlang: de\n")]
    [InlineData("tags:\n  - NATO\n")]
    [InlineData("tags:\n- NATO\n- \"USA\"\nauthor: \"\"")]
    [InlineData("author:\n    - Ana Beispiel\n    - \"Bo Muster\"\ntags:\n - a\n")]
    [InlineData("tags: [NATO, USA]\n")]
    [InlineData("tags: [\"Müller, Hans\", EU ,  \"Zitat: ja\" ]\nlang: de\n")]
    [InlineData("tags: []\naliases: [/2019/alt/]\n")]
    [InlineData("tags: [a,b,12:00]\n")]
    public void Plain_key_value_lines_read_as_the_parser_reads_them(string yaml)
    {
        var flat = FlatYaml.TryRead(yaml, firstLine: 3);
        Assert.NotNull(flat);
        Assert.Equal(Describe(YamlTreeReader.ReadEvents(yaml, "a.yml", firstLine: 3)), Describe(flat));
    }

    [Theory]
    [InlineData("")]
    [InlineData("title: Eins: zwei\n")]
    [InlineData("tags: [a, b,]\n")]
    [InlineData("tags: [a: b]\n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a, {b: c}]\n")]
    [InlineData("tags: [\"offen]\n")]
    [InlineData("tags: [a] # Bemerkung\n")]
    [InlineData("tags: [a\n")]
    [InlineData("date: 2024-12-04 # morgen\n")]
    [InlineData("date: 2024-12-04\r\n")]
    [InlineData("---\ndate: 2024-12-04\n")]
    [InlineData("title: \"ein \\\"Zitat\\\"\"\n")]
    [InlineData("title: \"Zeile\\nzwei\"\n")]
    [InlineData("title: \"Zitat\" # Bemerkung\n")]
    [InlineData("title: \"offen\n")]
    [InlineData("title: \"mit\u0085Umbruch\"\n")]
    [InlineData("title: \"mit\tTab\"\n")]
    [InlineData("title: \"kein Zeichen \uFFFF\"\n")]
    [InlineData("tags:\n")]
    [InlineData("tags:\ndate: 2024-12-04\n")]
    [InlineData("tags:\n  - NATO\n   - USA\n")]
    [InlineData("tags:\n  - NATO\n  -  USA\n")]
    [InlineData("tags:\n  - [a, b]\n")]
    [InlineData("tags:\n  - a: b\n")]
    [InlineData("tags:\n  - NATO\n    weiter\n")]
    [InlineData("tags: \n  - NATO\n")]
    [InlineData("date: 2024-12-04 \n")]
    [InlineData("\ndate: 2024-12-04\n")]
    [InlineData("title: Größe\n")]
    public void Anything_else_is_left_to_the_parser(string yaml) => Assert.Null(FlatYaml.TryRead(yaml, firstLine: 1));

    [Property(MaxTest = 1000)]
    public void Whenever_the_shortcut_reads_a_text_it_reads_what_the_parser_reads(NonEmptyArray<byte> picks)
    {
        ReadsAsTheParserWhenItReads("k: " + Pick(picks, "ab1: -+./\n#\"'[]{}&*!|>%@,?~\t"));
    }

    [Property(MaxTest = 1000)]
    public void Whenever_the_shortcut_reads_quotes_and_lists_it_reads_what_the_parser_reads(NonEmptyArray<byte> picks)
    {
        ReadsAsTheParserWhenItReads("k:\n  - \"" + Pick(picks, "ab1: -\"\n #\\ä–") + "\"\n");
    }

    [Property(MaxTest = 2000)]
    public void Whenever_the_shortcut_reads_a_list_on_one_line_it_reads_what_the_parser_reads(NonEmptyArray<byte> picks)
    {
        ReadsAsTheParserWhenItReads("k: [" + Pick(picks, "ab1: ,\"[]{}#-ä") + "]\n");
    }

    private static string Pick(NonEmptyArray<byte> picks, string alphabet) => new(picks.Get.Select(p => alphabet[p % alphabet.Length]).ToArray());

    private static void ReadsAsTheParserWhenItReads(string yaml)
    {
        if (FlatYaml.TryRead(yaml, firstLine: 1) is not { } flat) return;
        Assert.Equal(Describe(YamlTreeReader.ReadEvents(yaml, "a.yml", firstLine: 1)), Describe(flat));
    }

    private static string Describe(YamlMapping mapping) =>
        $"{mapping.Position} " + string.Join(" | ", mapping.Fields.Select(f => $"{f.Key}@{f.Position} = {Describe(f.Value)}"));

    private static string Describe(YamlValue value) => value switch
    {
        YamlScalar s => $"{s.Text}/{s.IsPlain}@{s.Position}",
        YamlSequence list => $"[{string.Join(", ", list.Items.Select(Describe))}]@{list.Position}",
        _ => value.GetType().Name,
    };
}
