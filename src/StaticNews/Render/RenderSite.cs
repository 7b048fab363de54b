using System.Collections.Concurrent;
using System.Text;
using StaticNews.Model;
using StaticNews.Theme;
using StaticNews.Theme.Pages;

namespace StaticNews.Render;

/// <summary>
/// Renders the whole site model into output files: article pages, the paginated front page, the tags index and
/// tag pages, redirects for aliases, feeds, sitemap, robots.txt, 404 page, theme assets and static files.
/// </summary>
public sealed class RenderSite(Site site)
{
    private readonly SiteUrls _urls = new(site.Config);
    private readonly SiteConfig _config = site.Config;

    public IReadOnlyList<OutputFile> Run()
    {
        var models = new PageModels(site, _urls);
        var pages = new List<Func<ThemeRenderer, OutputFile>>();
        foreach (var article in site.Articles)
        {
            pages.Add(r => Html(article.Url, r.Render<ArticlePage>(models.Article(article))));
            foreach (var alias in article.AliasUrls)
                pages.Add(r => Html(alias, r.Render<RedirectPage>(new Theme.Views.RedirectView(_urls.Absolute(article.Url), article.Lang))));
        }
        AddList(pages, models, _config.Title, _config.Title, _config.Description, _urls.Home, site.Articles, featureLead: true, feedUrl: null);
        foreach (var group in site.Tags)
        {
            var text = ThemeText.For(_config.Language);
            AddList(pages, models, group.Tag.Name, $"{text.TaggedWith}: {group.Tag.Name} – {_config.Title}",
                $"{text.TaggedWith}: {group.Tag.Name}", _urls.Tag(group.Tag), group.Articles, featureLead: false, _urls.TagFeed(group.Tag));
        }
        pages.Add(r => Html(_urls.TagsIndex, r.Render<TagIndexPage>(models.TagIndex())));
        pages.Add(r => new OutputFile("404.html", Encoding.UTF8.GetBytes(r.Render<NotFoundPage>(models.NotFound()))));

        var files = RenderInParallel(pages);
        files.AddRange(Feeds());
        files.Add(new OutputFile(_urls.FileOf(_urls.AtomFeed), AtomFeed.Write(site, _urls)));
        files.Add(new OutputFile(_urls.FileOf(_urls.JsonFeed), JsonFeed.Write(site, _urls)));
        files.Add(new OutputFile(_urls.FileOf(_urls.Sitemap), SitemapXml.Write(Sitemap())));
        files.Add(new OutputFile(_urls.FileOf(_urls.NewsSitemap), NewsSitemap.Write(site, _urls)));
        files.Add(new OutputFile("robots.txt", Encoding.UTF8.GetBytes(
            $"User-agent: *\nAllow: /\n\nSitemap: {_urls.Absolute(_urls.Sitemap)}\nSitemap: {_urls.Absolute(_urls.NewsSitemap)}\n")));
        files.AddRange(ThemeAssets.All().Select(a => new OutputFile(a.Path, a.Content)));
        files.AddRange(site.StaticFiles.Select(f => new OutputFile(f.RelativePath, null, f.Path)));
        return files;
    }

    private void AddList(List<Func<ThemeRenderer, OutputFile>> pages, PageModels models, string heading, string title, string description,
        string firstUrl, IReadOnlyList<Article> articles, bool featureLead, string? feedUrl)
    {
        var pageCount = PageCount(articles.Count);
        for (var page = 1; page <= pageCount; page++)
        {
            var number = page;
            var slice = articles.Skip((page - 1) * _config.PageSize).Take(_config.PageSize).ToList();
            pages.Add(r => Html(SiteUrls.ListPage(firstUrl, number),
                r.Render<StoryListPage>(models.StoryList(heading, title, description, firstUrl, slice, number, pageCount, featureLead, feedUrl))));
        }
    }

    private int PageCount(int articles) => Math.Max(1, (articles + _config.PageSize - 1) / _config.PageSize);

    /// <summary>Each thread renders with a renderer of its own; the files come back in the order they were listed.</summary>
    private static List<OutputFile> RenderInParallel(List<Func<ThemeRenderer, OutputFile>> pages)
    {
        var files = new OutputFile[pages.Count];
        var renderers = new ConcurrentBag<ThemeRenderer>();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, pages.Count, Math.Max(16, pages.Count / (4 * Environment.ProcessorCount) + 1)),
            () => new ThemeRenderer(),
            (range, _, renderer) =>
            {
                for (var i = range.Item1; i < range.Item2; i++) files[i] = pages[i](renderer);
                return renderer;
            },
            renderers.Add);
        foreach (var renderer in renderers) renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return [.. files];
    }

    private OutputFile Html(string url, string html) => new(_urls.FileOf(url), Encoding.UTF8.GetBytes(html));

    private IEnumerable<OutputFile> Feeds()
    {
        yield return new OutputFile(_urls.FileOf(_urls.Feed),
            RssFeed.Write(_config.Title, _config.Description, _urls.Home, _urls.Feed, site.Articles, _config, _urls));
        foreach (var group in site.Tags)
            yield return new OutputFile(_urls.FileOf(_urls.TagFeed(group.Tag)),
                RssFeed.Write($"{group.Tag.Name} – {_config.Title}", _config.Description, _urls.Tag(group.Tag), _urls.TagFeed(group.Tag), group.Articles, _config, _urls));
    }

    private IEnumerable<SitemapEntry> Sitemap()
    {
        IEnumerable<SitemapEntry> List(string firstUrl, IReadOnlyList<Article> articles) =>
            Enumerable.Range(1, PageCount(articles.Count)).Select(page => new SitemapEntry(_urls.Absolute(SiteUrls.ListPage(firstUrl, page)),
                articles.Skip((page - 1) * _config.PageSize).Take(_config.PageSize).Select(a => (DateTimeOffset?)a.LastModified).DefaultIfEmpty(null).Max()));

        foreach (var entry in List(_urls.Home, site.Articles)) yield return entry;
        foreach (var article in site.Articles) yield return new SitemapEntry(_urls.Absolute(article.Url), article.LastModified);
        yield return new SitemapEntry(_urls.Absolute(_urls.TagsIndex), site.Articles.Select(a => (DateTimeOffset?)a.LastModified).DefaultIfEmpty(null).Max());
        foreach (var group in site.Tags)
            foreach (var entry in List(_urls.Tag(group.Tag), group.Articles)) yield return entry;
    }
}
