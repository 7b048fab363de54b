using System.Text;
using StaticNews.Model;
using StaticNews.Theme;
using StaticNews.Theme.Pages;
using StaticNews.Theme.Views;

namespace StaticNews.Render;

/// <summary>
/// Lists every file of the site, each rendered when the writer asks for it: article pages and redirects for
/// their aliases; each edition's paginated front page, tag, author and date-archive pages and feeds; sitemaps,
/// robots.txt, the 404 page, theme assets and static files.
/// </summary>
/// <param name="themeAssetsDir">A folder to read the theme's assets from instead of the compiled theme (serve mode).</param>
public sealed class RenderSite(Site site, string? themeAssetsDir = null) : IDisposable
{
    private readonly SiteUrls _urls = new(site.Config, new PublishedAssets(themeAssetsDir));
    private readonly SiteConfig _config = site.Config;
    // A renderer per writer thread: HtmlRenderer's dispatcher runs one render at a time.
    private readonly ThreadLocal<ThemeRenderer> _renderers = new(() => new ThemeRenderer(), trackAllValues: true);

    public IReadOnlyList<OutputFile> Run()
    {
        _listed.Clear();
        var bodies = new FeedBodies(_urls);
        var items = new RssItems();
        var editions = site.Editions.ToDictionary(e => e, e => new PageModels(site, e, _urls.For(e)));
        var files = new List<OutputFile>(site.Articles.Count * 3);
        AddArticles(files, editions);
        foreach (var models in editions.Values) AddEdition(files, models, bodies, items);
        var root = editions[site.Editions[0]];
        files.Add(Page<NotFoundPage>(_config.BasePath + "/404.html", root.NotFound));
        if (_config.Search)
            foreach (var lang in site.Articles.Select(a => Text.LanguageTag.Primary(a.Lang)).Prepend(Text.LanguageTag.Primary(_config.Language)).Distinct().Order(StringComparer.Ordinal))
            {
                var models = editions.Values.FirstOrDefault(m => m.Edition.Key == lang) ?? root;
                files.Add(Page<SearchPage>(_urls.Search(lang), () => models.Search(lang)));
            }

        files.AddRange(new Pictures.PictureFiles(site, _urls, new NewsDates(_config.TimeZone)).Files());
        var listed = _listed.ToList();
        // First in the list, so that the writers start it first: its 3 MB for 20,000 pages take one writer a tenth
        // of a second, which listed last could keep it busy after the others were done.
        files.Insert(0, File(_urls.Sitemap, () => SitemapXml.Write(site.Articles.Select(a => new SitemapEntry(_urls.Absolute(a.Url), a.LastModified))
            .Concat(listed.Select(page => new SitemapEntry(_urls.Absolute(page.Url), page.Articles.Select(a => (DateTimeOffset?)a.LastModified).DefaultIfEmpty(null).Max()))))));
        files.Add(File(_urls.NewsSitemap, () => NewsSitemap.Write(site, _urls)));
        files.Add(new OutputFile("robots.txt", () => Utf8(
            $"User-agent: *\nAllow: /\n\nSitemap: {_urls.Absolute(_urls.Sitemap)}\nSitemap: {_urls.Absolute(_urls.NewsSitemap)}\n")));
        // Published under their hashed names; their bytes decide, like any rendered file's.
        // Only what the pages link: the search script only with search on.
        files.AddRange(_urls.Assets!.Files.Where(a => _config.Search || a.Name != ThemeAssets.SearchScriptPath)
            .Select(a => new OutputFile(a.PublishedPath, () => a.Content)));
        files.AddRange(site.StaticFiles.Select(f => new OutputFile(f.RelativePath, null, f.Path) { Origin = f.RelativePath, Yields = true }));
        var (redirects, leftOut) = HostFiles.Redirects(site.Articles.SelectMany(a => a.AliasUrls.Select(alias => (alias, a.Url))));
        RedirectsLeftOut = leftOut;
        var paths = files.Select(f => f.Path).ToList();
        files.Add(new OutputFile("_headers", () => HostFiles.Headers(_config.BasePath, paths)));
        files.Add(new OutputFile("_redirects", () => redirects));
        return files;
    }

