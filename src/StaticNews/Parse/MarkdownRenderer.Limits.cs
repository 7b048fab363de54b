namespace StaticNews.Parse;

/// <summary>What the renderer refuses, so every page renders in time linear in its length and never crashes.</summary>
public sealed partial class MarkdownRenderer
{
    /// <summary>Markdig's own limit: deeper nesting than this is refused by its parser, not by a crash.</summary>
    public const int MaxNesting = 128;

    /// <summary>
    /// Markdig matches link and emphasis openers within a paragraph in time that grows with their square: 100,000
    /// <c>[a](</c> take a minute. Real paragraphs have dozens; a block with more is refused, which keeps every page
    /// linear in its length.
    /// </summary>
    public const int MaxMarkersPerBlock = 2000;

    /// <summary>The most <c>[</c> and <c>*</c> in one block of lines between blank lines.</summary>
    private static int MostMarkersInABlock(string markdown)
    {
        int most = 0, count = 0;
        var rest = markdown.AsSpan();
        // Most text has a few of these in a line: jump from one to the next.
        for (var next = rest.IndexOfAny(BlockMarks); next >= 0; next = rest.IndexOfAny(BlockMarks))
        {
            if (rest[next] != '\n') most = Math.Max(most, ++count);
            else if (IsBlankLineAhead(rest[(next + 1)..])) count = 0;
            rest = rest[(next + 1)..];
        }
        return most;
    }

    private static readonly System.Buffers.SearchValues<char> BlockMarks = System.Buffers.SearchValues.Create("[*\n");

    /// <summary>The line that starts here is blank: a paragraph ends before it.</summary>
    private static bool IsBlankLineAhead(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).IsWhiteSpace();
    }

    /// <summary>Renders, or reports a body Markdig refuses (nested deeper than <see cref="MaxNesting"/> levels) against <paramref name="file"/>.</summary>
    public RenderedBody? TryRender(string markdown, string folder, string file, ICollection<Model.Diagnostic> problems)
    {
        if (MostMarkersInABlock(markdown) > MaxMarkersPerBlock)
        {
            problems.Add(Model.Diagnostic.Error(Model.DiagnosticCode.MarkdownTooDeep, file, $"a paragraph has more than {MaxMarkersPerBlock} link or emphasis openers (`[`, `*`).",
                "Split the paragraph, or escape the characters that are not markup (`\\[`, `\\*`)."));
            return null;
        }
        try
        {
            return Render(markdown, folder);
        }
        catch (ArgumentException e) // Markdig's "too deeply nested", raised before anything is rendered
        {
            problems.Add(Model.Diagnostic.Error(Model.DiagnosticCode.MarkdownTooDeep, file, $"the Markdown cannot be read: {e.Message}",
                $"Nest quotes, lists and brackets fewer than {MaxNesting} levels deep."));
            return null;
        }
    }
}
