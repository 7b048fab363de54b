using StaticNews.Commands;

namespace StaticNews.Tests.Commands;

/// <summary><c>check</c> finds planted problems; <c>new</c> starts an article and never overwrites one (issue #6).</summary>
public sealed class CheckAndNewTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "timezone: Europe/Berlin\ntaxonomy:\n  NATO: [Nato]\n");

    private (int Code, string Errors) Check(bool strict = false)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        return (CheckCommand.Run(_site.Options, strict, output, errors), errors.ToString());
    }

    [Fact]
    public void Warnings_name_file_and_line_and_pass_unless_strict()
    {
        _site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\ntags: [NATO, Unbekannt]\nnext: Gibt es nicht\n---\nSiehe [hier](/2020/01/01/weg/).\n");
        var (code, errors) = Check();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("a.md:1: warning: the tag `Unbekannt` is not in the taxonomy.", errors);
        Assert.DoesNotContain("`NATO` is not in the taxonomy", errors);
        Assert.Contains("a.md:5: warning: NEXT `Gibt es nicht` matches no article", errors);
        Assert.Contains("a.md:1: warning: no `summary`", errors);
        Assert.Contains("a.md:1: warning: no `image`", errors);
        Assert.Contains("a.md:7: warning: the link /2020/01/01/weg/ leads to no page", errors);
        Assert.Equal(ExitCodes.Failed, Check(strict: true).Code);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Suggested_tags_of_raw_dumps_are_counted_in_one_line_not_warned_about_and_listed_on_request()
    {
        _site.Add("dump.txt", "Gipfel in Lissabon\n\nGipfel in Lissabon\n-\n\nIn Lissabon trafen sich Kanada und Mexiko.\n")
            .Add("dump.yml", "date: 2024-11-20T09:00:00+01:00\nsummary: Gipfel.\nimage: https://example.org/a.jpg\nimageAlt: Ein Bild\n")
            .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\ntags: [Unbekannt]\nsummary: A.\nimage: https://example.org/a.jpg\nimageAlt: Ein Bild\n---\nText.\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(ExitCodes.Success, CheckCommand.Run(_site.Options, strict: false, output, errors));
        Assert.DoesNotContain("dump.txt", errors.ToString());
        Assert.Contains("a.md:1: warning: the tag `Unbekannt` is not in the taxonomy.", errors.ToString());
        Assert.Contains("check: 3 tag(s) suggested for 1 raw dump(s); --suggested-tags lists them.", output.ToString());
        Assert.Contains("check: 0 error(s), 2 warning(s).", output.ToString()); // the tag and site.yml without baseUrl

        using var listed = new StringWriter();
        CheckCommand.Run(_site.Options, strict: false, listed, TextWriter.Null, listSuggestedTags: true);
        Assert.Contains("dump.txt: suggested tags: Lissabon, Kanada, Mexiko", listed.ToString());
    }

    [Fact]
    public void Errors_fail_the_check()
    {
        _site.Add("a.md", "---\ntitle: Alpha\ndate: morgen\n---\n").Add("b.md", "---\ntitle: B\ndate: 2024-12-01T10:00:00Z\n---\n").Add("c.md", "---\ntitle: b\ndate: 2024-12-01T11:00:00Z\n---\n");
        var (code, errors) = Check();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md:3:7: error: `date` must be an ISO 8601 date", errors);
        Assert.Contains("b.md: error: the URL /2024/12/01/b/ is also c.md's.", errors);
    }

    [Fact]
    public void New_writes_a_dated_page_in_the_year_folder_and_refuses_to_overwrite()
    {
        var now = new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.Zero); // already 2025 in Berlin
        Assert.Equal(ExitCodes.Success, NewCommand.Run(_site.Input, "Gipfel in Brüssel", ["NATO", "Belgien"], now, TextWriter.Null, TextWriter.Null));
        var path = Path.Combine(_site.Input, "2025", "gipfel-in-bruessel.md");
        Assert.Equal("---\n# yaml-language-server: $schema=../.staticnews/front-matter.schema.json\ntitle: Gipfel in Brüssel\ndate: 2025-01-01T00:30:00+01:00\ntags:\n- NATO\n- Belgien\n---\n\nThe lead: what happened, where, and why it matters.\n", File.ReadAllText(path));
        File.AppendAllText(path, "Edited.");
        using var errors = new StringWriter();
        Assert.Equal(ExitCodes.Failed, NewCommand.Run(_site.Input, "Gipfel in Brüssel", [], now, TextWriter.Null, errors));
        Assert.Contains("already exists", errors.ToString());
        Assert.EndsWith("Edited.", File.ReadAllText(path));
        _site.Publish(_site.Options with { Now = now.AddDays(1) });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void New_refuses_a_blank_title_and_writes_nothing(string title)
    {
        using var errors = new StringWriter();
        Assert.Equal(ExitCodes.Usage, NewCommand.Run(_site.Input, title, [], DateTimeOffset.UnixEpoch, TextWriter.Null, errors));
        Assert.Equal("error: the title is empty. Give the headline in quotes: new \"Gipfel in Brüssel\".\n", errors.ToString());
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "1970")));
    }

    [Fact]
    public void A_build_off_a_terminal_prints_plain_steps_and_a_summary()
    {
        _site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\ntags: [NATO]\n---\nText.\n");
        var (code, output, _) = _site.Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Parsing and deriving 1 documents…", output);
        Assert.Contains("Enriching 1 articles…", output);
        Assert.Contains("Rendering and writing", output);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(output, @"Published 1 article, 1 tag, \d+ pages, 4 feeds \(\d+ files\) to .* in \d+\.\d\d s; \d+ warnings?\."), output);
    }

    public void Dispose() => _site.Dispose();
}
