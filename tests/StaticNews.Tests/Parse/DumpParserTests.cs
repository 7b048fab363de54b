using System.Text;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

/// <summary>Every quirk of scraped dumps the importer must handle (issue #3).</summary>
public sealed class DumpParserTests
{
    private static RawDump Parse(string text) => DumpParser.Parse(Encoding.UTF8.GetBytes(text), "t.txt", new List<Diagnostic>());

    private const string Body = "Erster Absatz.\n\nZweiter Absatz.\n";

    [Theory]
    [InlineData("Titel\nTitel\n-\n" + Body)]
    [InlineData("Titel\r\n\r\nTitel\r\nTitel\r\n-\r\n\r\nErster Absatz.\r\n\r\nZweiter Absatz.")]
    [InlineData("Titel\rTitel\n-\r\nErster Absatz.\n\rZweiter Absatz.")]
    [InlineData("\uFEFFTitel  \n\n Titel\t\n-\n\nErster Absatz.   \n\u00A0\nZweiter Absatz.\u00A0")]
    public void Line_endings_bom_repeats_and_trailing_whitespace_do_not_matter(string dump)
    {
        var parsed = Parse(dump);
        Assert.Equal("Titel", parsed.Title);
        Assert.Equal(["Erster Absatz.", "Zweiter Absatz."], parsed.Paragraphs);
    }

    [Fact]
    public void Lines_are_never_joined()
    {
        var parsed = Parse("Titel\nEins\nZwei\nDrei\n");
        Assert.Equal(["Eins", "Zwei", "Drei"], parsed.Paragraphs);
    }

    [Theory]
    [InlineData("WERBUNG")] [InlineData("Werbung")] [InlineData("werbung:")] [InlineData("Anzeige")] [InlineData("[Anzeige]")]
    [InlineData("Werbung schließen")] [InlineData("WERBUNG SCHLIESSEN")] [InlineData("ADVERTISEMENT")] [InlineData("Advertisement")]
    [InlineData("Close ad")] [InlineData("Close Ad ×")] [InlineData("PUBLICIDAD")] [InlineData("Cerrar publicidad")]
    [InlineData("PUBLICITÉ")] [InlineData("Publicite")] [InlineData("Fermer la publicité")] [InlineData("Story continues below advertisement")]
    public void Ad_markers_in_four_languages_are_dropped(string marker)
    {
        var parsed = Parse($"Titel\nEins\n{marker}\nZwei\n\n{marker}\n\nDrei\n{marker}\n");
        Assert.Equal(["Eins", "Zwei", "Drei"], parsed.Paragraphs);
    }

    [Fact]
    public void A_paragraph_that_mentions_an_ad_is_kept()
    {
        var parsed = Parse("Titel\nDie Werbung für das Produkt wurde verboten.\nNext year, the ministers will meet again.\n");
        Assert.Equal(2, parsed.Paragraphs.Count);
        Assert.Null(parsed.Next);
    }

    [Theory]
    [InlineData("PREV Alt\nNEXT Neu", "Alt", "Neu")]
    [InlineData("PREV Alt", "Alt", null)]
    [InlineData("NEXT Neu", null, "Neu")]
    [InlineData("", null, null)]
    [InlineData("PREV\nNEXT", null, null)]
    [InlineData("Prev: Alt\nNext: Neu", "Alt", "Neu")]
    public void Navigation_lines_may_be_present_or_missing(string navigation, string? prev, string? next)
    {
        var parsed = Parse($"Titel\n-\nEins\n-\n{navigation}\n");
        Assert.Equal(["Eins"], parsed.Paragraphs);
        Assert.Equal(prev, parsed.Prev);
        Assert.Equal(next, parsed.Next);
    }

    [Theory]
    [InlineData("als “solide”da von", "als “solide” da von")]
    [InlineData("„Das zeigt es.“sagte Mark Rutte.", "„Das zeigt es.“ sagte Mark Rutte.")]
    [InlineData("un «\u00A0premier pas\u00A0»mais", "un «\u00A0premier pas\u00A0» mais")]
    [InlineData("„Wir sollten nicht naiv sein“ zur", "„Wir sollten nicht naiv sein“ zur")]
    [InlineData("He said “fine”, then left.", "He said “fine”, then left.")]
    [InlineData("»Genau«sagte sie.", "»Genau« sagte sie.")]
    [InlineData("„Er sagte ‚nein‘dann“weiter", "„Er sagte ‚nein‘ dann“ weiter")]
    [InlineData("“a”b und “c”d", "“a” b und “c” d")]
    public void A_closing_quote_glued_to_the_next_word_gets_its_space(string line, string expected) =>
        Assert.Equal([expected], Parse($"Titel\n{line}\n").Paragraphs);

