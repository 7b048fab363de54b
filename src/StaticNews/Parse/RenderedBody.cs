using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>A Markdown body rendered once: its HTML, and the plain text of its paragraphs for summaries, language and tags.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Words as the tokenizer reads them: a dash or a bullet between spaces is no word.</summary>
    public int WordCount => Paragraphs.Sum(p => WordSpans.Count(p, WordRules.Words));
}
