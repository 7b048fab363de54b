using ApprovalTests;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using StaticNews.Commands;

namespace StaticNews.Tests.Schema;

/// <summary><c>check --format</c>: each form of a site with one error and one warning, as a snapshot (issue #19).</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class FormatTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\npagesize: 20\n")
        // A comma in the name and a percent sign in the message: both must be escaped in a GitHub annotation.
        .Add("2024/gipfel, nacht.md", "---\ntitle: Gipfel\ndate: 2024-12-04T10:00:00Z\ntags: 5 %\nsummary: S\nimage: https://example.org/a.jpg\n---\nText.\n");

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("msbuild")]
    [InlineData("json")]
    public void Check_prints_one_error_and_one_warning(string format)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var options = _site.Options with { InputDir = "input" };
        var current = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _site.Root; // as CI runs it: from the repository's root, files named from there
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(options, strict: false, output, errors, format));
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }
        using (ApprovalTests.Namers.ApprovalResults.ForScenario(format))
            Approvals.Verify(WriterFactory.CreateTextWriter($"stdout:\n{output}stderr:\n{errors}", "txt"));
    }

    public void Dispose() => _site.Dispose();
}