    [Fact]
    public void No_break_spaces_stay_inside_text_but_never_make_a_paragraph()
    {
        var parsed = Parse("Titre\n« Bonjour\u00A0»\n\u00A0\n\u00A0\u00A0\u202F\nFin.\n");
        Assert.Equal(["« Bonjour\u00A0»", "Fin."], parsed.Paragraphs);
    }

    [Fact]
    public void A_tail_cut_in_the_middle_of_a_character_is_dropped_not_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("Titel\nGrüße aus Köln\nNEXT Sü");
        var cut = bytes[..^1]; // "ü" is two bytes: keep only its first, as a 4096-byte buffer would
        var parsed = DumpParser.Parse(cut, "t.txt", new List<Diagnostic>());
        Assert.Equal(["Grüße aus Köln"], parsed.Paragraphs);
        Assert.Equal("S", parsed.Next);
    }

    [Fact]
    public void The_seed_is_4096_bytes_and_parses()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.RepositoryRoot, "input", "000_600e160ebee60b24.txt"));
        Assert.Equal(4096, bytes.Length);
        var parsed = DumpParser.Parse(bytes, "seed", new List<Diagnostic>());
        Assert.Equal("NATO-Chef sagt, Russland unterstütze Nordkoreas Atomprogramm", parsed.Title);
        Assert.Equal(17, parsed.Paragraphs.Count);
        Assert.EndsWith("im Austausch für Soldaten und Waffen für seinen Krieg in der Ukraine.", parsed.Paragraphs[0]);
        Assert.StartsWith("„Südkorea ist ein starker Unterstützer der Ukraine", parsed.Paragraphs[^1]);
        Assert.Equal("Sollte Almería rekrutieren? Die Antwort ist ein klares Ja!", parsed.Prev);
        Assert.Equal("Israel und Hisbollah spielen mit dem (Waffenstillstand)", parsed.Next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n\u00A0")]
    public void An_empty_dump_is_an_error_naming_the_file(string text)
    {
        var error = Assert.Throws<InputException>(() => Parse(text));
        Assert.Equal("t.txt", error.Diagnostics.Single().File);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_binary_file_is_an_error()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var error = Assert.Throws<InputException>(() => DumpParser.Parse(png, "bild.txt", new List<Diagnostic>()));
        Assert.Contains("binary", error.Message);
    }

    [Theory]
    [InlineData("-\nWERBUNG\n")]
    [InlineData("PREV Etwas\n")]
    [InlineData("---\n***\n")]
    public void A_dump_without_a_title_is_an_error(string text)
    {
        var error = Assert.Throws<InputException>(() => Parse(text));
        Assert.Contains("no title", error.Message);
        Assert.NotNull(error.Diagnostics.Single().Line);
    }

    [Theory]
    [InlineData("04.12.2024, 12:00 Uhr", 2024, 12, 4, 12, 0)]
    [InlineData("4. Dezember 2024", 2024, 12, 4, 0, 0)]
    [InlineData("December 4, 2024", 2024, 12, 4, 0, 0)]
    [InlineData("4 de diciembre de 2024", 2024, 12, 4, 0, 0)]
    [InlineData("1er décembre 2024 à 9h30", 2024, 12, 1, 9, 30)]
    [InlineData("2024-12-04 12:00", 2024, 12, 4, 12, 0)]
    public void A_line_that_states_only_a_date_is_the_dateline(string line, int y, int mo, int d, int h, int mi)
    {
        var parsed = Parse($"Titel\n{line}\nEins\n");
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), parsed.Dateline);
        Assert.Equal(["Eins"], parsed.Paragraphs);
    }

    [Fact]
    public void A_sentence_with_a_date_is_not_a_dateline()
    {
        var parsed = Parse("Titel\nAm 4. Dezember 2024 trafen sich die Minister.\n");
        Assert.Null(parsed.Dateline);
        Assert.Single(parsed.Paragraphs);
    }
}
