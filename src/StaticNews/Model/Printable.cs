using System.Globalization;
using System.Text;

namespace StaticNews.Model;

/// <summary>
/// Text as a terminal or a CI log may show it: control characters, line and paragraph separators and bidi
/// controls from a file name or a document are written as escapes, so an ESC sequence cannot clear the screen,
/// a newline cannot start a <c>::error</c> command in a CI log, and an override cannot reverse what a message says.
/// </summary>
public static class Printable
{
    public static string Text(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            printable.Append(NeedsEscape(c) ? Escape(c) : c.ToString());
        return printable.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
