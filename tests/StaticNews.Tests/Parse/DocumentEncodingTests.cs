using System.Text;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

/// <summary>
/// Documents arrive in the encodings their sites and editors used: each is read as what it is, and a warning says
/// so when it is not UTF-8, instead of publishing a � for every ü.
/// </summary>
public sealed class DocumentEncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static (string Text, List<Diagnostic> Problems) Decode(byte[] bytes)
    {
        var problems = new List<Diagnostic>();
        return (InputText.Decode(bytes, "d.txt", problems), problems);
    }

    [Fact]
    public void A_page_saved_in_windows_1252_is_read_as_such_with_a_warning()
    {
        var (text, problems) = Decode(Windows1252.GetBytes("Gipfel in Zürich\n\nDie Stadt „begrüßt“ 5 € für Señora Müller.\n"));
        Assert.Equal("Gipfel in Zürich\n\nDie Stadt „begrüßt“ 5 € für Señora Müller.\n", text);
        var warning = Assert.Single(problems);
        Assert.Equal("d.txt:1: warning: the file is not UTF-8 but an older one-byte encoding: it was read as Windows-1252 (Latin-1). Save it as UTF-8. [SN1010]", warning.ToString());
    }

    [Theory]
    [InlineData(100, false)] // a tenth of the text in stray control bytes is still text (a scraper's garbage)
    [InlineData(101, true)]  // more is binary
    public void More_than_a_tenth_of_stray_control_bytes_is_a_binary_file(int controls, bool binary)
    {
        // Tabs, line and page breaks and escapes are text's own; BEL, backspace and the like are not.
        var text = new StringBuilder("Titel\n\n");
        for (var i = 0; text.Length < 1000; i++) text.Append(i < controls ? "\u0007" : "x").Append(i % 7 == 0 ? "\t\r\n\f\u001B" : "");
        var bytes = Encoding.UTF8.GetBytes(text.ToString(0, 1000));
        Assert.Equal(controls, bytes.Count((byte)7));
        if (binary) Assert.Equal(DiagnosticCode.BinaryFile, Assert.Throws<InputException>(() => Decode(bytes)).Diagnostics.Single().Code);
        else Assert.StartsWith("Titel", Decode(bytes).Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_after_its_byte_order_mark_is_read_with_a_warning(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        var (text, problems) = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("---\ntitle: Grüße\n---\nText.\n")]);
        Assert.Equal("---\ntitle: Grüße\n---\nText.\n", text);
        Assert.Equal("d.txt: warning: the file is UTF-16 text, not UTF-8: it was read as UTF-16. Save it as UTF-8. [SN1010]", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Utf32_after_its_byte_order_mark_is_read_too()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var (text, problems) = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("Grüße 🗞️\n")]);
        Assert.Equal("Grüße 🗞️\n", text);
        Assert.Contains("UTF-32", Assert.Single(problems).Message);
    }

    [Fact]
    public void Site_yml_and_a_sidecar_in_windows_1252_keep_their_umlauts()
    {
        using var site = new TestSite();
        site.AddBytes("site.yml", Windows1252.GetBytes("title: Zürcher Zeitung\nbaseUrl: https://example.org/\n"))
            .Add("a.txt", "Titel der Meldung\nText über etwas.\n")
            .AddBytes("a.yml", Windows1252.GetBytes("date: 2024-01-01\ntags: [München]\n"));
        var (_, _, errors) = site.Run();
        Assert.Contains("site.yml:1: warning: the file is not UTF-8", errors);
        Assert.Contains("a.yml:2: warning: the file is not UTF-8", errors);
        Assert.Contains("<title>Zürcher Zeitung</title>", site.Read("index.html"));
        Assert.True(site.Exists("tags/muenchen/index.html"));
    }

    [Fact]
    public void Stray_bytes_in_utf8_are_replaced_and_counted_from_their_line()
    {
        var (text, problems) = Decode([.. "Grüße\naus K"u8, 0xF6, .. "ln und M"u8, 0xFC, .. "nchen\n"u8]);
        Assert.Equal("Grüße\naus K\uFFFDln und M\uFFFDnchen\n", text);
        Assert.Equal("d.txt:2: warning: the file is not all UTF-8: 2 character(s) show as �. Save it as UTF-8. [SN1010]", Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_with_or_without_its_bom_and_a_tail_cut_mid_character_gives_no_warning(bool bom)
    {
        byte[] bytes = [.. bom ? "\uFEFF"u8 : [], .. "Grüße aus Köln\nSü"u8];
        var (text, problems) = Decode(bytes[..^1]);
        Assert.Equal("Grüße aus Köln\nS", text);
        Assert.Empty(problems);
    }

    [Fact]
    public void Ascii_is_utf8()
    {
        var (text, problems) = Decode("Plain\ntext.\n"u8.ToArray());
        Assert.Equal("Plain\ntext.\n", text);
        Assert.Empty(problems);
    }
}
