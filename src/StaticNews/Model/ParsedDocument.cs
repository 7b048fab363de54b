namespace StaticNews.Model;

/// <summary>
/// The one shape every document takes after parsing: typed front matter and a Markdown body.
/// A raw dump becomes one of these at build time, and <c>import</c> writes it out as a <c>.md</c> file.
/// </summary>
/// <param name="Document">Where it came from, for error messages.</param>
/// <param name="Body">The Markdown body; empty for a dump, whose paragraphs say it (<c>ReadDump.MarkdownOf</c> writes it).</param>
/// <param name="BodyLine">Line of the body's first line in the source file, so Markdown problems name the right line.</param>
/// <param name="FromDump">True for a raw dump: its text is always encoded, never trusted as HTML.</param>
/// <param name="PlainParagraphs">A dump's paragraphs as plain text: rendered without making and parsing their Markdown.</param>
public sealed record ParsedDocument(SourceDocument Document, FrontMatter FrontMatter, string Body, int BodyLine, bool FromDump,
    IReadOnlyList<string>? PlainParagraphs = null);
