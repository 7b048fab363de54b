using FsCheck;
using FsCheck.Xunit;
using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

/// <summary>A dump's body written without Markdig is the body Markdig makes of its Markdown (issue #7).</summary>
public sealed class PlainBodyTests
{
    private static readonly MarkdownRenderer Markdig = new(unsafeHtml: false, basePath: "");

    public static TheoryData<string> SampleDumps() =>
        new(Directory.GetFiles(Path.Combine(Fixtures.Corpus, "raw"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory, MemberData(nameof(SampleDumps))]
    public void A_sample_dump_renders_as_Markdig_renders_it(string file)
    {
        var dump = DumpParser.Parse(File.ReadAllBytes(Path.Combine(Fixtures.Corpus, "raw", file)), file, new List<StaticNews.Model.Diagnostic>());
        AssertSameAsMarkdig(dump.Paragraphs);
    }

    [Theory]
    [InlineData("Mehr unter www.example.org.")]
    [InlineData("Quelle: https://example.org/a")]
    [InlineData("Schreiben Sie an MAILTO:redaktion@example.org")]
    [InlineData("Anrufe unter tel:+43123")]
    public void Text_that_Markdig_may_link_is_left_to_Markdig(string paragraph) =>
        Assert.Null(PlainBody.TryRender(["Erster Absatz.", paragraph]));

    [Property(MaxTest = 2000)]
    public void Whenever_it_renders_a_body_it_is_the_one_Markdig_renders(NonEmptyArray<byte> picks)
    {
        // Markdown's and HTML's special characters, quotation marks, odd spaces, and the makings of links.
        string[] pieces = [.. "aZ9 .:/@-+#=>*_`[]()!|~\\&<\"'„“«» \u00a0\u3000é1)\n".Select(c => c.ToString()),
            "www.", "Www.", "http://", "https://", "ftp://", "mailto:", "tel:", "example.org", "a@b.de", "+431"];
        var text = string.Concat(picks.Get.Select(p => pieces[p % pieces.Length]));
        // Paragraphs as the dump parser leaves them: one per line, trimmed, none empty.
        var paragraphs = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count > 0) AssertSameAsMarkdig(paragraphs);
    }

    private static void AssertSameAsMarkdig(IReadOnlyList<string> paragraphs)
    {
        if (PlainBody.TryRender(paragraphs) is not { } plain) return;
        var markdig = Markdig.Render(ReadDump.ToMarkdown(paragraphs), "");
        Assert.Equal(markdig.Html, plain.Html);
        Assert.Equal(markdig.Paragraphs, plain.Paragraphs);
    }
}
