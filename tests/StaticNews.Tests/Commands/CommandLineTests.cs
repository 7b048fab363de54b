using StaticNews.Commands;

namespace StaticNews.Tests.Commands;

/// <summary>The program as a user runs it: wrong usage exits 2 and says why; the default command builds.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");

    [Theory]
    [InlineData("build", "--base-url", "nope")]
    [InlineData("build", "--now", "gestern")]
    [InlineData("build", "--no-such-option")]
    [InlineData("new")]
    public async Task Wrong_usage_exits_2_with_a_message(params string[] args)
    {
        var (process, _, errors) = ProgramRunner.Start([.. args, "--input", _site.Input]);
        await process.WaitForExitAsync();
        Assert.Equal(ExitCodes.Usage, process.ExitCode);
        Assert.Contains("error", await errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Build_with_a_base_url_publishes_under_it()
    {
        var (process, _, errors) = ProgramRunner.Start("build", "--input", _site.Input, "--output", _site.Output, "--base-url", "https://example.org/news");
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == ExitCodes.Success, await errors);
        Assert.Contains("<link>https://example.org/news/2024/12/01/alpha/</link>", _site.Read("feed.xml"));
    }

    public void Dispose() => _site.Dispose();
}
