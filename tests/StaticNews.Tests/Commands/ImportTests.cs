using StaticNews.Commands;

namespace StaticNews.Tests.Commands;

/// <summary><c>import</c>: dumps become front-matter pages editors can review (issue #3).</summary>
public sealed class ImportTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromRepositoryInput();
    private string Imported => Path.Combine(_site.Root, "imported");

    public ImportTests()
    {
        foreach (var dump in Directory.EnumerateFiles(Path.Combine(Fixtures.Corpus, "raw")))
            _site.AddBytes(Path.GetFileName(dump), File.ReadAllBytes(dump));
        for (var i = 1; i <= 12; i++) // dated so the test needs no git history
            foreach (var dump in Directory.EnumerateFiles(_site.Input, $"{i:000}_*.txt"))
                _site.Add(Path.ChangeExtension(Path.GetFileName(dump), ".yml"), $"date: 2024-11-{i:00}T09:00:00+01:00\n");
    }

    private int Import() => ImportCommand.Run(_site.Options with { OutputDir = Imported }, TextWriter.Null, TextWriter.Null);

    [Fact]
    public void Every_dump_becomes_a_front_matter_page_with_the_schema_fields()
    {
        Assert.Equal(ExitCodes.Success, Import());
        Assert.Equal(13, Directory.EnumerateFiles(Imported, "*.md").Count());
        var seed = File.ReadAllText(Path.Combine(Imported, "000_600e160ebee60b24.md"));
        Assert.StartsWith("---\n# yaml-language-server: $schema=../input/.staticnews/front-matter.schema.json\ntitle: NATO-Chef sagt, Russland unterstütze Nordkoreas Atomprogramm\ndate: 2024-12-04T12:00:00+01:00\nlang: de\ntags:\n- NATO\n", seed);
        Assert.Contains("\nslug: nato-chef-sagt-russland-unterstuetze-nordkoreas-atomprogramm\n", seed);
        Assert.Contains("\nsource: 000_600e160ebee60b24.txt\n", seed);
        Assert.Contains("\nprev: Sollte Almería rekrutieren? Die Antwort ist ein klares Ja!\n", seed);
        Assert.Contains("\nnext: Israel und Hisbollah spielen mit dem (Waffenstillstand)\n", seed);
        Assert.DoesNotContain("WERBUNG", seed);
        var spanish = File.ReadAllText(Directory.EnumerateFiles(Imported, "003_*.md").Single());
        Assert.Contains("\nlang: es\n", spanish);
    }

    [Fact]
    public void Importing_again_changes_nothing()
    {
        Import();
        var first = Directory.EnumerateFiles(Imported).ToDictionary(f => f, File.ReadAllText);
        var times = Directory.EnumerateFiles(Imported).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Import();
        Assert.Equal(first, Directory.EnumerateFiles(Imported).ToDictionary(f => f, File.ReadAllText));
        Assert.Equal(times, Directory.EnumerateFiles(Imported).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void Building_the_imported_pages_gives_the_same_site_as_building_the_dumps()
    {
        _site.Publish();
        var fromDumps = Pages(_site.Output);
        Import();

        using var imported = new TestSite();
        imported.AddBytes("site.yml", File.ReadAllBytes(Path.Combine(_site.Input, "site.yml")));
        foreach (var page in Directory.EnumerateFiles(Imported)) imported.AddBytes(Path.GetFileName(page), File.ReadAllBytes(page));
        // The pictures the pages show stay where they were.
        foreach (var picture in Directory.EnumerateFiles(_site.Input, "*.jpg", SearchOption.AllDirectories))
            imported.AddBytes(Path.GetRelativePath(_site.Input, picture), File.ReadAllBytes(picture));
        imported.Publish();

        var fromPages = Pages(imported.Output);
        Assert.Equal(fromDumps.Keys, fromPages.Keys);
        foreach (var (path, html) in fromDumps) Assert.Equal(html, fromPages[path]);
    }

    [Fact]
    public void Two_dumps_of_one_name_in_two_folders_become_two_pages()
    {
        _site.Add("berlin/meldung.txt", "Berlin meldet\nText aus Berlin.\n").Add("berlin/meldung.yml", "date: 2024-11-20\n")
            .Add("wien/meldung.txt", "Wien meldet\nText aus Wien.\n").Add("wien/meldung.yml", "date: 2024-11-21\n");
        Assert.Equal(ExitCodes.Success, Import());
        Assert.Contains("Berlin meldet", File.ReadAllText(Path.Combine(Imported, "berlin", "meldung.md")));
        Assert.Contains("Wien meldet", File.ReadAllText(Path.Combine(Imported, "wien", "meldung.md")));
    }

    [Fact]
    public void A_page_edited_after_import_is_never_overwritten()
    {
        Import();
        var seed = Path.Combine(Imported, "000_600e160ebee60b24.md");
        var edited = File.ReadAllText(seed).Replace("tags:\n- NATO", "tags:\n- Nato-Gipfel", StringComparison.Ordinal);
        File.WriteAllText(seed, edited);
        _site.Add("000_600e160ebee60b24.yml", "date: 2024-12-04T13:00:00+01:00\n"); // the dump changes too
        using var errors = new StringWriter();
        Assert.Equal(ExitCodes.Success, ImportCommand.Run(_site.Options with { OutputDir = Imported }, TextWriter.Null, errors));
        Assert.Equal(edited, File.ReadAllText(seed));
        Assert.Contains("000_600e160ebee60b24.md: warning: was changed since the last import; it is kept as it is.", errors.ToString());
    }

    [Fact]
    public void A_page_import_wrote_is_brought_up_to_date()
    {
        Import();
        _site.Add("000_600e160ebee60b24.yml", "date: 2024-12-04T13:00:00+01:00\n");
        Import();
        Assert.Contains("date: 2024-12-04T13:00:00+01:00", File.ReadAllText(Path.Combine(Imported, "000_600e160ebee60b24.md")));
    }

    [Fact]
    public void The_import_command_requires_an_output_folder()
    {
        Assert.Equal(ExitCodes.Usage, ProgramRunner.Run("import", "--input", _site.Input));
    }

    private static Dictionary<string, string> Pages(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".css", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllText);

    public void Dispose() => _site.Dispose();
}
