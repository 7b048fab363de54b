using System.Text;

namespace StaticNews.Text.Unicode;

/// <summary>
/// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) in a headline, tag or byline, balanced:
/// a closer without its opener is dropped and an opener left open is closed, so an override in a title cannot
/// reverse the text that follows it on a card, in a list or in a feed reader.
/// </summary>
public static class Bidi
{
    private const char PopDirectional = '\u202C', PopIsolate = '\u2069';

    // The embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069): SearchValues rather than
    // IndexOfAnyInRange, which boxes its bounds in the ReadyToRun build (every tag name passes here).
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Balance(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls)) return text;
        var balanced = new StringBuilder(text.Length + 4);
        var open = new Stack<char>();
        foreach (var c in text)
        {
            if (c is '\u202A' or '\u202B' or '\u202D' or '\u202E') open.Push(PopDirectional);
            else if (c is '\u2066' or '\u2067' or '\u2068') open.Push(PopIsolate);
            else if (c is PopDirectional or PopIsolate)
            {
                // A pop isolate also closes the embeddings opened inside the isolate (UAX #9, X6a).
                if (!open.Contains(c)) continue;
                while (open.Pop() is var closing && closing != c) balanced.Append(closing);
            }
            balanced.Append(c);
        }
        while (open.Count > 0) balanced.Append(open.Pop());
        return balanced.ToString();
    }
}
