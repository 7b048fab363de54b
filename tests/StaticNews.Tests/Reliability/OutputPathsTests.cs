using StaticNews.Model;
using StaticNews.Write;

namespace StaticNews.Tests.Reliability;

/// <summary>The path check, and what it remembers for the preview: the same paths pass again, any other list is checked.</summary>
public sealed class OutputPathsTests
{
    private static OutputFile File(string path, bool yields = false) => new(path, () => ReadOnlyMemory<byte>.Empty) { Yields = yields };

    [Fact]
    public void A_list_of_the_paths_that_passed_passes_again_and_any_other_is_checked()
    {
        var passed = new PassedPaths();
        OutputFile[] site = [File("index.html"), File("tags/a/index.html"), File("alt/index.html", yields: true)];
        var problems = new List<Diagnostic>();
        Assert.Same(site, OutputPaths.Check(site, problems, out var safe, passed));
        Assert.True(safe);
        Assert.Equal(3, OutputPaths.Check([.. site], problems, out safe, passed).Count);
        Assert.Empty(problems);

        // A file where a folder is needed, an alias at a page's path, a path that leaves the folder: each is still found.
        OutputFile[] clashing = [.. site, File("tags/a")];
        Assert.Equal(3, OutputPaths.Check(clashing, problems, out safe, passed).Count);
        Assert.Contains(problems, p => p.Code == DiagnosticCode.PathClash);
        OutputFile[] yielding = [File("index.html"), File("tags/a/index.html"), File("index.html", yields: true)];
        problems.Clear();
        Assert.Equal(2, OutputPaths.Check(yielding, problems, out safe, passed).Count);
        Assert.Single(problems);
        OutputFile[] escaping = [File("index.html"), File("../etc/passwd"), File("alt/index.html", yields: true)];
        problems.Clear();
        OutputPaths.Check(escaping, problems, out safe, passed);
        Assert.False(safe);
        Assert.Contains(problems, p => p.Code == DiagnosticCode.UnusablePath);
        // After a list with problems nothing is remembered: the same list is reported again.
        problems.Clear();
        OutputPaths.Check(escaping, problems, out safe, passed);
        Assert.False(safe);
        Assert.NotEmpty(problems);
    }

    [Theory]
    [InlineData("a/\u0007b.html", "control characters")]
    [InlineData("/etc/passwd", "would leave the output folder")]
    [InlineData("a//b.html", "would leave the output folder")]
    [InlineData("a/./b.html", "would leave the output folder")]
    [InlineData("a\\b.html", "would leave the output folder")]
    [InlineData("a/\u0085b.html", "control characters")]
    public void Unusable_paths_are_named(string path, string why)
    {
        var problems = new List<Diagnostic>();
        OutputPaths.Check([File(path)], problems, out var safe);
        Assert.False(safe);
        Assert.Contains(why, Assert.Single(problems).Message);
    }

    [Fact]
    public void A_name_longer_than_a_file_system_allows_is_named()
    {
        var problems = new List<Diagnostic>();
        OutputPaths.Check([File("a/" + new string('ü', 128) + ".html")], problems, out _);
        Assert.Contains("too long", Assert.Single(problems).Message);
        problems.Clear();
        OutputPaths.Check([File("a/" + new string('u', 250) + ".html")], problems, out _);
        Assert.Empty(problems);
    }
}
