using System.Globalization;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Theme;
using StaticNews.Theme.Views;

namespace StaticNews.Render;

/// <summary>Builds the theme's view models from the site model: the only place the engine meets the theme.</summary>
public sealed class PageModels(Site site, SiteUrls urls)
{
    private const int WordsPerMinute = 200;
    private readonly SiteConfig _config = site.Config;

    public SiteChrome Chrome { get; } = new(site.Config.Title, site.Config.Description, site.Config.Language,
        urls.Home, urls.TagsIndex, urls.Feed, urls.AtomFeed, urls.JsonFeed, urls.Stylesheet, urls.Icon,
        site.Config.Search ? urls.Search(site.Config.Language) : null);

    /// <summary>The site's feeds in the three formats, advertised on every page.</summary>
    public IReadOnlyList<FeedLink> SiteFeeds { get; } =
    [
        new FeedLink(site.Config.Title, urls.Absolute(urls.Feed), "application/rss+xml"),
        new FeedLink(site.Config.Title, urls.Absolute(urls.AtomFeed), "application/atom+xml"),
        new FeedLink(site.Config.Title, urls.Absolute(urls.JsonFeed), "application/feed+json"),
    ];

    /// <remarks>What it reads of the article is what <see cref="Recipe.ArticlePage"/> hashes: keep the two together.</remarks>
    public ArticleView Article(Article article)
    {
        var image = article.Image is null ? null : urls.AbsoluteOrSelf(article.Image.Url);
        var translations = article.Translations.Select(t => new LanguageLink(t.Lang, t.Title, urls.Absolute(t.Url))).ToList();
        var head = new PageHead($"{article.Title} – {_config.Title}", article.Summary, article.Lang, urls.Absolute(article.Url),
            "article", image, SiteFeeds, JsonLd: StructuredData.NewsArticle(article, _config, urls), Translations: translations);
        return new ArticleView(head, Chrome, article.Title, article.Lang,
            MonthNames.FormatLong(Local(article.Date), article.Lang), IsoDate.Format(article.Date),
            article.Updated is { } u && u > article.Date ? MonthNames.FormatLong(Local(u), article.Lang) : null,
            article.Updated is { } v && v > article.Date ? IsoDate.Format(v) : null,
            ReadingMinutes(article), article.Author, article.Image?.Url, Chips(article.Tags),
            article.BodyHtml,
            article.PreviousStory is { } p ? new StoryLinkView(p.Title, p.Url) : null,
            article.NextStory is { } n ? new StoryLinkView(n.Title, n.Url) : null,
            article.Page.FrontMatter.Params);
    }

    public StoryCard Card(Article article) =>
        new(article.Title, article.Url, article.Lang, MonthNames.FormatLong(Local(article.Date), article.Lang),
            IsoDate.Format(article.Date), article.Summary, ReadingMinutes(article), Chips(article.Tags));

    /// <summary>Page <paramref name="page"/> of a list of stories starting at <paramref name="firstUrl"/>.</summary>
    /// <param name="feedUrl">A tag page's own feed; null on the front page.</param>
    public StoryListView StoryList(string heading, string titleBase, string description, string firstUrl, IReadOnlyList<Article> articles,
        int page, int pageCount, bool featureLead, string? feedUrl)
    {
        var text = ThemeText.For(_config.Language);
        var title = page == 1 ? titleBase : $"{titleBase} – {string.Format(CultureInfo.InvariantCulture, text.PageOf, page, pageCount)}";
        var newer = page > 1 ? SiteUrls.ListPage(firstUrl, page - 1) : null;
        var older = page < pageCount ? SiteUrls.ListPage(firstUrl, page + 1) : null;
        var feeds = feedUrl is null ? SiteFeeds : [.. SiteFeeds, new FeedLink(heading, urls.Absolute(feedUrl), "application/rss+xml")];
        var jsonLd = feedUrl is null ? null : StructuredData.TagPage(heading, text.AllTopics, _config, urls, firstUrl);
        var head = new PageHead(title, description, _config.Language, urls.Absolute(SiteUrls.ListPage(firstUrl, page)), "website", null,
            feeds, newer, older, jsonLd);
        return new StoryListView(head, Chrome, heading, articles.Select(Card).ToList(), new Pager(page, pageCount, newer, older),
            featureLead && page == 1, feedUrl);
    }

    public TagIndexView TagIndex()
    {
        var text = ThemeText.For(_config.Language);
        var head = new PageHead($"{text.AllTopics} – {_config.Title}", $"{text.AllTopics}: {_config.Title}", _config.Language,
            urls.Absolute(urls.TagsIndex), "website", null, SiteFeeds);
        return new TagIndexView(head, Chrome, site.Tags.Select(g => new TagChip(g.Tag.Name, urls.Tag(g.Tag), g.Articles.Count)).ToList());
    }

    /// <summary>The search page of one language: <c>/search/</c> in the site's, <c>/en/search/</c> in another.</summary>
    public SearchView Search(string lang)
    {
        var text = ThemeText.For(lang);
        var url = urls.Search(lang);
        var head = new PageHead($"{text.Search} – {_config.Title}", _config.Description, lang, urls.Absolute(url), "website", null, SiteFeeds);
        return new SearchView(head, Chrome, lang, url, urls.SearchBundle, urls.SearchScript);
    }

    public NotFoundView NotFound()
    {
        var text = ThemeText.For(_config.Language);
        var head = new PageHead($"{text.NotFoundTitle} – {_config.Title}", text.NotFoundText, _config.Language,
            urls.Absolute(_config.BasePath + "/404.html"), "website", null, SiteFeeds);
        return new NotFoundView(head, Chrome);
    }

    public static int ReadingMinutes(Article article) => Math.Max(1, (article.WordCount + WordsPerMinute - 1) / WordsPerMinute);

    private IReadOnlyList<TagChip> Chips(IReadOnlyList<Tag> tags) => tags.Select(t => new TagChip(t.Name, urls.Tag(t))).ToList();

    private DateTimeOffset Local(DateTimeOffset date) => TimeZoneInfo.ConvertTime(date, _config.TimeZone);
}
