namespace StaticNews.Tests.Site;

/// <summary>The internal link check over the whole sample site, and proof that it catches a planted broken link (issue #5).</summary>
public sealed class LinkCheckTests
{
    [Fact]
    public void The_sample_site_has_no_broken_link_or_missing_asset()
    {
        using var site = TestSite.Sample();
        site.Publish();
        // The seed and the 12 sample dumps: every article page is there to be checked.
        Assert.Equal(13, site.ArticlePages().Count);
        Assert.Empty(LinkChecker.BrokenLinks(site.Output, origin: "https://news.example.org"));
    }

    [Fact]
    public void A_site_in_a_sub_folder_has_no_broken_link_either()
    {
        using var site = TestSite.Sample().Add("site.yml", "baseUrl: https://example.org/news/\nlanguage: de\n");
        site.Publish();
        Assert.Empty(LinkChecker.BrokenLinks(site.Output, "/news", "https://example.org"));
    }

    [Fact]
    public void A_planted_broken_link_and_missing_image_are_caught()
    {
        using var site = new TestSite().Add("a.md", "---\ntitle: A\ndate: 2024-12-01T10:00:00Z\n---\n[weg](/gibt/es/nicht/) ![fehlt](/bild.png)\n");
        site.Publish();
        Assert.Equal(["/2024/12/01/a/index.html: /gibt/es/nicht/", "/2024/12/01/a/index.html: /bild.png"], LinkChecker.BrokenLinks(site.Output));
    }
}
