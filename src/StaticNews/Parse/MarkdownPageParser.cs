using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>Splits a Markdown page into its YAML front matter and body.</summary>
public sealed class MarkdownPageParser(FrontMatterReader frontMatter)
{
    /// <summary>Front matter larger than this is not an editor's; refusing it keeps a 50 MB file from eating memory.</summary>
    public const int MaxFrontMatterChars = 256 * 1024;

    public ParsedDocument? Parse(SourceDocument document, string text, ICollection<Diagnostic> problems)
    {
        var file = document.RelativePath;
        var lines = new LineReader(text);
        if (!lines.TryRead(out var first) || first.TrimEnd() is not "---")
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.NoFrontMatter, file, "the page does not start with front matter.",
                "Did you forget to add `---` on the first line, then `title: …`, then `---`?", 1));
            return null;
        }

        var start = lines.Offset;
        while (lines.TryRead(out var line))
        {
            if (lines.Offset - start > MaxFrontMatterChars)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.NoFrontMatter, file, $"the front matter is larger than {MaxFrontMatterChars / 1024} KiB.",
                    "Move long text into the body below the closing `---`.", 1));
                return null;
            }
            if (line.TrimEnd() is not ("---" or "...")) continue;
            var yamlText = text[start..lines.LineStart];
            var bodyLine = lines.LineNumber + 1;
            YamlMapping yaml;
            try { yaml = YamlTreeReader.Read(yamlText, file, firstLine: 2); }
            catch (InputException e)
            {
                foreach (var problem in e.Diagnostics) problems.Add(problem);
                return null;
            }
            var matter = frontMatter.Read(yaml, file, problems);
            return matter is null ? null : new ParsedDocument(document, matter, text[lines.Offset..], bodyLine, FromDump: false);
        }
        problems.Add(Diagnostic.Error(DiagnosticCode.NoFrontMatter, file, "the front matter is not closed.", "Add a line `---` after the last `key: value` line.", 1));
        return null;
    }

    /// <summary>Walks lines of any ending (LF, CRLF, CR) while keeping offsets into the text.</summary>
    private ref struct LineReader(string text)
    {
        public int Offset { get; private set; }
        public int LineStart { get; private set; }
        public int LineNumber { get; private set; }

        public bool TryRead(out ReadOnlySpan<char> line)
        {
            if (Offset >= text.Length) { line = default; return false; }
            LineStart = Offset;
            var end = text.AsSpan(Offset).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : Offset + end;
            line = text.AsSpan(Offset, end - Offset);
            Offset = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : Math.Min(end + 1, text.Length);
            LineNumber++;
            return true;
        }
    }
}
