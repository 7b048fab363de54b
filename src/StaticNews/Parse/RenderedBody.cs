namespace StaticNews.Parse;

/// <summary>A Markdown body rendered once: its HTML, and the plain text of its paragraphs for summaries, language and tags.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Paragraphs)
{
    public int WordCount => Paragraphs.Sum(Words);

    /// <summary>Runs of characters between spaces, counted without cutting them out.</summary>
    private static int Words(string paragraph)
    {
        var words = 0;
        for (var i = 0; i < paragraph.Length; i++)
            if (paragraph[i] != ' ' && (i == 0 || paragraph[i - 1] == ' ')) words++;
        return words;
    }
}
