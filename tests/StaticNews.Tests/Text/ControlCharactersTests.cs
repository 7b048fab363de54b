using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

/// <summary>The vectorised search for what to remove finds what a look at every character finds.</summary>
public sealed class ControlCharactersTests
{
    // Clean text around every kind of suspect and its neighbours just outside each range.
    private static readonly char[] Pieces =
    [
        'a', 'ü', '„', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001F', '\u0020', '\u007E', '\u007F', '\u0080', '\u009F',
        '\u00A0', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFDCF', '\uFDD0', '\uFDEF', '\uFDF0',
        '\uFFFD', '\uFFFE', '\uFFFF',
    ];

    [Property(MaxTest = 2000)]
    public void Strip_removes_what_a_look_at_every_character_removes(NonEmptyArray<byte> picks, PositiveInt cleanRun)
    {
        var text = new StringBuilder();
        foreach (var pick in picks.Get)
        {
            text.Append('x', pick % 3 == 0 ? cleanRun.Get % 100 : 0); // long clean stretches, which the search skips
            text.Append(Pieces[pick % Pieces.Length]);
        }
        text.Append("🗞\uDBFF\uDFFF"); // a pair, and a pair that is a noncharacter
        Assert.Equal(Reference(text.ToString()), ControlCharacters.Strip(text.ToString()));
    }

    private static string Reference(string text)
    {
        var clean = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                if ((codePoint & 0xFFFE) != 0xFFFE) clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (!(char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r')) && !char.IsSurrogate(text[i])
                     && text[i] is not (>= '\uFDD0' and <= '\uFDEF') && (text[i] & 0xFFFE) != 0xFFFE)
                clean.Append(text[i]);
        }
        return clean.ToString();
    }
}
