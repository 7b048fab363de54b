using System.Text;
using StaticNews.Commands;

namespace StaticNews.Tests.Reliability;

/// <summary>Untrusted input gives escaped output or a clear error: never a crash, never a file outside output/ (issue #4).</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\n");

    private const string Nasty = "<script>alert('x')</script> \" ' & ]]> \u0001\u0007 \u200F\u202Eevil\u202C 🗞️ &amp;";

    [Fact]
    public void Script_quotes_cdata_ends_controls_bidi_marks_and_emoji_are_escaped_everywhere()
    {
        _site.Add("a.md", $"---\ntitle: \"{Nasty.Replace("\"", "\\\"")}\"\ndate: 2024-12-01T10:00:00Z\ntags: [\"<b>Tag</b>\", \"]]>\"]\nsummary: \"{Nasty.Replace("\"", "\\\"")}\"\n---\n{Nasty}\n")
            .Add("b.txt", $"{Nasty}\n{Nasty}\n-\n{Nasty}\n").Add("b.yml", "date: 2024-12-02\n");
        _site.Publish();
        OutputChecks.AllWellFormed(_site);
        foreach (var file in _site.OutputFiles())
        {
            var text = _site.Read(file);
            Assert.DoesNotContain("<script>alert", text);
            Assert.DoesNotContain("<b>Tag", text);
            Assert.DoesNotContain('\u0001', text);
        }
        // The HTML encoder writes characters beyond the BMP as references; a reader sees the emoji all the same.
        Assert.Contains("&#x1F5DE;", _site.Read("index.html"));
        Assert.Contains("🗞️", _site.Read("feed.xml"));
    }

    [Fact]
    public void A_megabyte_paragraph_and_a_ten_thousand_character_title_are_fine()
    {
        var title = string.Concat(Enumerable.Repeat("Wort ", 2000));
        _site.Add("a.txt", title + "\n" + new string('x', 1_000_000) + "\n").Add("a.yml", "date: 2024-12-02\n");
        _site.Publish();
        var article = _site.ArticlePages().Single();
        Assert.True(article.Split('/')[3].Length <= 80, article);
        OutputChecks.AllWellFormed(_site);
    }

    [Fact]
    public void Invalid_utf8_binary_empty_and_whitespace_files_are_reported_each_by_name()
    {
        _site.AddBytes("invalid.txt", [.. "Titel\nGr"u8, 0xFF, 0xFE, .. "n\n"u8]).Add("invalid.yml", "date: 2024-12-02\n")
            .AddBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D])
            .Add("empty.txt", "").Add("blank.md", " \n\t\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("binary.txt:1: error: this is a binary file", errors);
        Assert.Contains("empty.txt:1: error: the file is empty", errors);
        Assert.Contains("blank.md:1: error: the file is empty", errors);
        // Read as the Windows-1252 it most likely is: kept, with a warning.
        Assert.Contains("invalid.txt:2: warning: the file is not UTF-8 but an older one-byte encoding", errors);
        Assert.DoesNotContain("invalid.txt:2: error", errors);
    }

    [Fact]
    public void A_dump_scraped_in_windows_1252_publishes_its_umlauts_and_says_it_was_not_utf8()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        _site.AddBytes("alt.txt", windows1252.GetBytes("Gipfel in Zürich\nGipfel in Zürich\nDie Stadt „begrüßt“ die Gäste.\n"))
            .Add("alt.yml", "date: 2024-12-02\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("alt.txt:1: warning: the file is not UTF-8", errors);
        var page = _site.Read("2024/12/02/gipfel-in-zuerich/index.html");
        Assert.Contains("<h1>Gipfel in Zürich</h1>", page);
        Assert.Contains("Die Stadt „begrüßt“ die Gäste.", page);
    }

    [Fact]
    public void Hostile_yaml_is_an_error_for_its_file_alone()
    {
        _site.Add("bomb.md", "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\ntags: *a\n---\n")
            .Add("deep.md", "---\ntitle: T\nx: " + new string('[', 10_000) + "\n---\n")
            .Add("huge.md", "---\ntitle: T\nx: \"" + new string('a', 50 * 1024 * 1024) + "\"\n---\n")
            .Add("types.md", "---\ntitle: T\ntags: 5\ndate: yesterday\n---\n")
            .Add("malformed.md", "---\ntitle: [\n---\n")
            .Add("good.md", "---\ntitle: Gut\ndate: 2024-12-01T10:00:00Z\n---\nText\n");
        var (code, _, errors) = _site.Run(_site.Options with { KeepGoing = true });
        Assert.Equal(ExitCodes.PartlyPublished, code);
        foreach (var file in new[] { "bomb.md:6", "deep.md:3", "huge.md:1", "types.md:3", "types.md:4", "malformed.md:" })
            Assert.Contains(file, errors);
        Assert.True(_site.Exists("2024/12/01/gut/index.html"));
    }

    [Theory]
    [InlineData("../../etc/passwd", "2024/12/01/etc-passwd/index.html")]
    [InlineData("/absolute/path", "2024/12/01/absolute-path/index.html")]
    [InlineData("con", "2024/12/01/con-1/index.html")]
    [InlineData("AUX", "2024/12/01/aux-1/index.html")]
    public void Slugs_cannot_leave_the_output_folder_or_use_reserved_names(string slug, string expected)
    {
        _site.Add("a.md", $"---\ntitle: T\nslug: \"{slug}\"\ndate: 2024-12-01T10:00:00Z\n---\n");
        _site.Publish();
        Assert.True(_site.Exists(expected), string.Join('\n', _site.OutputFiles()));
        OutputChecks.AllWellFormed(_site);
    }

    [Fact]
    public void Aliases_with_dot_dot_segments_are_refused()
    {
        _site.Add("a.md", "---\ntitle: T\ndate: 2024-12-01T10:00:00Z\naliases: [../../outside]\n---\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md: error: alias `../../outside`", errors);
        Assert.False(File.Exists(Path.Combine(_site.Root, "..", "outside", "index.html")));
    }

    [Fact]
    public void Slugs_that_differ_only_in_case_collide_as_an_error()
    {
        _site.Add("a.md", "---\ntitle: Eins\nslug: Gleich\ndate: 2024-12-01T10:00:00Z\n---\n")
            .Add("b.md", "---\ntitle: Zwei\nslug: gleich\ndate: 2024-12-01T12:00:00Z\n---\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md", errors);
        Assert.Contains("b.md", errors);
    }

    [Fact]
    public void A_symbolic_link_pointing_outside_input_is_not_followed()
    {
        var secret = Path.Combine(_site.Root, "secret.txt");
        File.WriteAllText(secret, "Geheim\nGeheimer Inhalt\n");
        File.CreateSymbolicLink(Path.Combine(_site.Input, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "etc"), "/etc");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("leak.txt: warning: symbolic links are not followed", errors);
        Assert.DoesNotContain(_site.OutputFiles(), f => f.Contains("geheim", StringComparison.Ordinal) || f.StartsWith("etc/", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();
}
