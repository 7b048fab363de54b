using SkiaSharp;
using StaticNews.Model;

namespace StaticNews.Tests.Site;

/// <summary>Pictures in every size a screen needs, and a social card for every story (issue #20).</summary>
public sealed class PictureTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "language: de\nsocialCards: true\n");

    private static string Page(string title, string date, string extra = "") => $"---\ntitle: {title}\ndate: {date}\ntags: [EU]\n{extra}---\nText.\n";

    private (int Width, int Height) SizeOf(string path)
    {
        using var bitmap = SKBitmap.Decode(File.ReadAllBytes(Path.Combine(_site.Output, path)));
        return (bitmap.Width, bitmap.Height);
    }

    [Fact]
    public void A_picture_is_published_at_three_widths_in_webp_and_its_own_format_with_width_height_and_alt()
    {
        _site.AddBytes("2024/gipfel.jpg", TestPictures.Jpeg(2000, 1000))
            .Add("a.md", Page("Gipfel", "2024-12-04T10:00:00Z", "image: 2024/gipfel.jpg\nimageAlt: Die Delegationen\nimageCaption: Am zweiten Tag.\nimageCredit: \"Foto: Ana\"\n"));
        _site.Publish();
        foreach (var width in new[] { 480, 960, 1600 })
            foreach (var extension in new[] { "webp", "jpg" })
                Assert.Equal((width, width / 2), SizeOf($"2024/gipfel.{width}w.{extension}"));
        Assert.Equal(SKEncodedImageFormat.Webp, SKCodec.Create(Path.Combine(_site.Output, "2024/gipfel.960w.webp")).EncodedFormat);
        var page = _site.Read("2024/12/04/gipfel/index.html");
        Assert.Contains("<source type=\"image/webp\" srcset=\"/2024/gipfel.480w.webp 480w, /2024/gipfel.960w.webp 960w, /2024/gipfel.1600w.webp 1600w\" sizes=\"(min-width: 42rem) 42rem, 100vw\" />", page);
        Assert.Contains("<img src=\"/2024/gipfel.960w.jpg\" srcset=\"/2024/gipfel.480w.jpg 480w, /2024/gipfel.960w.jpg 960w, /2024/gipfel.1600w.jpg 1600w\" " +
            "sizes=\"(min-width: 42rem) 42rem, 100vw\" width=\"2000\" height=\"1000\" alt=\"Die Delegationen\" decoding=\"async\" />", page);
        Assert.Contains("<figcaption>Am zweiten Tag.<span class=\"credit\">Foto: Ana</span></figcaption>", page);
        // The front page's lead loads its picture at once; the same picture lower down would load lazily.
        Assert.Contains("sizes=\"(min-width: 64rem) 64rem, 100vw\" width=\"2000\" height=\"1000\" alt=\"Die Delegationen\" decoding=\"async\"", _site.Read("index.html"));
    }

    [Fact]
    public void A_picture_whose_name_needs_escaping_in_a_url_is_served_under_that_url()
    {
        _site.Add("site.yml", "baseUrl: https://example.org/news/\n")
            .AddBytes("bilder/München am Abend.jpg", TestPictures.Jpeg(1000, 500))
            .Add("a.md", Page("München", "2024-12-04T10:00:00Z", "image: bilder/München am Abend.jpg\nimageAlt: München\n"));
        _site.Publish();
        var page = _site.Read("2024/12/04/muenchen/index.html");
        Assert.Contains("/news/bilder/M%C3%BCnchen%20am%20Abend.480w.webp 480w", page);
        // A server decodes the URL to the file's own name.
        Assert.Equal((480, 240), SizeOf("bilder/München am Abend.480w.webp"));
        Assert.Equal((1000, 500), SizeOf("bilder/München am Abend.1000w.jpg"));
        Assert.Empty(LinkChecker.BrokenLinks(_site.Output, "/news", "https://example.org"));
    }

    [Fact]
    public void A_small_picture_is_never_made_wider_than_it_is()
    {
        _site.AddBytes("klein.png", TestPictures.Png(600, 300)).Add("a.md", Page("Klein", "2024-12-04T10:00:00Z", "image: klein.png\nimageAlt: Ein Bild\n"));
        _site.Publish();
        Assert.Equal((480, 240), SizeOf("klein.480w.png"));
        Assert.Equal((600, 300), SizeOf("klein.600w.webp"));
        Assert.False(_site.Exists("klein.960w.png"));
        Assert.Contains("srcset=\"/klein.480w.png 480w, /klein.600w.png 600w\"", _site.Read("2024/12/04/klein/index.html"));
    }

    [Fact]
    public void Every_story_has_a_social_card_of_1200_by_630_its_picture_cropped_or_its_headline_drawn()
    {
        _site.AddBytes("hoch.jpg", TestPictures.Jpeg(500, 900))
            .Add("a.md", Page("Mit Bild", "2024-12-04T10:00:00Z", "image: hoch.jpg\nimageAlt: Ein Turm\n"))
            .Add("b.md", Page("Ohne Bild, aber mit einer Schlagzeile, die so lang ist, dass sie auf der Karte mehrere Zeilen braucht und am Ende gekürzt werden muss, weil sie sonst über den Rand liefe", "2024-12-04T11:00:00Z"));
        var report = _site.Publish();
        foreach (var story in report.Site!.Articles.Select(a => a.Url.TrimStart('/')))
        {
            Assert.Equal((1200, 630), SizeOf(story + "card.jpg"));
            var page = _site.Read(story + "index.html");
            Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost:8080/{story}card.jpg\" />", page);
            Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", page);
            Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", page);
        }
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Ein Turm\" />", _site.Read("2024/12/04/mit-bild/index.html"));
    }

    [Fact]
    public void Every_article_of_the_sample_site_shares_a_card_of_1200_by_630_and_its_pictured_one_offers_three_widths_in_webp()
    {
        using var sample = TestSite.Sample();
        var site = sample.Publish().Site!;
        Assert.Equal(13, site.Articles.Count);
        foreach (var article in site.Articles)
        {
            var page = sample.Read(article.Url.TrimStart('/') + "index.html");
            var card = System.Text.RegularExpressions.Regex.Match(page, "<meta property=\"og:image\" content=\"https://news.example.org/([^\"]+)\"").Groups[1].Value;
            using var bitmap = SKBitmap.Decode(File.ReadAllBytes(Path.Combine(sample.Output, card)));
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        }
        var pictured = site.Articles.Single(a => a.Image is not null);
        var html = sample.Read(pictured.Url.TrimStart('/') + "index.html");
        Assert.Matches("<source type=\"image/webp\" srcset=\"[^\"]*480w, [^\"]*960w, [^\"]*1600w\"", html);
        Assert.Matches("<img src=\"[^\"]+\" srcset=\"[^\"]+\" sizes=\"[^\"]+\" width=\"1920\" height=\"1080\" alt=\"Eine gezeichnete", html);
    }

    [Fact]
    public void A_rebuild_after_an_unrelated_edit_re_encodes_no_picture_and_redraws_no_card()
    {
        _site.AddBytes("bild.jpg", TestPictures.Jpeg(1000, 600))
            .Add("a.md", Page("Alpha", "2024-12-04T10:00:00Z", "image: bild.jpg\nimageAlt: Ein Bild\n"))
            .Add("b.md", Page("Beta", "2024-12-04T11:00:00Z"));
        _site.Publish();
        _site.Publish();
        string[] made = ["bild.480w.webp", "bild.960w.jpg", "bild.1000w.webp", "2024/12/04/alpha/card.jpg", "2024/12/04/beta/card.jpg"];
        var before = made.Select(Stamp).ToList();
        _site.Add("b.md", Page("Beta", "2024-12-04T11:00:00Z").Replace("Text.", "Ein anderer Text."));
        _site.Publish();
        Assert.Equal(before, made.Select(Stamp));

        // The headline is on the card: a new one is drawn, the picture's files stay.
        _site.Add("b.md", Page("Beta, neu", "2024-12-04T11:00:00Z", "slug: beta\n"));
        _site.Publish();
        Assert.NotEqual(before[4], Stamp(made[4]));
        Assert.Equal(before[..4], made[..4].Select(Stamp));
    }

    /// <summary>When the file was last written: a file kept from the last build (a hard link) keeps its time to the tick.</summary>
    private long Stamp(string path) => File.GetLastWriteTimeUtc(Path.Combine(_site.Output, path)).Ticks;

    [Fact]
    public void A_missing_or_unreadable_picture_is_an_error_naming_the_document_and_a_missing_alt_a_warning()
    {
        _site.AddBytes("kaputt.jpg", [0xFF, 0xD8, 1, 2, 3])
            .Add("a.md", Page("Fehlt", "2024-12-04T10:00:00Z", "image: fehlt.jpg\nimageAlt: x\n"))
            .Add("b.md", Page("Kaputt", "2024-12-04T10:00:00Z", "image: kaputt.jpg\nimageAlt: x\n"))
            .Add("c.md", Page("Ohne Alt", "2024-12-04T10:00:00Z", "image: https://example.org/a.jpg\n"));
        var report = _site.Build();
        Assert.False(report.Published);
        Assert.Contains(report.Errors, e => e.File == "a.md" && e.Code == DiagnosticCode.ImageOutsideInput && e.Message.Contains("`fehlt.jpg`", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.File == "b.md" && e.Code == DiagnosticCode.UnreadablePicture);
        Assert.Contains(report.Warnings, w => w.File == "c.md" && w.Code == DiagnosticCode.NoImageAlt);
    }

    [Fact]
    public void A_picture_that_input_does_not_publish_is_an_error_not_a_page_with_broken_pictures()
    {
        // A hidden folder and a symbolic link are left out of the site (input/'s scan says so): a page showing them would show nothing.
        _site.AddBytes(".geheim/bild.jpg", TestPictures.Jpeg(600, 400)).AddBytes("echt.jpg", TestPictures.Jpeg(600, 400))
            .Add("a.md", Page("Versteckt", "2024-12-04T10:00:00Z", "image: .geheim/bild.jpg\nimageAlt: x\n"))
            .Add("b.md", Page("Verlinkt", "2024-12-04T10:00:00Z", "image: link.jpg\nimageAlt: x\n"));
        File.CreateSymbolicLink(Path.Combine(_site.Input, "link.jpg"), Path.Combine(_site.Input, "echt.jpg"));
        var report = _site.Build();
        Assert.False(report.Published);
        Assert.Contains(report.Errors, e => e.File == "a.md" && e.Code == DiagnosticCode.ImageOutsideInput && e.Message.Contains("`.geheim/bild.jpg`", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.File == "b.md" && e.Code == DiagnosticCode.ImageOutsideInput && e.Message.Contains("`link.jpg`", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_of_more_pixels_than_StaticNews_decodes_is_published_as_it_is_with_a_warning()
    {
        // A PNG that claims 20,000 × 20,000 pixels in its header: decoding it would take 1.6 GB.
        var png = TestPictures.Png(20, 20);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 20_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 20_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17))); // IHDR's checksum
        _site.AddBytes("riesig.png", png).Add("a.md", Page("Riesig", "2024-12-04T10:00:00Z", "image: riesig.png\nimageAlt: Riesig\n"));
        var report = _site.Publish();
        Assert.Contains(report.Warnings, w => w.File == "a.md" && w.Code == DiagnosticCode.PictureTooLarge && w.Message.Contains("20000 × 20000", StringComparison.Ordinal));
        Assert.False(_site.Exists("riesig.480w.webp"));
        Assert.Contains("<img src=\"/riesig.png\" width=\"20000\" height=\"20000\" alt=\"Riesig\"", _site.Read("2024/12/04/riesig/index.html"));
        Assert.Equal((1200, 630), SizeOf("2024/12/04/riesig/card.jpg")); // drawn, not cropped from it
    }

    public void Dispose() => _site.Dispose();
}
