using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>Reads a parsed dump into a parsed document with front matter: derived fields first, then its sidecar's over them.</summary>
public sealed class ReadDump(FrontMatterReader frontMatter, TimeZoneInfo timeZone)
{
    public ParsedDocument? Run(SourceDocument document, RawDump dump, ICollection<Diagnostic> problems)
    {
        var derived = new FrontMatter
        {
            Title = dump.Title,
            Date = dump.Dateline is { } stated ? IsoDate.InZone(stated, timeZone) : null,
            Source = Path.GetFileName(document.RelativePath),
            Prev = dump.Prev,
            Next = dump.Next,
        };
        var matter = document.SidecarPath is { } sidecar ? ReadSidecar(sidecar, document, derived, problems) : derived;
        if (matter is null) return null;
        if (dump.Paragraphs.Count == 0)
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.NoParagraphs, document.RelativePath, "the dump has a title but no paragraphs.",
                "Paste the article's text below the title, one paragraph per line."));
            return null;
        }
        return new ParsedDocument(document, matter, Body: "", BodyLine: 1, FromDump: true, dump.Paragraphs);
    }

    /// <summary>A page's Markdown body: a dump's is written from its paragraphs only when it is asked for.</summary>
    public static string MarkdownOf(ParsedDocument page) => page.PlainParagraphs is { } paragraphs ? ToMarkdown(paragraphs) : page.Body;

    /// <summary>One Markdown paragraph per dump line, escaped so the text shows exactly as written.</summary>
    public static string ToMarkdown(IReadOnlyList<string> paragraphs)
    {
        var markdown = new System.Text.StringBuilder(paragraphs.Sum(p => p.Length + 8));
        foreach (var paragraph in paragraphs)
        {
            if (markdown.Length > 0) markdown.Append("\n\n");
            MarkdownText.Escape(paragraph, markdown);
        }
        return markdown.Append('\n').ToString();
    }

    private FrontMatter? ReadSidecar(string path, SourceDocument document, FrontMatter derived, ICollection<Diagnostic> problems)
    {
        var file = Path.ChangeExtension(document.RelativePath, Path.GetExtension(path));
        var yaml = YamlTreeReader.Read(InputText.ReadYaml(path, file, problems), file, firstLine: 1);
        return frontMatter.Read(yaml, file, problems, baseline: derived);
    }
}
