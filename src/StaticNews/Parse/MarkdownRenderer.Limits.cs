namespace StaticNews.Parse;

/// <summary>What the renderer refuses, so every page renders in time linear in its length and never crashes.</summary>
public sealed partial class MarkdownRenderer
{
    /// <summary>Markdig's own limit: deeper nesting than this is refused by its parser, not by a crash.</summary>
    public const int MaxNesting = 128;

    /// <summary>
    /// Markdig matches link, emphasis and strikethrough openers within a paragraph in time that grows with their
    /// square: 100,000 <c>[a](</c> take a minute, 10,000 <c>~a</c> half a second. Real paragraphs have dozens; a
    /// block with more is refused.
    /// </summary>
    public const int MaxMarkersPerBlock = 2000;

    /// <summary>
    /// And a whole document: blocks of 1,999 openers each, all of 8 MiB, would still cost Markdig half a minute.
    /// A long story has a few hundred links and emphases; ten full blocks' worth keeps every page fast.
    /// </summary>
    public const int MaxMarkersPerDocument = 10 * MaxMarkersPerBlock;

    /// <summary>The most <c>[</c>, <c>*</c> and <c>~</c> in one block of lines between blank lines, and in all.</summary>
    private static (int MostInABlock, int Total) CountMarkers(string markdown)
    {
        int most = 0, count = 0, total = 0;
        var rest = markdown.AsSpan();
        // Most text has a few of these in a line: jump from one to the next.
        for (var next = rest.IndexOfAny(BlockMarks); next >= 0; next = rest.IndexOfAny(BlockMarks))
        {
            if (rest[next] != '\n')
            {
                most = Math.Max(most, ++count);
                total++;
            }
            else if (IsBlankLineAhead(rest[(next + 1)..])) count = 0;
            rest = rest[(next + 1)..];
        }
        return (most, total);
    }

    private static readonly System.Buffers.SearchValues<char> BlockMarks = System.Buffers.SearchValues.Create("[*~\n");

    /// <summary>The line that starts here is blank: a paragraph ends before it.</summary>
    private static bool IsBlankLineAhead(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).IsWhiteSpace();
    }

    /// <summary>Renders, or reports a body Markdig refuses (nested deeper than <see cref="MaxNesting"/> levels) against <paramref name="file"/>.</summary>
    public RenderedBody? TryRender(string markdown, string folder, string file, ICollection<Model.Diagnostic> problems)
    {
        var (mostInABlock, total) = CountMarkers(markdown);
        if (mostInABlock > MaxMarkersPerBlock || total > MaxMarkersPerDocument)
        {
            var where = mostInABlock > MaxMarkersPerBlock ? $"a paragraph has more than {MaxMarkersPerBlock}" : $"the page has more than {MaxMarkersPerDocument}";
            problems.Add(Model.Diagnostic.Error(Model.DiagnosticCode.MarkdownTooDeep, file, $"{where} link or emphasis openers (`[`, `*`, `~`).",
                "Split the paragraph or the page, or escape the characters that are not markup (`\\[`, `\\*`, `\\~`)."));
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
