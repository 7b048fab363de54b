using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace StaticNews.Tests.Site;

/// <summary>RSS, Atom and JSON Feed, each read back by two independent parsers that must agree (issue #5).</summary>
public sealed class FeedFormatsTests : IDisposable
{
    private static readonly byte[] Picture = TestPictures.Jpeg(800, 500);

    private readonly TestSite _site = new TestSite()
        .Add("site.yml", "title: Test News\ndescription: Alles Neue\nbaseUrl: https://example.org/news/\nlanguage: de_DE\ntimezone: Europe/Berlin\nfeedSize: 2\nsocialCards: true\n")
        .Add("a.md", "---\ntitle: Erste Meldung\ndate: 2024-12-04T12:00:00+01:00\nupdated: 2024-12-04T15:00:00+01:00\ntags: [NATO]\nauthor: Anna Muster\nimage: bild.jpg\nsummary: Kurz.\n---\nText mit [Link](/tags/nato/).\n")
        .Add("b.md", "---\ntitle: Zweite Meldung\ndate: 2024-12-03T09:00:00-05:00\n---\nMehr.\n")
        .Add("c.md", "---\ntitle: Alte Meldung\ndate: 2024-11-01T09:00:00Z\n---\nAlt.\n")
        .AddBytes("bild.jpg", Picture);

    private static readonly string[] Expected = ["Erste Meldung", "Zweite Meldung"];
    private const string FirstUrl = "https://example.org/news/2024/12/04/erste-meldung/";

    public FeedFormatsTests() => _site.Publish();

    [Fact]
    public void Rss_items_agree_between_parsers_and_carry_the_image_as_an_enclosure()
    {
        var syndication = Syndication("feed.xml");
        var reader = FeedReader.ReadFromString(_site.Read("feed.xml"));
        Assert.Equal(Expected, syndication.Items.Select(i => i.Title.Text));
        Assert.Equal(Expected, reader.Items.Select(i => i.Title));
        Assert.Equal(syndication.Items.Select(i => i.Id), reader.Items.Select(i => i.Id));
        var enclosure = syndication.Items.First().Links.Single(l => l.RelationshipType == "enclosure");
        Assert.Equal(("https://example.org/news/bild.jpg", (long)Picture.Length, "image/jpeg"), (enclosure.Uri.AbsoluteUri, enclosure.Length, enclosure.MediaType));
        var rss = XDocument.Parse(_site.Read("feed.xml"));
        Assert.Equal("de-DE", rss.Descendants("language").Single().Value);
        Assert.Equal("Wed, 04 Dec 2024 14:00:00 GMT", rss.Descendants("lastBuildDate").Single().Value);
        Assert.Equal("Anna Muster", rss.Descendants(XName.Get("creator", "http://purl.org/dc/elements/1.1/")).Single().Value);
    }

    [Fact]
    public void An_item_copied_from_a_feed_that_wrote_it_is_the_item_the_next_feed_writes_itself()
    {
        var site = SiteBuilder.Model(_site.Options, []).Site;
        var urls = new Render.SiteUrls(site.Config);
        var bodies = new Render.FeedBodies(urls);
        byte[] Feed(string title, Render.RssItems items) =>
            Render.RssFeed.Write(title, "", "de", "/", "/feed.xml", site.Articles, site.Config, urls, bodies, items).ToArray();

        var shared = new Render.RssItems();
        Feed("Erster Feed", shared); // writes both items and keeps them
        var copied = Feed("Zweiter Feed", shared);
        Assert.True(shared.TryGet(site.Articles[0], out _));
        Assert.Equal(Feed("Zweiter Feed", new Render.RssItems()), copied);
        Assert.Equal(2, XDocument.Parse(System.Text.Encoding.UTF8.GetString(copied)).Descendants("item").Count());
    }