    /// <summary>Every article's page, and a redirect page for each of its aliases.</summary>
    private void AddArticles(List<OutputFile> files, Dictionary<Edition, PageModels> editions)
    {
        foreach (var article in site.Articles)
        {
            var models = editions[site.EditionOf(article)];
            var origin = article.Page.Document.RelativePath;
            files.Add(ArticlePage(article, models) with { Origin = origin });
            foreach (var alias in article.AliasUrls)
                files.Add(Page<RedirectPage>(alias, () => new Theme.Views.RedirectView { TargetUrl = _urls.Absolute(article.Url), Lang = article.Lang }) with { Origin = origin, Yields = true });
        }
    }

    /// <summary>
    /// An edition's own pages: its front page, tags, authors and date archives, each paginated, and its feeds
    /// (RSS, Atom and JSON Feed for the edition, RSS for each tag and author).
    /// </summary>
    private void AddEdition(List<OutputFile> files, PageModels models, FeedBodies bodies, RssItems items)
    {
        var (edition, urls) = (models.Edition, models.Urls);
        // Each list's frame is made when its recipe or a page of it is first wanted, not while the files are listed (the preview lists them on each save).
        AddList(files, models, urls.Home, edition.Articles, () => new StoryListFrame(edition.Title, PageKind.Front, edition.Description, urls.Home,
            FeatureTopStory: true, Translations: models.OtherEditions(), Sections: models.Sections()));
        foreach (var group in edition.Tags)
            AddList(files, models, urls.Tag(group.Tag), group.Articles, () => new StoryListFrame(group.Tag.Name, PageKind.Tag, null, urls.Tag(group.Tag),
                FeedUrl: urls.TagFeed(group.Tag), JsonLd: models.TagJsonLd(group.Tag)));
        files.Add(Listed(Page<TagIndexPage>(urls.TagsIndex, models.TagIndex), urls.TagsIndex, edition.Articles));
        foreach (var group in edition.Authors)
            AddList(files, models, urls.Author(group.Author), group.Articles, () => new StoryListFrame(group.Author.Name, PageKind.Author, null, urls.Author(group.Author),
                FeedUrl: urls.AuthorFeed(group.Author)));
        if (edition.Authors.Count > 0)
            files.Add(Listed(Page<TagIndexPage>(urls.AuthorsIndex, models.AuthorIndex), urls.AuthorsIndex, edition.Authors.SelectMany(a => a.Articles)));
        foreach (var (level, archive) in edition.Archives.Index())
            foreach (var (index, period) in archive.Periods.Index())
                AddList(files, models, period.Url, period.Articles, () => new StoryListFrame(models.PeriodName(archive.Unit, period.Start), PageKind.Archive, null, period.Url,
                    Archive: models.ArchiveNav(level, index)));

        files.Add(Feed(urls.Feed, edition.Title, edition.Articles, () => RssFeed.Write(edition.Title, edition.Description, edition.Lang, urls.Home, urls.Feed,
            edition.Articles, _config, urls, bodies, items)));
        // A tag's or an author's RSS feed, named after them within the edition.
        OutputFile ListFeed(string name, string pageUrl, string feedUrl, IReadOnlyList<Article> articles) => Feed(feedUrl, name, articles,
            () => RssFeed.Write($"{name} – {edition.Title}", edition.Description, edition.Lang, pageUrl, feedUrl, articles, _config, urls, bodies, items));
        files.AddRange(edition.Tags.Select(g => ListFeed(g.Tag.Name, urls.Tag(g.Tag), urls.TagFeed(g.Tag), g.Articles)));
        files.AddRange(edition.Authors.Select(g => ListFeed(g.Author.Name, urls.Author(g.Author), urls.AuthorFeed(g.Author), g.Articles)));
        files.Add(Feed(urls.AtomFeed, edition.Title, edition.Articles, () => AtomFeed.Write(edition, _config, urls, bodies)));
        files.Add(Feed(urls.JsonFeed, edition.Title, edition.Articles, () => JsonFeed.Write(edition, _config, urls, bodies)));
    }

