using ApprovalTests;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace StaticNews.Tests.Site;

/// <summary>
/// Snapshots of the site the README's publish command makes from the repository's <c>input/</c>. Each is an
/// approved file beside this test; a difference fails and leaves <c>*.received.*</c> to review.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class SnapshotTests : IClassFixture<SnapshotTests.SeedSite>
{
    public sealed class SeedSite : IDisposable
    {
        public TestSite Site { get; } = TestSite.FromRepositoryInput();

        public SeedSite() => Site.Publish();

        public void Dispose() => Site.Dispose();
    }

    private const string SeedArticle = "2024/12/04/nato-chef-sagt-russland-unterstuetze-nordkoreas-atomprogramm/index.html";
    private readonly TestSite _site;

    public SnapshotTests(SeedSite seed) => _site = seed.Site;

    [Fact] public void Seed_article_page() => Verify(SeedArticle, "html");
    [Fact] public void Tag_page() => Verify("tags/nordkorea/index.html", "html");
    [Fact] public void Front_page() => Verify("index.html", "html");
    [Fact] public void Tags_index() => Verify("tags/index.html", "html");
    [Fact] public void Rss_feed() => Verify("feed.xml", "xml");
    [Fact] public void Sitemap() => Verify("sitemap.xml", "xml");

    private void Verify(string path, string extension) =>
        Approvals.Verify(WriterFactory.CreateTextWriter(_site.Read(path), extension));
}
