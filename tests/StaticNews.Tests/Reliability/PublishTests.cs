using System.Diagnostics;
using StaticNews.Commands;

namespace StaticNews.Tests.Reliability;

/// <summary>A publish never loses the live site: atomic swap, kill -9, stale folders, culture, reproducibility (issue #4).</summary>
public sealed class PublishTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "language: de\ntimezone: Europe/Berlin\n");

    private void AddArticles(int count, string body)
    {
        for (var i = 0; i < count; i++)
            _site.Add($"posts/{i:00000}.md", $"---\ntitle: Meldung {i}\ndate: 2024-{1 + i % 12:00}-{1 + i % 28:00}T10:00:00Z\ntags: [T{i % 50}, Südkorea]\n---\n{body} {i}\n");
    }

    [Theory]
    [InlineData(0)]     // as soon as the next generation's folder exists, before anything is written into it
    [InlineData(500)]   // once files of the next generation are written
    public void A_build_killed_mid_way_leaves_the_previous_output_intact_and_the_next_run_cleans_up(int writtenBeforeKill)
    {
        AddArticles(3000, "Erste Fassung.");
        _site.Publish();
        var before = Hashes();
        AddArticles(3000, "Zweite Fassung, die nie erscheint.");
        // One publish leaves no spare: the next generation starts in a fresh staging folder, as after a clean build.
        Assert.False(Directory.Exists(Path.Combine(_site.Home, "spare")));

        var started = DateTime.UtcNow.AddSeconds(-1);
        var (process, _, _) = ProgramRunner.Start("build", "--input", _site.Input, "--output", _site.Output, "--now", "2025-01-01T00:00:00Z");
        var clock = Stopwatch.StartNew();
        while (!Reached(writtenBeforeKill, started) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(2);
        Assert.False(process.HasExited, "the build finished before it could be killed");
        process.Kill(entireProcessTree: true); // SIGKILL: no clean-up code runs
        process.WaitForExit();

        Assert.Equal(before, Hashes());
        Assert.NotEmpty(Directory.EnumerateDirectories(_site.Home));
        _site.Publish();
        // What stays beside the output: the previous generation, to be recycled, and the cache; nothing half-made.
        Assert.Equal(["cache", "spare"], _site.BesideOutput());
        Assert.Contains("Zweite Fassung", _site.Read("2024/01/01/meldung-0/index.html"));
    }

    [Fact]
    public void A_swap_cut_between_its_two_renames_is_repaired_by_the_next_run()
    {
        AddArticles(3, "Text.");
        _site.Publish();
        var before = Hashes();
        Directory.Move(_site.Output, Path.Combine(_site.Home, "old-4242"));
        _site.Add("bad.md", "---\ntags: 5\n---\n");
        Assert.Equal(ExitCodes.Failed, _site.Run().ExitCode);
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void The_output_is_the_same_under_every_culture()
    {
        AddArticles(30, "Größe, Straße, İstanbul, ıi, 3,5 %.");
        var outputs = new List<Dictionary<string, string>>();
        foreach (var lang in new[] { "C", "de_DE.UTF-8", "tr_TR.UTF-8" })
        {
            var output = Path.Combine(_site.Root, "out-" + lang);
            var start = new ProcessStartInfo("dotnet", [ProgramRunner.Assembly, "build", "--input", _site.Input, "--output", output, "--now", "2025-01-01T00:00:00Z"])
                { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["LANG"] = start.Environment["LC_ALL"] = lang;
            using var process = Process.Start(start)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            outputs.Add(Hashes(output));
        }
        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    [Fact]
    public void Source_date_epoch_sets_now_when_no_now_option_is_given()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733400000), BuildNow.Resolve(null, "1733400000", TimeProvider.System));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), BuildNow.Resolve("2024-01-02", "1733400000", TimeProvider.System));
        Assert.Throws<ArgumentException>(() => BuildNow.Resolve(null, "gestern", TimeProvider.System));
        Assert.Equal(DateTimeOffset.MaxValue.AddTicks(-(TimeSpan.TicksPerSecond - 1)), BuildNow.Resolve(null, "253402300799", TimeProvider.System));
        var tooLate = Assert.Throws<ArgumentException>(() => BuildNow.Resolve(null, "99999999999999", TimeProvider.System));
        Assert.Equal("SOURCE_DATE_EPOCH must be whole seconds since 1970, at most 253402300799 (the end of 9999), not `99999999999999`.", tooLate.Message);
    }

    [Fact]
    public void Rss_last_build_date_comes_from_the_content_not_the_clock()
    {
        AddArticles(3, "Text.");
        _site.Publish(_site.Options with { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.Contains("<lastBuildDate>Sun, 03 Mar 2024 10:00:00 GMT</lastBuildDate>", _site.Read("feed.xml"));
    }

    /// <summary>A staging folder exists with at least <paramref name="files"/> files written since <paramref name="started"/>
    /// in it (the rest are hard links to the live site's files, which keep their times).</summary>
    private bool Reached(int files, DateTime started)
    {
        if (!Directory.Exists(_site.Home)) return false;
        var staging = Directory.EnumerateDirectories(_site.Home, "staging-*").FirstOrDefault();
        if (staging is null) return false;
        if (files == 0) return true;
        try
        {
            return Directory.EnumerateFiles(staging, "index.html", SearchOption.AllDirectories)
                .Count(f => File.GetLastWriteTimeUtc(f) >= started) >= files;
        }
        catch (IOException) { return false; } // the folder changes while it is read
    }

    private Dictionary<string, string> Hashes(string? folder = null) => TestSite.Hashes(folder ?? _site.Output);

    public void Dispose() => _site.Dispose();
}
