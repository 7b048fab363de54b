using StaticNews.Commands;

namespace StaticNews.Tests.Commands;

/// <summary>The program as a user runs it: wrong usage exits 2 and says why; the default command builds.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");

    [Theory]
    [InlineData("error: --base-url must be an absolute http(s) URL. Write for example `--base-url https://example.org/news/`.", "build", "--base-url", "nope")]
    [InlineData("error: --now must be an ISO 8601 date such as 2024-12-05T00:00:00Z, not `gestern`.", "build", "--now", "gestern")]
    [InlineData("error: Unrecognized command or argument '--no-such-option'.", "build", "--no-such-option")]
    [InlineData("error: Required argument missing for command: 'new'.", "new")]
    public async Task Wrong_usage_exits_2_with_a_message_that_says_what_is_wrong(string message, params string[] args)
    {
        var (process, _, errors) = ProgramRunner.Start([.. args, "--input", _site.Input]);
        await process.WaitForExitAsync();
        Assert.Equal(ExitCodes.Usage, process.ExitCode);
        var printed = await errors;
        Assert.Contains(message, printed);
        Assert.DoesNotContain("   at ", printed); // no stack trace
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Serve_refuses_a_port_that_does_not_exist(string port)
    {
        var (process, _, errors) = ProgramRunner.Start("serve", "--input", _site.Input, "--port", port);
        await process.WaitForExitAsync();
        Assert.Equal(ExitCodes.Usage, process.ExitCode);
        Assert.Contains("--port must be a port number from 1 to 65535", await errors);
        Assert.DoesNotContain("   at ", await errors);
    }

    [Fact]
    public async Task A_title_that_starts_with_an_at_sign_is_a_title_not_a_response_file()
    {
        var (process, output, errors) = ProgramRunner.Start("new", "@dpa meldet Neues", "--input", _site.Input, "--now", "2024-12-05T10:00:00Z");
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == ExitCodes.Success, await errors + await output);
        Assert.Contains("title: '@dpa meldet Neues'", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(_site.Input, "2024"), "*.md").Single()));
    }

    [Fact]
    public async Task An_unwritable_place_is_one_line_with_the_path_never_a_stack_trace()
    {
        var blocker = Path.Combine(_site.Root, "blocker");
        File.WriteAllText(blocker, "a file where a folder is needed");
        var (process, _, errors) = ProgramRunner.Start("build", "--input", _site.Input, "--output", Path.Combine(blocker, "out"));
        await process.WaitForExitAsync();
        var message = await errors;
        Assert.Equal(ExitCodes.Failed, process.ExitCode);
        Assert.Contains("blocker", message);
        Assert.DoesNotContain("   at ", message);
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
