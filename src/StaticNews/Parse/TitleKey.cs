using System.Text;

namespace StaticNews.Parse;

/// <summary>
/// The form in which two headlines are compared: case, quotation marks, dashes and whitespace folded, so that a
/// <c>NEXT</c> line matches the story it names even when the scraper typed the quotes differently.
/// </summary>
public static class TitleKey
{
    public static string Normalize(string title)
    {
        var key = new StringBuilder(title.Length);
        foreach (var c in Text.Unicode.Nfc.Normalize(title))
        {
            if (IsQuote(c)) continue;
            if (char.IsWhiteSpace(c) || c is '–' or '—' or '-')
            {
                if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
                continue;
            }
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString().TrimEnd();
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '„' or '“' or '”' or '‚' or '‘' or '’' or '«' or '»' or '‹' or '›' or '`' or '´';
}
