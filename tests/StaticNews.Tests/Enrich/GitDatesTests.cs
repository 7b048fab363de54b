using System.Diagnostics;
using StaticNews.Commands;

namespace StaticNews.Tests.Enrich;

/// <summary>Undated dumps take their first commit's date; where git cannot tell it for sure, the build says so (issue #12).</summary>
public sealed class GitDatesTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\n");

    private void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "user.email=t@example.org", "-c", "user.name=T", "-c", "protocol.file.allow=always" }.Concat(args)) start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, errors);
    }

    private void Commit(string file, string text, string date)
    {
        _site.Add(file, text);
        Git(_site.Root, "add", ".");
        var start = new ProcessStartInfo("git", ["-c", "user.email=t@example.org", "-c", "user.name=T", "commit", "-qm", file]) { WorkingDirectory = _site.Root };
        start.Environment["GIT_AUTHOR_DATE"] = date;
        using var git = Process.Start(start)!;
        git.WaitForExit();
    }

    private string ShallowClone()
    {
        Git(_site.Root, "init", "-q");
        Commit("alt.txt", "Alt\nText alt.\n", "2020-01-01T10:00:00Z");
        Commit("neu.txt", "Neu\nText neu.\n", "2021-01-01T10:00:00Z");
        Commit("jung.txt", "Jung\nText jung.\n", "2022-01-01T10:00:00Z");
        var clone = Path.Combine(_site.Root, "clone");
        Git(_site.Root, "clone", "-q", "--depth", "2", "file://" + _site.Root, clone);
        return clone;
    }

    [Fact]
    public void A_full_history_dates_each_dump_by_its_first_commit()
    {
        ShallowClone();
        var history = StaticNews.Enrich.GitDates.FirstCommitted(_site.Input);
        Assert.Null(history.Doubt);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero), history.Dates["alt.txt"]);
    }

    [Fact]
    public void A_shallow_clone_keeps_the_dates_it_knows_and_says_which_it_cannot_tell()
    {
        var clone = ShallowClone();
        var history = StaticNews.Enrich.GitDates.FirstCommitted(Path.Combine(clone, "input"));
        Assert.Equal(new DateTimeOffset(2022, 1, 1, 10, 0, 0, TimeSpan.Zero), history.Dates["jung.txt"]);
        Assert.False(history.Dates.ContainsKey("alt.txt"));
        Assert.False(history.Dates.ContainsKey("neu.txt"));
        Assert.Contains("shallow clone", history.DoubtAbout("alt.txt"));
        Assert.Null(history.DoubtAbout("jung.txt"));
        Assert.Null(history.DoubtAbout("not-committed.txt"));

        var options = _site.Options with { InputDir = Path.Combine(clone, "input"), OutputDir = Path.Combine(clone, "output") };
        var (code, _, errors) = _site.Run(options);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("alt.txt: warning: no date, and this is a shallow clone", errors);
        Assert.Contains("fetch-depth: 0", errors);
        Assert.Equal(ExitCodes.Failed, _site.Run(options with { InCi = true }).ExitCode); // CI would publish other URLs: an error there
    }

    public void Dispose() => _site.Dispose();
}
