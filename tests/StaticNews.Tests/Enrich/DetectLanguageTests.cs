using FsCheck;
using FsCheck.Xunit;
using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

/// <summary>The build reads a story's language from its paragraphs where they lie; that must say what the joined text says (issue #7).</summary>
public sealed class DetectLanguageTests
{
    [Property(MaxTest = 3000)]
    public void Paragraphs_read_in_place_give_the_language_of_the_joined_text(NonEmptyArray<byte> picks)
    {
        // Function words of each language, and filler long enough that the sample's end falls anywhere.
        string[] pieces = ["der ", "the ", "el ", "le ", "und ", "and ", "y ", "et ", "die", "les", "\n", new string('x', 400) + " ", "Wort "];
        var text = string.Concat(picks.Get.Select(p => pieces[p % pieces.Length]));
        var lines = text.Split('\n');
        Assert.Equal(DetectLanguage.Run(text, []), DetectLanguage.Run(lines[0], lines[1..]));
    }
}