    [Fact]
    public void Atom_entries_agree_between_parsers_with_their_own_offsets()
    {
        var syndication = Syndication("atom.xml");
        var reader = FeedReader.ReadFromString(_site.Read("atom.xml"));
        Assert.Equal(FeedType.Atom, reader.Type);
        Assert.Equal(Expected, syndication.Items.Select(i => i.Title.Text));
        Assert.Equal(Expected, reader.Items.Select(i => i.Title));
        Assert.Equal(FirstUrl, syndication.Items.First().Id);
        Assert.Equal(FirstUrl, reader.Items[0].Id);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 12, 0, 0, TimeSpan.FromHours(1)), syndication.Items.First().PublishDate);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 15, 0, 0, TimeSpan.FromHours(1)), syndication.Items.First().LastUpdatedTime);
        Assert.Equal("Anna Muster", syndication.Items.First().Authors.Single().Name);
        var atom = _site.Read("atom.xml");
        Assert.Contains("<published>2024-12-03T09:00:00-05:00</published>", atom);
        Assert.Contains("xml:lang=\"de-DE\"", atom);
        Assert.Contains($"<link rel=\"enclosure\" href=\"https://example.org/news/bild.jpg\" type=\"image/jpeg\" length=\"{Picture.Length}\"", atom);
        Assert.Contains("&lt;a href=\"https://example.org/news/tags/nato/\"&gt;", atom);
    }

    [Fact]
    public void Json_feed_items_match_the_other_feeds()
    {
        using var json = JsonDocument.Parse(_site.Read("feed.json"));
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://example.org/news/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Expected, items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(FirstUrl, items[0].GetProperty("id").GetString());
        Assert.Equal("2024-12-04T12:00:00+01:00", items[0].GetProperty("date_published").GetString());
        Assert.Equal("https://example.org/news/bild.jpg", items[0].GetProperty("image").GetString());
        Assert.Equal("Anna Muster", items[0].GetProperty("authors")[0].GetProperty("name").GetString());

        var reader = FeedReader.ReadFromString(_site.Read("feed.xml"));
        Assert.Equal(reader.Items.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void Every_page_advertises_the_three_feeds_and_tag_pages_their_own()
    {
        foreach (var page in new[] { "index.html", "2024/12/04/erste-meldung/index.html", "tags/index.html", "404.html" })
        {
            var html = _site.Read(page);
            Assert.Contains("type=\"application/rss&#x2B;xml\" title=\"Test News\" href=\"https://example.org/news/feed.xml\"", html);
            Assert.Contains("href=\"https://example.org/news/atom.xml\"", html);
            Assert.Contains("href=\"https://example.org/news/feed.json\"", html);
        }
        Assert.Contains("title=\"NATO\" href=\"https://example.org/news/tags/nato/feed.xml\"", _site.Read("tags/nato/index.html"));
    }

    [Fact]
    public void The_news_sitemap_lists_the_last_two_days_of_the_newest_article()
    {
        var news = XDocument.Parse(_site.Read("news-sitemap.xml"));
        XNamespace n = "http://www.google.com/schemas/sitemap-news/0.9";
        Assert.Equal(Expected, news.Descendants(n + "title").Select(t => t.Value));
        Assert.Equal("de", news.Descendants(n + "language").First().Value);
        Assert.Equal("Test News", news.Descendants(n + "name").First().Value);
        Assert.Equal("2024-12-04T12:00:00+01:00", news.Descendants(n + "publication_date").First().Value);
        Assert.Contains("Sitemap: https://example.org/news/news-sitemap.xml", _site.Read("robots.txt"));
    }

    [Fact]
    public void Article_and_tag_pages_carry_structured_data()
    {
        var article = _site.Read("2024/12/04/erste-meldung/index.html");
        var jsonLd = JsonDocument.Parse(article.Split("<script type=\"application/ld+json\">")[1].Split("</script>")[0]).RootElement;
        Assert.Equal("NewsArticle", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("2024-12-04T15:00:00+01:00", jsonLd.GetProperty("dateModified").GetString());
        Assert.Equal("de-DE", jsonLd.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.org/news/bild.jpg", jsonLd.GetProperty("image").GetString());
        var author = Assert.Single(jsonLd.GetProperty("author").EnumerateArray());
        Assert.Equal(("Person", "Anna Muster", "https://example.org/news/authors/anna-muster/"),
            (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.GetProperty("url").GetString()));
        // Shared, the story shows its picture cropped to a 1200 × 630 card.
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/news/2024/12/04/erste-meldung/card.jpg\"", article);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", article);

        var tag = _site.Read("tags/nato/index.html");
        Assert.Contains("\"@type\":\"CollectionPage\"", tag);
        Assert.Contains("\"@type\":\"BreadcrumbList\"", tag);
    }

    private SyndicationFeed Syndication(string file)
    {
        using var reader = XmlReader.Create(Path.Combine(_site.Output, file));
        return SyndicationFeed.Load(reader);
    }

    public void Dispose() => _site.Dispose();
}