    /// <summary>Aliases past what <c>_redirects</c> may hold on Cloudflare Pages, after <see cref="Run"/>: their alias pages redirect.</summary>
    public int RedirectsLeftOut { get; private set; }

    private ThemeRenderer Renderer => _renderers.Value!;

    /// <summary>
    /// The pages of a list of stories, each in the sitemap with the time its newest story last changed. A page is
    /// planned from its frame, its place and its stories: its view is made only when it is rendered.
    /// </summary>
    /// <param name="frame">Makes what the list's pages show besides their stories, when the first page needs it.</param>
    private void AddList(List<OutputFile> files, PageModels models, string firstUrl, IReadOnlyList<Article> articles, Func<StoryListFrame> frame)
    {
        // The first page's frame, and the one all others share: each made once, and hashed once.
        var first = new Lazy<StoryListFrame>(frame);
        var others = new Lazy<StoryListFrame>(() => first.Value.OnPage(2));
        var pageCount = PageCount(articles.Count);
        for (var page = 1; page <= pageCount; page++)
        {
            var (number, slice, shown) = (page, Slice(articles, page), page == 1 ? first : others);
            var url = SiteUrls.ListPage(firstUrl, number);
            ReadOnlyMemory<byte> Render() => Renderer.RenderUtf8<StoryListPage>(models.StoryList(shown.Value, slice, number, pageCount));
            files.Add(Listed(new OutputFile(_urls.FileOf(url), Render, Plan: () => new FilePlan(
                new StoryListIngredients(typeof(StoryListPage), models.Chrome, _config.TimeZone, shown.Value, number, pageCount, slice), Render)), url, slice));
        }
    }

    /// <summary>A list page, noted for the sitemap, which dates it by its newest story when it is rendered.</summary>
    private OutputFile Listed(OutputFile file, string url, IEnumerable<Article> articles)
    {
        _listed.Add((url, articles));
        return file;
    }

    private readonly List<(string Url, IEnumerable<Article> Articles)> _listed = [];

    /// <summary>One page's stories, copied by index: Skip and Take cost a 10,000-article build's listing a fifth of its time.</summary>
    private Article[] Slice(IReadOnlyList<Article> articles, int page)
    {
        var start = (page - 1) * _config.PageSize;
        var slice = new Article[Math.Clamp(articles.Count - start, 0, _config.PageSize)];
        for (var i = 0; i < slice.Length; i++) slice[i] = articles[start + i];
        return slice;
    }

    // No sum that passes int.MaxValue when site.yml asks for the largest page size.
    private int PageCount(int articles) => articles == 0 ? 1 : (articles - 1) / _config.PageSize + 1;

    private OutputFile Page<TPage>(string url, Func<object> model) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(_urls.FileOf(url), () => Renderer.RenderUtf8<TPage>(model()), Plan: () =>
        {
            var built = model();
            return new FilePlan(new PageIngredients(typeof(TPage), built), () => Renderer.RenderUtf8<TPage>(built));
        });

    /// <summary>An article's page, planned from its article: its view is made only when it is rendered.</summary>
    private OutputFile ArticlePage(Article article, PageModels models)
    {
        ReadOnlyMemory<byte> Render() => Renderer.RenderUtf8<ArticlePage>(models.Article(article));
        return new(_urls.FileOf(article.Url), Render, Plan: () => new FilePlan(new ArticlePageIngredients(typeof(ArticlePage), article, models.Chrome, _config.TimeZone), Render));
    }

    private OutputFile File(string url, RenderFile render) => new(_urls.FileOf(url), render);

    /// <summary>A feed shows its first <see cref="SiteConfig.FeedSize"/> articles, as derived.</summary>
    private OutputFile Feed(string url, string title, IReadOnlyList<Article> articles, RenderFile render) =>
        new(_urls.FileOf(url), render, Plan: () => new FilePlan(new ArticleListIngredients(url + "\0" + title, articles.Take(_config.FeedSize)), render));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public void Dispose()
    {
        foreach (var renderer in _renderers.Values) renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _renderers.Dispose();
    }
}
