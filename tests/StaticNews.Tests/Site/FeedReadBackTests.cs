using System.ServiceModel.Syndication;
using System.Xml;
using CodeHollow.FeedReader;

namespace StaticNews.Tests.Site;

/// <summary>The feeds as two independent feed parsers read them: every item's title, link, guid and date.</summary>
public sealed class FeedReadBackTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Add("site.yml", "title: Test News\nbaseUrl: https://example.org/news/\nlanguage: de\ntimezone: Europe/Berlin\n")
        .Add("a.md", "---\ntitle: Erste Meldung & mehr\ndate: 2024-12-04T12:00:00+01:00\ntags: [NATO, Südkorea]\nsummary: Kurz <b>gesagt</b>\n---\nText mit [Link](/tags/nato/) und ![Bild](bild.jpg).\n")
        .Add("b.md", "---\ntitle: Zweite Meldung\ndate: 2024-12-03T23:30:00-05:00\ntags: [Nato]\n---\nMehr Text.\n");

    public FeedReadBackTests() => _site.Publish();

    [Fact]
    public void System_ServiceModel_Syndication_reads_every_item()
    {
        using var reader = XmlReader.Create(Path.Combine(_site.Output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("Test News", feed.Title.Text);
        var items = feed.Items.ToList();
        // 12:00 in Berlin is newer than 23:30 the evening before in New York (04:30 GMT).
        Assert.Equal(["Erste Meldung & mehr", "Zweite Meldung"], items.Select(i => i.Title.Text));
        Assert.Equal("https://example.org/news/2024/12/04/zweite-meldung/", items[1].Links[0].Uri.AbsoluteUri);
        Assert.Equal("https://example.org/news/2024/12/04/zweite-meldung/", items[1].Id);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 11, 0, 0, TimeSpan.Zero), items[0].PublishDate);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 4, 30, 0, TimeSpan.Zero), items[1].PublishDate);
        Assert.Equal(["NATO", "Südkorea"], items[0].Categories.Select(c => c.Name));
    }

    [Fact]
    public void CodeHollow_FeedReader_sees_the_same_items()
    {
        var feed = FeedReader.ReadFromString(_site.Read("feed.xml"));
        Assert.Equal(FeedType.Rss_2_0, feed.Type);
        Assert.Equal(["Erste Meldung & mehr", "Zweite Meldung"], feed.Items.Select(i => i.Title));
        Assert.All(feed.Items, item => Assert.Equal(item.Link, item.Id));
        Assert.Equal(new DateTime(2024, 12, 4, 4, 30, 0, DateTimeKind.Utc), feed.Items[1].PublishingDate!.Value.ToUniversalTime());
        Assert.Contains("href=\"https://example.org/news/tags/nato/\"", feed.Items[0].Content);
        Assert.Contains("src=\"https://example.org/news/bild.jpg\"", feed.Items[0].Content);
    }

    [Fact]
    public void Tag_feeds_hold_only_their_tag_and_point_at_themselves()
    {
        var feed = FeedReader.ReadFromString(_site.Read("tags/nato/feed.xml"));
        Assert.Equal(2, feed.Items.Count);
        var southKorea = FeedReader.ReadFromString(_site.Read("tags/suedkorea/feed.xml"));
        Assert.Equal(["Erste Meldung & mehr"], southKorea.Items.Select(i => i.Title));
        Assert.Contains("<atom:link href=\"https://example.org/news/tags/suedkorea/feed.xml\" rel=\"self\"", _site.Read("tags/suedkorea/feed.xml"));
    }

    public void Dispose() => _site.Dispose();
}
