using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StaticNews.Commands;
using StaticNews.Model.Keys;
using StaticNews.Parse;

namespace StaticNews.Tests.Schema;

/// <summary>The JSON Schemas hold what StaticNews reads, and refuse what it refuses (issue #19), checked by a real validator.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TestSite _site = TestSite.Sample();

    [Fact]
    public void The_repositorys_site_yml_is_valid()
    {
        var text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "input", "site.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=.staticnews/site.schema.json\n", text);
        AssertValid(KeySchema.Site(), text);
    }

    [Theory]
    [InlineData("pageSize: many\n")]
    [InlineData("pageSize: 0\n")]
    [InlineData("unsafeHtml: maybe\n")]
    [InlineData("baseUrl: https://user:secret@example.org/\n")]
    [InlineData("permalink: /{yyyy}/\n")]
    [InlineData("taxonomy: [a, b]\n")]
    [InlineData("pagesize: 20\n")]
    public void A_wrong_site_yml_is_refused_by_the_schema_as_by_the_reader(string yaml)
    {
        Assert.False(Evaluate(KeySchema.Site(), yaml).IsValid, yaml);
        var problems = new List<StaticNews.Model.Diagnostic>();
        File.WriteAllText(Path.Combine(_site.Input, "site.yml"), yaml);
        StaticNews.Parse.ReadSiteConfig.Run(Path.Combine(_site.Input, "site.yml"), problems);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Every_imported_sample_page_and_every_sidecar_is_valid()
    {
        var imported = Path.Combine(_site.Root, "imported");
        Assert.Equal(ExitCodes.Success, ImportCommand.Run(_site.Options with { OutputDir = imported, Now = TestSite.Now }, TextWriter.Null, TextWriter.Null));
        var pages = Directory.EnumerateFiles(imported, "*.md").ToList();
        Assert.Equal(13, pages.Count);
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            Assert.StartsWith("---\n# yaml-language-server: $schema=../input/.staticnews/front-matter.schema.json\n", text);
            AssertValid(KeySchema.FrontMatter(), text.Split("\n---\n")[0][4..]);
        }
        AssertValid(KeySchema.FrontMatter(), File.ReadAllText(Path.Combine(_site.Input, "000_600e160ebee60b24.yml")));
        Assert.True(File.Exists(Path.Combine(_site.Input, ".staticnews", KeySchema.FrontMatterFile)));
    }

    [Fact]
    public void A_front_matter_value_of_the_wrong_type_is_refused()
    {
        Assert.False(Evaluate(KeySchema.FrontMatter(), "title: T\ntags: 5\n").IsValid);
        Assert.False(Evaluate(KeySchema.FrontMatter(), "title: T\ndate: yesterday\n").IsValid);
        Assert.True(Evaluate(KeySchema.FrontMatter(), "title: T\ndate: 2024-12-04\nmood: heiter\n").IsValid); // a theme parameter
    }

    [Fact]
    public void The_schemas_in_the_repository_are_the_ones_build_writes()
    {
        var folder = Path.Combine(Fixtures.RepositoryRoot, "input", SchemaFiles.Folder);
        Assert.Equal(KeySchema.Site(), File.ReadAllText(Path.Combine(folder, KeySchema.SiteFile)));
        Assert.Equal(KeySchema.FrontMatter(), File.ReadAllText(Path.Combine(folder, KeySchema.FrontMatterFile)));
        var written = Path.Combine(_site.Input, SchemaFiles.Folder);
        Directory.Delete(written, recursive: true); // copied with the repository's input
        _site.Publish();
        Assert.False(Directory.Exists(written), "SiteBuilder itself never writes into the input folder");
        Assert.Equal(ExitCodes.Success, _site.Run().ExitCode);
        Assert.Equal(KeySchema.Site(), File.ReadAllText(Path.Combine(written, KeySchema.SiteFile)));
        Assert.DoesNotContain(_site.OutputFiles(), f => f.Contains("schema", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_command_prints_each_schema()
    {
        using var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, SchemaCommand.Run("front-matter", output));
        Assert.Equal(KeySchema.FrontMatter(), output.ToString());
        Assert.Equal(ExitCodes.Usage, ProgramRunner.Run("schema", "sitemap"));
    }

    [Theory]
    [InlineData("pagesize: 20\n", "`pagesize` is not a setting; did you mean `pageSize`?")]
    [InlineData("baseurl: https://example.org/\n", "did you mean `baseUrl`?")]
    [InlineData("colour: blue\n", "`colour` is not a setting. It is ignored. See the README")]
    public void An_unknown_setting_names_the_nearest_known_one(string yaml, string says)
    {
        var path = Path.Combine(_site.Input, "site.yml");
        File.WriteAllText(path, yaml);
        var problems = new List<StaticNews.Model.Diagnostic>();
        StaticNews.Parse.ReadSiteConfig.Run(path, problems);
        Assert.Contains(problems, p => p.ToString().Contains(says, StringComparison.Ordinal) && p.Code.Id == "SN2004");
    }

    [Fact]
    public void An_unknown_sidecar_key_names_the_nearest_one_and_a_pages_own_key_is_a_parameter()
    {
        _site.Add("000_600e160ebee60b24.yml", "date: 2024-12-04T12:00:00+01:00\nautor: Anna Muster\n")
            .Add("seite.md", "---\ntitle: Seite\ndate: 2024-12-01T10:00:00Z\nmood: heiter\n---\nText.\n");
        var (_, _, errors) = _site.Run();
        Assert.Contains("000_600e160ebee60b24.yml:2:1: warning: `autor` is not a front-matter key; did you mean `author`? It is kept as a theme parameter. [SN2004]", errors);
        Assert.DoesNotContain("mood", errors);
    }

    private static void AssertValid(string schema, string yaml)
    {
        var result = Evaluate(schema, yaml);
        Assert.True(result.IsValid, yaml + "\n" + JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static EvaluationResults Evaluate(string schema, string yaml) =>
        JsonSchema.FromText(schema).Evaluate(JsonSerializer.SerializeToElement(ToJson(YamlTreeReader.ReadEvents(yaml, "x.yml", 1))),
            new EvaluationOptions { OutputFormat = OutputFormat.List });

    /// <summary>YAML 1.2's core schema, as yaml-language-server reads it: plain numbers, booleans and null are typed, the rest is text.</summary>
    private static JsonNode? ToJson(YamlValue value) => value switch
    {
        YamlMapping mapping => new JsonObject(mapping.Fields.Select(f => KeyValuePair.Create(f.Key, ToJson(f.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Text: "true" or "false" } flag => JsonValue.Create(flag.Text == "true"),
        YamlScalar { IsPlain: true } number when long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        YamlScalar { IsPlain: true } number when double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
        YamlScalar scalar => JsonValue.Create(scalar.Text),
        _ => null,
    };

    public void Dispose() => _site.Dispose();
}
