using System.Text;
using StaticNews.Model;
using StaticNews.Theme;
using StaticNews.Theme.Pages;

namespace StaticNews.Render;

/// <summary>
/// Lists every file of the site, each rendered when the writer asks for it: article pages, the paginated front
/// page, the tags index and tag pages, redirects for aliases, feeds, sitemaps, robots.txt, the 404 page, theme
/// assets and static files.
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
        var models = new PageModels(site, _urls);
        var bodies = new FeedBodies(_urls);
        var text = ThemeText.For(_config.Language);
        var files = new List<OutputFile>();
        foreach (var article in site.Articles)
        {
            Func<byte[]> render = () => Renderer.RenderUtf8<ArticlePage>(models.Article(article));
            var origin = article.Page.Document.RelativePath;
            files.Add(new OutputFile(_urls.FileOf(article.Url), render, Plan: () => new FilePlan(Recipe.ArticlePage(site, article, _urls.Assets!.Fingerprint), render)) { Origin = origin });
            foreach (var alias in article.AliasUrls)
                files.Add(Page<RedirectPage>(alias, () => new Theme.Views.RedirectView(_urls.Absolute(article.Url), article.Lang)) with { Origin = origin, Yields = true });
        }
        AddList(files, models, _config.Title, _config.Title, _config.Description, _urls.Home, site.Articles, featureLead: true, feedUrl: null);
        foreach (var group in site.Tags)
            AddList(files, models, group.Tag.Name, $"{text.TaggedWith}: {group.Tag.Name} – {_config.Title}",
                $"{text.TaggedWith}: {group.Tag.Name}", _urls.Tag(group.Tag), group.Articles, featureLead: false, _urls.TagFeed(group.Tag));
        files.Add(Page<TagIndexPage>(_urls.TagsIndex, models.TagIndex));
        files.Add(Page<NotFoundPage>(_config.BasePath + "/404.html", models.NotFound));
        if (_config.Search)
            foreach (var lang in site.Articles.Select(a => Parse.LanguageTag.Primary(a.Lang)).Prepend(Parse.LanguageTag.Primary(_config.Language)).Distinct().Order(StringComparer.Ordinal))
                files.Add(Page<SearchPage>(_urls.Search(lang), () => models.Search(lang)));

        files.Add(Feed(_urls.Feed, _config.Title, site.Articles, () => RssFeed.Write(_config.Title, _config.Description, _urls.Home, _urls.Feed, site.Articles, _config, _urls, bodies)));
        foreach (var group in site.Tags)
            files.Add(Feed(_urls.TagFeed(group.Tag), group.Tag.Name, group.Articles, () => RssFeed.Write($"{group.Tag.Name} – {_config.Title}", _config.Description,
                _urls.Tag(group.Tag), _urls.TagFeed(group.Tag), group.Articles, _config, _urls, bodies)));
        files.Add(Feed(_urls.AtomFeed, _config.Title, site.Articles, () => AtomFeed.Write(site, _urls, bodies)));
        files.Add(Feed(_urls.JsonFeed, _config.Title, site.Articles, () => JsonFeed.Write(site, _urls, bodies)));
        files.Add(File(_urls.Sitemap, () => SitemapXml.Write(Sitemap())));
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

    /// <summary>Aliases past what <c>_redirects</c> may hold on Cloudflare Pages, after <see cref="Run"/>: their alias pages redirect.</summary>
    public int RedirectsLeftOut { get; private set; }

    private ThemeRenderer Renderer => _renderers.Value!;

    private void AddList(List<OutputFile> files, PageModels models, string heading, string title, string description,
        string firstUrl, IReadOnlyList<Article> articles, bool featureLead, string? feedUrl)
    {
        var pageCount = PageCount(articles.Count);
        for (var page = 1; page <= pageCount; page++)
        {
            var number = page;
            files.Add(Page<StoryListPage>(SiteUrls.ListPage(firstUrl, number), () => models.StoryList(heading, title, description, firstUrl,
                Slice(articles, number), number, pageCount, featureLead, feedUrl)));
        }
    }

    private IReadOnlyList<Article> Slice(IReadOnlyList<Article> articles, int page) =>
        articles.Skip((page - 1) * _config.PageSize).Take(_config.PageSize).ToList();

    private int PageCount(int articles) => Math.Max(1, (articles + _config.PageSize - 1) / _config.PageSize);

    private OutputFile Page<TPage>(string url, Func<object> model) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(_urls.FileOf(url), () => Renderer.RenderUtf8<TPage>(model()), Plan: () =>
        {
            var built = model();
            return new FilePlan(Recipe.Page<TPage>(built), () => Renderer.RenderUtf8<TPage>(built));
        });

    private OutputFile File(string url, Func<byte[]> render) => new(_urls.FileOf(url), render);

    /// <summary>A feed shows its first <see cref="SiteConfig.FeedSize"/> articles, as derived: their versions are its recipe.</summary>
    private OutputFile Feed(string url, string title, IReadOnlyList<Article> articles, Func<byte[]> render) =>
        new(_urls.FileOf(url), render, Plan: () => new FilePlan(Recipe.Feed(url + "\0" + title, site.Settings, articles.Take(_config.FeedSize)), render));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private IEnumerable<SitemapEntry> Sitemap()
    {
        IEnumerable<SitemapEntry> List(string firstUrl, IReadOnlyList<Article> articles) =>
            Enumerable.Range(1, PageCount(articles.Count)).Select(page => new SitemapEntry(_urls.Absolute(SiteUrls.ListPage(firstUrl, page)),
                Slice(articles, page).Select(a => (DateTimeOffset?)a.LastModified).DefaultIfEmpty(null).Max()));

        foreach (var entry in List(_urls.Home, site.Articles)) yield return entry;
        foreach (var article in site.Articles) yield return new SitemapEntry(_urls.Absolute(article.Url), article.LastModified);
        yield return new SitemapEntry(_urls.Absolute(_urls.TagsIndex), site.Articles.Select(a => (DateTimeOffset?)a.LastModified).DefaultIfEmpty(null).Max());
        foreach (var group in site.Tags)
            foreach (var entry in List(_urls.Tag(group.Tag), group.Articles)) yield return entry;
    }

    public void Dispose()
    {
        foreach (var renderer in _renderers.Values) renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _renderers.Dispose();
    }
}
