using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace StaticNews.Tests.Site;

/// <summary>
/// Snapshots of every kind of output on a small site that uses what the seed does not: a Markdown article with a
/// table, a picture, an author, an update, a translation, linked and related stories; an old URL; pages of
/// stories; an English edition beside the German one; date archives and author pages.
/// Each is an approved file beside this test; a difference fails and leaves <c>*.received.*</c> to review.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class RichSiteSnapshotTests : IClassFixture<RichSiteSnapshotTests.RichSite>
{
    public sealed class RichSite : IDisposable
    {
        public TestSite Site { get; } = new TestSite()
            .Add("site.yml", "title: Rundschau\ndescription: Nachrichten zum Testen.\nbaseUrl: https://example.org/\nlanguage: de\ntimezone: Europe/Berlin\npageSize: 2\nsocialCards: true\n" +
                "editions:\n  en: {title: Rundschau International, description: News in English.}\n")
            .AddBytes("2024/gipfel.jpg", TestPictures.Jpeg(1800, 1200))
            .Add("2024/gipfel.md", """
                ---
                title: Gipfel in Brüssel einigt sich auf Zollregeln
                date: 2024-12-04T09:30:00+01:00
                updated: 2024-12-04T18:00:00+01:00
                author: Jana Beispiel
                summary: Die Staaten der EU einigen sich nach zwei Tagen.
                image: /2024/gipfel.jpg
                imageAlt: Die Delegationen am Verhandlungstisch in Brüssel
                imageCaption: Die Delegationen am zweiten Verhandlungstag.
                imageCredit: "Foto: Jana Beispiel"
                tags: [EU, Brüssel, Handel]
                translationKey: gipfel
                aliases: [/alt/gipfel/]
                prev: Handelsminister treffen sich in Lissabon
                next: Zölle steigen im Frühjahr
                ---
                Nach zwei Tagen haben sich die Staaten in **Brüssel** geeinigt. Mehr dazu [im Vorbericht](/2024/12/03/handelsminister-treffen-sich-in-lissabon/).

                | Land | Zoll vorher | Zoll nachher |
                | --- | ---: | ---: |
                | Kanada | 5 % | 3 % |
                | Mexiko | 7 % | 4 % |

                ![Die Delegationen in Brüssel](/2024/gipfel.jpg "Der Saal")

                > „Ein guter Tag für den Handel“, sagte eine Sprecherin.
                """)
            .Add("2024/summit.md", "---\ntitle: Summit in Brussels agrees on tariffs\ndate: 2024-12-04T10:00:00+01:00\nlang: en\ntags: [EU]\ntranslationKey: gipfel\n---\nAfter two days the states agreed in Brussels.\n")
            .Add("2024/vorbericht.md", "---\ntitle: Handelsminister treffen sich in Lissabon\ndate: 2024-12-03T08:00:00+01:00\ntags: [EU, Handel]\n---\nDie Minister beraten zwei Tage.\n")
            .Add("2024/ausblick.md", "---\ntitle: Zölle steigen im Frühjahr\ndate: 2024-12-05T07:00:00+01:00\ntags: [Handel]\n---\nDie neuen Regeln gelten ab März.\n")
            .Add("2024/wetter.md", "---\ntitle: Sturm über der Nordsee\ndate: 2024-12-02T06:00:00+01:00\ntags: [Wetter]\n---\nDer Wind erreicht Orkanstärke.\n")
            .Add("2024/haushalt.md", "---\ntitle: EU-Haushalt in Brüssel vorgestellt\ndate: 2024-11-28T16:45:00+01:00\nauthor: [Jana Beispiel, Tom Muster]\ntags: [EU, Brüssel]\n---\nDie Kommission legt ihren Entwurf vor.\n")
            .Add("2024/markets.md", "---\ntitle: Markets rise after the summit\ndate: 2024-12-05T11:30:00+01:00\nlang: en-GB\nauthor: Jane Example\ntags: [EU, Markets]\n---\nShares rose across Europe.\n");

        public RichSite() => Site.Publish();

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site;

    public RichSiteSnapshotTests(RichSite rich) => _site = rich.Site;

    [Fact] public void Rich_article_page() => Verify("2024/12/04/gipfel-in-bruessel-einigt-sich-auf-zollregeln/index.html", "html");
    [Fact] public void Front_page_two_with_its_pager() => Verify("page/2/index.html", "html");
    [Fact] public void Tag_page() => Verify("tags/handel/index.html", "html");
    [Fact] public void Tags_index() => Verify("tags/index.html", "html");
    [Fact] public void Atom_feed() => Verify("atom.xml", "xml");
    [Fact] public void Json_feed() => Verify("feed.json", "json");
    [Fact] public void News_sitemap() => Verify("news-sitemap.xml", "xml");
    [Fact] public void Sitemap() => Verify("sitemap.xml", "xml");
    [Fact] public void Robots_txt() => Verify("robots.txt", "txt");
    [Fact] public void Not_found_page() => Verify("404.html", "html");
    [Fact] public void Alias_redirect_page() => Verify("alt/gipfel/index.html", "html");
    [Fact] public void Redirects_file() => Verify("_redirects", "txt");
    [Fact] public void Edition_front_page() => Verify("en/index.html", "html");
    [Fact] public void Edition_feed() => Verify("en/feed.xml", "xml");
    [Fact] public void Year_archive() => Verify("2024/index.html", "html");
    [Fact] public void Month_archive() => Verify("2024/12/index.html", "html");
    [Fact] public void Day_archive() => Verify("2024/12/04/index.html", "html");
    [Fact] public void Author_page() => Verify("authors/jana-beispiel/index.html", "html");
    [Fact] public void Authors_index() => Verify("authors/index.html", "html");

    private void Verify(string path, string extension) =>
        Approvals.Verify(WriterFactory.CreateTextWriter(_site.Read(path), extension));
}
