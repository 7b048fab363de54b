using System.Diagnostics;
using StaticNews.Commands;
using StaticNews.Model;

namespace StaticNews.Tests.Reliability;

/// <summary>A build never deletes what StaticNews did not make (issue #12, data loss).</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\n")
        .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n")
        .Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\n---\nText.\n");

    private (int Code, string Errors) Build(string output, bool force = false, string? currentDir = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = currentDir ?? _site.Root };
        foreach (var arg in new[] { ProgramRunner.Assembly, "build", "--input", _site.Input, "--output", output, "--now", "2025-01-01T00:00:00Z" }) start.ArgumentList.Add(arg);
        if (force) start.ArgumentList.Add("--force");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.Result);
    }

    [Theory]
    [InlineData(".")]       // the project folder
    [InlineData("input")]   // the input itself
    [InlineData("..")]      // a folder above the input and the current folder
    [InlineData("/")]
    [InlineData("")]
    public void An_output_that_is_or_holds_the_project_is_refused_with_exit_2_and_nothing_is_touched(string output)
    {
        File.WriteAllText(Path.Combine(_site.Root, "precious.txt"), "keep me");
        var (code, errors) = Build(output);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Single(errors.Trim().Split('\n'));
        Assert.StartsWith("error:", errors);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_site.Root, "precious.txt")));
        Assert.True(File.Exists(Path.Combine(_site.Input, "a.md")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".staticnews-*"));
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        var home = Path.Combine(_site.Root, "home");
        Directory.CreateDirectory(home);
        Assert.NotNull(Write.OutputFolder.Refusal(home, _site.Input, force: true, currentDir: _site.Root, home: home));
        Assert.Contains("home folder", Write.OutputFolder.Refusal(home, _site.Input, force: false, _site.Root, home + "/"));
    }

    [Fact]
    public void A_folder_StaticNews_did_not_publish_is_replaced_only_with_force()
    {
        var foreign = Path.Combine(_site.Root, "www");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "index.php"), "<?php");
        var (code, errors) = Build(foreign);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--force", errors);
        Assert.True(File.Exists(Path.Combine(foreign, "index.php")));

        Assert.Equal(ExitCodes.Success, Build(foreign, force: true).Code);
        Assert.False(File.Exists(Path.Combine(foreign, "index.php")));
        // Published by StaticNews now: the next build needs no --force, and an empty folder never did.
        Assert.Equal(ExitCodes.Success, Build(foreign).Code);
        Directory.CreateDirectory(Path.Combine(_site.Root, "empty"));
        Assert.Equal(ExitCodes.Success, Build(Path.Combine(_site.Root, "empty")).Code);
    }

    [Fact]
    public void An_output_published_by_the_earlier_layout_is_still_recognised()
    {
        var output = Path.Combine(_site.Root, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "old site");
        Directory.CreateDirectory(Path.Combine(_site.Root, ".staticnews-site-cache"));
        File.WriteAllText(Path.Combine(_site.Root, ".staticnews-site-cache", "live.manifest"), "");
        Assert.Equal(ExitCodes.Success, Build(output).Code);
        // A sibling output named `site-cache` has a folder of that name too, but never a manifest at its top.
        var sibling = Path.Combine(_site.Root, "other");
        Directory.CreateDirectory(sibling);
        File.WriteAllText(Path.Combine(sibling, "x"), "x");
        Directory.CreateDirectory(Path.Combine(_site.Root, ".staticnews-other-cache", "cache"));
        File.WriteAllText(Path.Combine(_site.Root, ".staticnews-other-cache", "cache", "live.manifest"), "");
        Assert.Equal(ExitCodes.Usage, Build(sibling).Code);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        File.WriteAllText(Path.Combine(_site.Root, "site.zip"), "zip");
        var (code, errors) = Build("site.zip");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("is a file", errors);
    }

    [Fact]
    public void A_sibling_output_whose_name_extends_this_ones_keeps_its_cache_and_spare()
    {
        var sibling = Path.Combine(_site.Root, "output-old");
        _site.Publish(_site.Options with { OutputDir = sibling });
        _site.Publish(_site.Options with { OutputDir = sibling });
        var siblingHome = Path.Combine(_site.Root, ".staticnews-output-old");
        var before = Directory.EnumerateFileSystemEntries(siblingHome, "*", SearchOption.AllDirectories).Order().ToList();

        _site.Add("broken.md", "---\ntags: 5\n---\n");
        Assert.False(_site.Build().Published); // a failed first build of output/
        _site.Add("broken.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n");
        _site.Publish();
        _site.Publish();

        Assert.Equal(before, Directory.EnumerateFileSystemEntries(siblingHome, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "cache")));
        Assert.True(File.Exists(Path.Combine(sibling, "index.html")));
    }

    [Fact]
    public void A_symlinked_output_is_published_into_its_target_and_stays_a_link()
    {
        var target = Path.Combine(_site.Root, "var-www-news");
        Directory.CreateDirectory(target);
        var link = Path.Combine(_site.Root, "output");
        File.CreateSymbolicLink(link, target);
        _site.Publish();
        _site.Add("c.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n");
        _site.Publish();
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(target, "2024/12/03/gamma/index.html")));
        Assert.True(Directory.Exists(Path.Combine(_site.Root, ".staticnews-var-www-news")));
    }

    [Fact]
    public void Keep_going_refuses_to_publish_a_site_that_lost_most_of_its_articles_unless_forced()
    {
        _site.Publish();
        _site.Add("a.md", "---\ntags: 5\n---\n").Add("b.md", "---\ntags: 5\n---\n"); // a broken bulk edit
        var (code, _, errors) = _site.Run(_site.Options with { KeepGoing = true });
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("--force", errors);
        Assert.True(_site.Exists("2024/12/01/alpha/index.html"));

        Assert.Equal(ExitCodes.PartlyPublished, _site.Run(_site.Options with { KeepGoing = true, Force = true }).ExitCode);
        Assert.False(_site.Exists("2024/12/01/alpha/index.html"));
    }

    [Fact]
    public void Keep_going_still_publishes_when_most_articles_are_good()
    {
        _site.Add("c.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n");
        _site.Publish();
        _site.Add("c.md", "---\ntags: 5\n---\n");
        Assert.Equal(ExitCodes.PartlyPublished, _site.Run(_site.Options with { KeepGoing = true }).ExitCode);
    }

    [Fact]
    public void A_second_build_of_the_same_output_waits_for_the_first_and_says_so()
    {
        _site.Publish();
        using (Write.OutputLock.Take(_site.Output))
        {
            var messages = new List<string>();
            var second = Task.Run(() => SiteBuilder.Build(_site.Options, new Collect(messages)));
            Thread.Sleep(500);
            Assert.False(second.IsCompleted, "the second build did not wait for the lock");
            lock (messages) Assert.Contains(messages, m => m.Contains("waiting", StringComparison.Ordinal));
            // released at the end of the block
            _ = second;
        }
        Assert.True(SiteBuilder.Build(_site.Options).Published);
    }

    [Fact]
    public async Task Two_builds_at_once_both_finish_and_the_site_equals_a_clean_build()
    {
        for (var i = 0; i < 200; i++) _site.Add($"p/{i:000}.md", $"---\ntitle: Meldung {i}\ndate: 2024-11-{1 + i % 28:00}T10:00:00Z\n---\nText {i}.\n");
        var codes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => ProgramRunner.Run("build", "--input", _site.Input, "--output", _site.Output, "--now", "2025-01-01T00:00:00Z"))));
        Assert.All(codes, code => Assert.Equal(ExitCodes.Success, code));
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(SiteBuilder.Build(_site.Options with { OutputDir = clean, Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) }).Published);
        Assert.Equal(TestSite.Hashes(clean), TestSite.Hashes(_site.Output));
    }

    [Fact]
    public void A_cache_written_on_more_cores_and_damaged_segments_never_fail_a_build()
    {
        _site.Publish();
        var cache = Path.Combine(_site.Home, "cache");
        // Segments of an older layout (16 of them, from a machine with more cores) and garbage in every segment.
        for (var i = 0; i < 16; i++) File.WriteAllText(Path.Combine(cache, $"articles.{i}"), "staticnews-articles-3 garbage" + i);
        _site.Add("c.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n");
        _site.Publish();
        _site.Publish();
        Assert.True(_site.Exists("2024/12/03/gamma/index.html"));
    }

    [Theory]
    [InlineData("<p>Zebrafinken", "<p>Zebrafinkem", true)] // a changed byte: found when the body is read, the build begun again
    [InlineData("<p>Zebrafinken zwitschern.</p>", "", false)] // a cut-off segment: found when it is read, its articles derived again
    public void A_kept_body_damaged_on_disk_is_found_and_the_site_built_again_from_the_documents(string kept, string damaged, bool warned)
    {
        _site.Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nZebrafinken zwitschern.\n");
        _site.Publish();
        var segment = Directory.EnumerateFiles(Path.Combine(_site.Home, "cache"), "articles.*")
            .Single(f => File.ReadAllText(f).Contains("Zebrafinken", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(segment);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(kept));
        File.WriteAllBytes(segment, [.. bytes[..at], .. System.Text.Encoding.UTF8.GetBytes(damaged), .. damaged.Length > 0 ? bytes[(at + kept.Length)..] : []]);
        // Beta's new text renders the feeds, which carry Alpha's kept body: read now, it no longer has its hash.
        _site.Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\n---\nNeuer Text.\n");

        var (code, _, errors) = _site.Run();

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(warned, errors.Contains("was damaged", StringComparison.Ordinal));
        Assert.Contains("Zebrafinken zwitschern.", _site.Read("feed.xml"));
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(SiteBuilder.Build(_site.Options with { OutputDir = clean }).Published);
        Assert.Equal(TestSite.Hashes(clean), TestSite.Hashes(_site.Output));
        _site.Publish(); // and what is kept now is sound
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_a_warning_after_publishing()
    {
        _site.Publish();
        var articles = Path.Combine(_site.Home, "cache", "articles.0");
        foreach (var segment in Directory.EnumerateFiles(Path.Combine(_site.Home, "cache"), "articles.*")) File.Delete(segment);
        Directory.CreateDirectory(articles + ".tmp"); // the temporary file's name is taken by a folder: the save fails
        for (var i = 0; i < 8; i++) Directory.CreateDirectory(Path.Combine(_site.Home, "cache", $"articles.{i}.tmp"));
        _site.Add("c.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n");
        var (code, _, errors) = _site.Run();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("warning: keeping the derived articles failed", errors);
        Assert.True(_site.Exists("2024/12/03/gamma/index.html"));
    }

    [Fact]
    public void A_write_that_fails_names_the_file_leaves_the_site_and_removes_what_it_wrote()
    {
        _site.Add("photo.jpg", "jpeg");
        _site.Publish();
        _site.Publish();
        var before = _site.Read("index.html");
        _site.Add("c.md", "---\ntitle: Gamma\ndate: 2024-12-03T10:00:00Z\n---\nText.\n").Add("late.jpg", "new picture");
        Directory.Delete(Path.Combine(_site.Home, "spare"), recursive: true); // a fresh staging folder this time
        // The static file vanishes after the scan, while the generation is written: the copy fails.
        var report = SiteBuilder.Build(_site.Options, new Collect([], onWrite: () => File.Delete(Path.Combine(_site.Input, "late.jpg"))));
        Assert.False(report.Published);
        var error = Assert.Single(report.Errors);
        Assert.Equal("late.jpg", error.File);
        Assert.Contains("could not write the site", error.Message);
        Assert.Equal(before, _site.Read("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(_site.Home, "staging-*"));
    }

    [Fact]
    public void A_full_disk_is_said_so()
    {
        var failure = Write.WriteFailure.Explain(new Write.WriteFailure.WrittenFileException("2024/12/03/gamma/index.html", new IOException("No space left on device", 28)));
        Assert.NotNull(failure);
        Assert.Equal("no space left on device while writing 2024/12/03/gamma/index.html; output was left as it was.", failure.Message);
        Assert.Null(Write.WriteFailure.Explain(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void A_failed_build_leaves_no_staging_folder()
    {
        _site.Publish();
        _site.Publish();
        Directory.Delete(Path.Combine(_site.Home, "spare"), recursive: true);
        _site.Add("broken.md", "---\ntags: 5\n---\n");
        Assert.False(_site.Build().Published);
        Assert.Empty(Directory.EnumerateDirectories(_site.Home, "staging-*"));
    }

    /// <summary>Collects progress messages on the calling thread; runs <c>onWrite</c> when the writing step starts.</summary>
    private sealed class Collect(List<string> messages, Action? onWrite = null) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (messages) messages.Add(value);
            if (value.StartsWith("Rendering and writing", StringComparison.Ordinal)) onWrite?.Invoke();
        }
    }

    public void Dispose() => _site.Dispose();
}
