using StaticNews.Text.Unicode;

namespace StaticNews.Tests.Text;

/// <summary>
/// NFC passes over text below its first suspect character in one search and looks up only what lies above it:
/// a suspect after typographic quotes, dashes and emoji is still found, and text with none is the same string.
/// </summary>
public sealed class NfcTests
{
    [Theory]
    [InlineData("„Zitat“ – Cafe\u0301 für 5 €", "„Zitat“ – Café für 5 €")] // a combining mark after characters above Latin-1
    [InlineData("🗞 Noten: \U0001D15E", "🗞 Noten: \U0001D157\U0001D165")] // a supplementary composition exclusion after an emoji
    [InlineData("Ende: \uD834", "Ende: \uD834")] // a lone high surrogate at the end
    public void A_suspect_anywhere_after_other_characters_above_latin1_is_normalised(string text, string nfc) =>
        Assert.Equal(nfc, Nfc.Normalize(text));

    [Theory]
    [InlineData("„Zitat“ – Südkorea für 5 € 🗞 한국어")]
    [InlineData("\uD834 lone and \uDD1E swapped")]
    public void Text_with_no_suspect_is_returned_as_the_same_string(string text) =>
        Assert.Same(text, Nfc.Normalize(text));
}
