using System.Diagnostics;
using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

/// <summary>What the build derives for dumps: tags, links between stories, summaries and stable dates (issue #3).</summary>
public sealed class DumpEnrichmentTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "language: en\ntaxonomy:\n  Nordkorea: [Nordkoreas, Pjöngjang]\n");

    private TestSite WithCorpus()
    {
        foreach (var dump in Directory.EnumerateFiles(Path.Combine(Fixtures.Corpus, "raw")))
        {
            var name = Path.GetFileName(dump);
            _site.AddBytes(name, File.ReadAllBytes(dump)).Add(Path.ChangeExtension(name, ".yml"), $"date: 2024-11-{name[..3][1..]}T08:00:00Z\n");
        }
        return _site;
    }

    [Fact]
    public void Every_sample_dump_ends_with_tags_in_its_detected_language()
    {
        var report = WithCorpus().Publish();
        Assert.Equal(12, report.Site!.Articles.Count);
        Assert.All(report.Site.Articles, a => Assert.NotEmpty(a.Tags));
        var languages = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.Corpus, "key.json"))).RootElement
            .EnumerateArray().ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("lang").GetString()!);
        Assert.All(report.Site.Articles, a => Assert.Equal(languages[a.Page.Document.RelativePath], a.Lang));
    }

    [Fact]
    public void Prev_and_next_of_the_samples_become_links_both_ways()
    {
        var site = WithCorpus().Publish().Site!;
        var bahn = site.Articles.Single(a => a.Title.StartsWith("Bahn kündigt", StringComparison.Ordinal));
        Assert.Equal("Handelsminister einigen sich in Lissabon auf gemeinsame Zollregeln", bahn.PreviousStory!.Title);
        // Its own NEXT ("Mietpreise in Großstädten …") is not on this site: no link, and 004's PREV does not replace it.
        Assert.Null(bahn.NextStory);
        var lissabon = site.Articles.Single(a => a.Title.StartsWith("Handelsminister", StringComparison.Ordinal));
        Assert.Equal(bahn.Url, lissabon.NextStory!.Url);
        // 008 names no PREV, but 006 names 008 as its NEXT: the link is made both ways.
        var sturm = site.Articles.Single(a => a.Title.StartsWith("Sturmtief", StringComparison.Ordinal));
        Assert.StartsWith("Forscher in Kiel", sturm.PreviousStory!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Taxonomy_aliases_name_the_tag()
    {
        _site.Add("a.txt", "Raketen aus Pjöngjang\n-\nDie Regierung Nordkoreas testete erneut.\n").Add("a.yml", "date: 2024-12-01\n");
        var article = _site.Publish().Site!.Articles.Single();
        Assert.Equal("Nordkorea", article.Tags[0].Name);
    }

    [Fact]
    public void A_dump_with_no_name_in_it_still_gets_a_tag()
    {
        _site.Add("a.txt", "weather turns colder\n-\nit was cold and it will be colder still.\n").Add("a.yml", "date: 2024-12-01\n");
        var article = _site.Publish().Site!.Articles.Single();
        Assert.Equal(["Weather"], article.Tags.Select(t => t.Name));
    }

    [Fact]
    public void The_summary_is_the_lead_cut_at_a_word_boundary()
    {
        var lead = string.Join(' ', Enumerable.Repeat("Wort", 100));
        var summary = Summaries.Shorten(lead);
        Assert.EndsWith("Wort…", summary);
        Assert.InRange(summary.Length, Summaries.MaxLength - 5, Summaries.MaxLength + 1);
        Assert.Equal("Kurz.", Summaries.Shorten("Kurz."));
    }

    [Fact]
    public void Without_a_stated_date_a_dump_is_dated_by_its_first_commit()
    {
        _site.Add("a.txt", "Alpha\n-\nText.\n");
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "add", "--date", "2024-06-01T09:30:00+02:00");
        File.AppendAllText(Path.Combine(_site.Input, "a.txt"), "More text.\n");
        Git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-am", "edit", "--date", "2024-07-01T09:30:00+02:00");

        var article = _site.Publish().Site!.Articles.Single();
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.FromHours(2)), article.Date);
    }

    [Fact]
    public void Before_its_first_commit_a_dump_is_dated_now_with_a_warning()
    {
        _site.Add("a.txt", "Alpha\n-\nText.\n");
        var report = _site.Publish();
        Assert.Equal(TestSite.Now, report.Site!.Articles.Single().Date);
        Assert.Contains(report.Warnings, w => w.File == "a.txt" && w.Message.Contains("no date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with its mark")]
    [InlineData("utf-16")]
    public void A_sidecar_is_read_in_the_encoding_an_editor_saved_it_in(string encoding)
    {
        const string yaml = "date: 2024-12-04T09:00:00Z\nauthor: Zoë Müller\n";
        _site.Add("a.txt", "Alpha\n-\nText.\n").AddBytes("a.yml", encoding switch
        {
            "utf-8" => System.Text.Encoding.UTF8.GetBytes(yaml),
            "utf-8 with its mark" => [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(yaml)],
            _ => [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(yaml)],
        });
        var article = _site.Publish().Site!.Articles.Single();
        Assert.Equal(DateTimeOffset.Parse("2024-12-04T09:00:00Z"), article.Date);
        Assert.Equal([new StaticNews.Model.Author("zoe-mueller", "Zoë Müller")], article.Authors);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.Input, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_COMMITTER_DATE"] = "2024-08-01T00:00:00Z";
        using var git = Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    public void Dispose() => _site.Dispose();
}
