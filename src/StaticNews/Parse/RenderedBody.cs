namespace StaticNews.Parse;

/// <summary>A Markdown body rendered once: its HTML, and the plain text of its paragraphs for summaries, language and tags.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Paragraphs)
{
    public int WordCount => Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
