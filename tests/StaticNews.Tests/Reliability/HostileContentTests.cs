using System.Diagnostics;
using System.Text;
using StaticNews.Commands;
using StaticNews.Model;
using StaticNews.Text.Unicode;

namespace StaticNews.Tests.Reliability;

/// <summary>Issue #12: no script through any link, no crash or quadratic time on any input, the same text one spelling.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\n");

    private static string Page(string title, string body, string extra = "") =>
        $"---\ntitle: {title}\ndate: 2024-12-01T10:00:00Z\n{extra}---\n{body}\n";

    [Theory]
    [InlineData("<javascript:alert(1)> [x](javascript:y)")]
    [InlineData("[x](javascript:y) <JaVaScRiPt:alert(1)>")]
    [InlineData("[a](jav&#x61;script:alert(1)) [b](&#106;avascript:alert(1))")]
    [InlineData("[a](java&#9;script:alert(1)) [b](&#x20;javascript:alert(1))")]
    [InlineData("[a](vbscript:msgbox) [b](VBScript:x) <vbscript:x>")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=) ![i](data:image/svg+xml,x)")]
    [InlineData("[r][1] and [s]\n\n[1]: javascript:alert(1)\n[s]: <data:text/html,x>")]
    public void No_script_url_survives_in_any_output(string body)
    {
        _site.Add("a.md", Page("Links", body));
        _site.Publish();
        foreach (var file in _site.OutputFiles())
        {
            var text = _site.Read(file);
            foreach (var scheme in new[] { "javascript:", "vbscript:", "data:" })
                Assert.DoesNotMatch($"(?i)(href|src)=\"\\s*{scheme}|(?i)(href|src)=\\\\?\"{scheme}|(?i)&lt;a href=&quot;{scheme}", text);
        }
        var page = _site.Read("2024/12/01/links/index.html");
        Assert.DoesNotContain("href=\"javascript", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_neutralised_autolink_keeps_its_text_and_protocol_relative_links_stay_as_written()
    {
        _site.Add("a.md", Page("Links", "<javascript:alert(1)> [x](javascript:y) [cdn](//cdn.example.org/x.js) [home](/about/)"));
        _site.Publish();
        var page = _site.Read("2024/12/01/links/index.html");
        Assert.Contains("javascript:alert(1) x", page);
        Assert.Contains("href=\"//cdn.example.org/x.js\"", page);
        Assert.Contains("href=\"/about/\"", page);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("brackets")]
    [InlineData("links")]
    [InlineData("emphasis")]
    [InlineData("strikethrough")]
    [InlineData("many-paragraphs")]
    public void Hostile_markdown_is_an_error_naming_the_file_never_a_crash_or_a_hang(string kind)
    {
        var body = kind switch
        {
            "quotes" => new string('>', 200) + " tief",
            "lists" => string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x\n")),
            "brackets" => new string('[', 1_000_000),
            "links" => string.Concat(Enumerable.Repeat("[a](", 100_000)),
            "strikethrough" => string.Concat(Enumerable.Repeat("~a", 9_000)), // under Markdig's nesting limit: half a second
            // Each paragraph under the limit of one, all of them far over what a page may hold.
            "many-paragraphs" => string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("*a", 1_500)), 40)),
            _ => string.Concat(Enumerable.Repeat("*a", 100_000)),
        };
        _site.Add("deep.md", Page("Tief", body)).Add("good.md", Page("Gut", "Text."));
        var (code, _, errors) = _site.Run(_site.Options with { KeepGoing = true });
        Assert.Equal(ExitCodes.PartlyPublished, code);
        Assert.StartsWith("deep.md: error:", errors);
        Assert.True(_site.Exists("2024/12/01/gut/index.html"));
    }

    [Fact]
    public void A_navigation_line_of_spaces_is_read_in_linear_time()
    {
        // 92 s before: the pattern's lazy title backtracked over every space. A test that hung would time out the run.
        _site.Add("a.txt", "Titel\nNEXT a" + new string(' ', 320_000) + "b\nText.\n").Add("a.yml", "date: 2024-12-02\n");
        _site.Publish();
        var dump = global::StaticNews.Parse.DumpParser.Parse("Titel\nNEXT Weiter geht's  »  \nText.\n", "x.txt");
        Assert.Equal("Weiter geht's", dump.Next);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_an_error_naming_it()
    {
        _site.AddBytes("huge.txt", Encoding.UTF8.GetBytes("Titel\n" + new string('x', global::StaticNews.Parse.ParseDocuments.MaxDocumentBytes) + "\n"));
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("huge.txt:1: error: the document is 8 MiB; a document may have at most 8 MiB.", errors);
    }

    [Fact]
    public void A_long_body_is_carried_by_feeds_as_its_summary_and_link()
    {
        var paragraphs = string.Join("\n", Enumerable.Range(0, 8000).Select(i => $"Absatz {i} mit etwas Text, der lang genug ist."));
        _site.Add("a.txt", "Lang\n" + paragraphs + "\n").Add("a.yml", "date: 2024-12-02\n");
        _site.Publish();
        Assert.Contains("Absatz 7999", _site.Read("2024/12/02/lang/index.html"));
        foreach (var feed in new[] { "feed.xml", "atom.xml", "feed.json" })
        {
            Assert.DoesNotContain("Absatz 7999", _site.Read(feed));
            Assert.Contains("https://example.org/2024/12/02/lang/", _site.Read(feed));
        }
    }

    [Theory]
    [InlineData("0001-01-01", "Europe/Berlin")]
    [InlineData("9999-12-31T23:00:00", "America/New_York")]
    [InlineData("0001-01-01T00:30:00+01:00", "UTC")]
    [InlineData("9999-12-31T23:00:00-05:00", "UTC")]
    public void Dates_at_the_ends_of_the_range_are_errors_not_crashes(string date, string zone)
    {
        _site.Add("site.yml", $"baseUrl: https://example.org/\ntimezone: {zone}\n").Add("a.md", $"---\ntitle: Alt\ndate: {date}\n---\nText.\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md:3:7: error: `date` must be an ISO 8601 date between", errors);
    }

    [Fact]
    public void A_dateline_of_year_one_is_not_a_date()
    {
        _site.Add("site.yml", "baseUrl: https://example.org/\ntimezone: Asia/Tokyo\n").Add("a.txt", "Titel\n1. Januar 0001\nText.\n").Add("a.yml", "date: 2024-12-02\n");
        _site.Publish();
    }

    [Fact]
    public void Output_path_clashes_are_errors_found_by_check_too_and_skipped_by_keep_going()
    {
        _site.Add("a.md", Page("Alpha", "Text.", "tags: [alpha]\naliases: [/feed.xml]\n"))
            .Add("tags/alpha", "a file where a tag folder goes")
            .Add("2024", "a file where the year folder goes");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("a.md: error: `feed.xml/index.html` clashes with `feed.xml`", errors);
        Assert.Contains("tags/alpha: error: `tags/alpha` clashes with `tags/alpha/index.html`", errors);
        Assert.Contains("2024: error: `2024` clashes with `2024/12/01/alpha/index.html` (a.md)", errors);
        Assert.All(errors.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)),
            line => Assert.DoesNotContain(_site.Root, line)); // paths below the input folder, never absolute

        using var check = new StringWriter();
        Assert.Equal(ExitCodes.Failed, CheckCommand.Run(_site.Options, strict: false, TextWriter.Null, check));
        Assert.Contains("tags/alpha: error:", check.ToString());

        Assert.Equal(ExitCodes.PartlyPublished, _site.Run(_site.Options with { KeepGoing = true }).ExitCode);
        Assert.StartsWith("<?xml", _site.Read("feed.xml"));
        Assert.True(_site.Exists("tags/alpha/index.html"));
    }

    [Fact]
    public void File_names_no_path_can_hold_are_errors_that_keep_going_skips()
    {
        _site.Add("a.md", Page("Alpha", "Text."));
        _site.AddBytes("new\nline.png", [1]).AddBytes("esc\u001b[2J.png", [1]);
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("new\\nline.png: error: the name has control characters", errors);
        Assert.Contains("esc\\u001B[2J.png: error:", errors);
        Assert.DoesNotContain('\u001b', errors);
        Assert.Equal(ExitCodes.PartlyPublished, _site.Run(_site.Options with { KeepGoing = true }).ExitCode);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_an_error_naming_it()
    {
        _site.Add("a.md", Page("Alpha", "Text."));
        // .NET strings cannot name such a file: the shell makes it, as a copy from an old archive would.
        using (var shell = Process.Start(new ProcessStartInfo("sh", ["-c", "touch \"$(printf 'bild\\377.png')\""]) { WorkingDirectory = _site.Input })!)
            shell.WaitForExit();
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("error: the name is not valid UTF-8", errors);
        Assert.Equal(ExitCodes.PartlyPublished, _site.Run(_site.Options with { KeepGoing = true }).ExitCode);
    }

    [Fact]
    public void The_same_text_in_nfd_and_nfc_is_one_title_one_slug_and_one_tag()
    {
        _site.Add("a.md", Page("Su\u0308dkorea wa\u0308hlt", "Text.", "tags: [Su\u0308dkorea]\n"))
            .Add("b.md", Page("Nordkorea", "Text.", "tags: [Südkorea]\n").Replace("12-01", "12-02"));
        _site.Publish();
        Assert.True(_site.Exists("2024/12/01/suedkorea-waehlt/index.html"));
        Assert.Single(_site.OutputFiles(), f => f.StartsWith("tags/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "tags/index.html");
        Assert.Contains("Südkorea wählt", _site.Read("2024/12/01/suedkorea-waehlt/index.html"));
        Assert.Equal("Ångström", Nfc.Normalize("A\u030Angstro\u0308m"));
        Assert.Equal("한국어", Nfc.Normalize("\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165"));
        Assert.Equal("\u00e9\u0301", Nfc.Normalize("e\u0301\u0301"));
        Assert.Equal("\u1EAD", Nfc.Normalize("a\u0302\u0323")); // marks reordered by class, then composed
        Assert.Equal("\u1EAD", Nfc.Normalize("a\u0323\u0302"));
        Assert.Equal("\u0915\u093C", Nfc.Normalize("\u0958")); // a composition exclusion stays decomposed
        var ascii = "plain ASCII stays the same string";
        Assert.Same(ascii, Nfc.Normalize(ascii));
    }

    [Fact]
    public void Tags_that_differ_in_a_sharp_or_plus_get_their_own_pages()
    {
        _site.Add("a.md", Page("Sprachen", "Text.", "tags: [\"C#\", C, \"C++\", \"Notepad++\"]\n"));
        _site.Publish();
        foreach (var tag in new[] { "c-sharp", "c", "c-plus-plus", "notepad-plus-plus" }) Assert.True(_site.Exists($"tags/{tag}/index.html"), tag);
    }

    [Fact]
    public void Other_spellings_that_share_a_tag_url_are_reported_and_case_alone_is_not()
    {
        _site.Add("a.md", Page("Eins", "Text.", "tags: [\"AT&T\", NATO]\n"))
            .Add("b.md", Page("Zwei", "Text.", "tags: [AT-T, Nato]\n").Replace("12-01", "12-02"))
            .Add("c.md", Page("Drei", "Text.", "tags: [\"AT&T\"]\n").Replace("12-01", "12-03"));
        var report = _site.Publish();
        var merged = Assert.Single(report.Warnings, w => w.Code == DiagnosticCode.MergedTags);
        Assert.Equal("b.md", merged.File);
        Assert.Contains("`AT-T` and `AT&T` share the URL /tags/at-t/", merged.Message);
    }

    [Fact]
    public void Bidi_overrides_in_titles_are_balanced()
    {
        Assert.Equal("a\u202Eb\u202C c", Bidi.Balance("a\u202Eb\u202C c"));
        Assert.Equal("a\u202Eb c\u202C", Bidi.Balance("a\u202Eb c"));
        Assert.Equal("a b", Bidi.Balance("a\u202C b\u2069"));
        Assert.Equal("\u2067x\u202Ey\u202C\u2069z", Bidi.Balance("\u2067x\u202Ey\u2069z"));
        _site.Add("a.md", Page("\"\u202Eevil\"", "Text."));
        _site.Publish();
        Assert.Contains("\u202Eevil\u202C", _site.Read("feed.xml"));
    }

    [Fact]
    public void Dump_lines_break_only_at_line_feeds_and_carriage_returns()
    {
        var dump = global::StaticNews.Parse.DumpParser.Parse("Titel\r\nEins\u2028noch eins\u2029und\u0085drei\rZwei\n", "x.txt");
        Assert.Equal(["Eins noch eins und drei", "Zwei"], dump.Paragraphs);
    }

    [Fact]
    public void Urls_in_a_dump_keep_their_characters()
    {
        _site.Add("a.txt", "Titel\nMehr unter https://de.wikipedia.org/wiki/Olaf_Scholz und https://example.org/?a=1&b=2 sowie *Sternchen* und a_b_c.\n")
            .Add("a.yml", "date: 2024-12-02\n");
        _site.Publish();
        var page = _site.Read("2024/12/02/titel/index.html");
        Assert.Contains("href=\"https://de.wikipedia.org/wiki/Olaf_Scholz\"", page);
        Assert.Contains("href=\"https://example.org/?a=1&amp;b=2\"", page);
        Assert.Contains("*Sternchen* und a_b_c.", page);
        Assert.DoesNotContain("%5C", page);
    }

    [Theory]
    [InlineData("https://user:secret@example.org/", "user name or password")]
    [InlineData("https://example.org/?utm=1", "query")]
    [InlineData("https://example.org/#top", "fragment")]
    public void A_base_url_with_credentials_a_query_or_a_fragment_is_an_error(string url, string says)
    {
        _site.Add("site.yml", $"baseUrl: {url}\n").Add("a.md", Page("Alpha", "Text."));
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains(says, errors);
        Assert.DoesNotContain("secret", errors);
    }

    [Fact]
    public void An_idn_host_is_published_in_punycode()
    {
        _site.Add("site.yml", "baseUrl: https://zeitung-bücher.example/news/\n").Add("a.md", Page("Alpha", "Text."));
        _site.Publish();
        Assert.Contains("https://xn--zeitung-bcher-4ob.example/news/2024/12/01/alpha/", _site.Read("feed.xml"));
        Assert.Contains("https://xn--zeitung-bcher-4ob.example/news/2024/12/01/alpha/", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void Settings_documents_and_clashes_are_reported_in_one_run()
    {
        _site.Add("site.yml", "baseUrl: https://example.org/\npageSize: many\n")
            .Add("a.md", Page("Alpha", "Text.", "tags: [alpha]\n")).Add("b.md", "---\ntitle: B\ntags: 5\n---\n").Add("tags/alpha", "x");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("site.yml:2:11: error:", errors);
        Assert.Contains("b.md:3:7: error:", errors);
        Assert.Contains("tags/alpha: error:", errors);
        Assert.Equal(ExitCodes.Failed, _site.Run(_site.Options with { KeepGoing = true }).ExitCode); // never with broken settings
    }

    [Fact]
    public void Diagnostics_escape_control_characters()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCode.UnusableName, "a\u001b[2Jb\n::error file=x::owned.md", "bad \u202Etext\r");
        Assert.Equal("a\\u001B[2Jb\\n::error file=x::owned.md: error: bad \\u202Etext\\r [SN1003]", diagnostic.ToString());
    }

    [Fact]
    public void Every_format_of_check_escapes_control_characters_in_a_file_name()
    {
        _site.Add("a.md", Page("Alpha", "Text.")).AddBytes("esc\u001b[2J\n::error::owned.png", [1]);
        foreach (var format in StaticNews.Commands.DiagnosticFormat.Names)
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            CheckCommand.Run(_site.Options, strict: false, output, errors, format);
            var printed = output.ToString() + errors;
            Assert.DoesNotContain('\u001b', printed);
            Assert.DoesNotContain("\n::error::owned", printed);
        }
    }

    [Fact]
    public void A_quoted_boolean_says_to_drop_the_quotes_and_a_page_without_date_gets_page_advice()
    {
        _site.Add("a.md", "---\ntitle: A\ndraft: \"true\"\n---\nText.\n");
        var (_, _, errors) = _site.Run();
        Assert.Contains("not the quoted text \"true\". Write it without quotes: `draft: true`.", errors);
        _site.Add("a.md", "---\ntitle: A\n---\nText.\n");
        Assert.Contains("Add `date: 2024-12-04T12:00:00+01:00` to its front matter.", _site.Run().Errors);
    }

    public void Dispose() => _site.Dispose();
}
