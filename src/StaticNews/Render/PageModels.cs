using StaticNews.Model;
using StaticNews.Theme;
using StaticNews.Theme.Views;

namespace StaticNews.Render;

/// <summary>Builds the theme's view models of one edition's pages from the site model: the only place the engine meets the theme.</summary>
/// <param name="urls">The edition's (<see cref="SiteUrls.For"/>).</param>
public sealed class PageModels(Site site, Edition edition, SiteUrls urls)
{
    private const int WordsPerMinute = 200;
    private readonly SiteConfig _config = site.Config;
    private readonly NewsDates _dates = new(site.Config.TimeZone);
    private readonly ThemeText _text = ThemeText.For(edition.Lang);

    public Edition Edition => edition;
    public SiteUrls Urls => urls;

    public SiteChrome Chrome { get; } = ThemeRenderer.WithParts(new()
    {
        Title = edition.Title, Description = edition.Description, Lang = edition.Lang,
        HomeHref = urls.Home, TagsHref = urls.TagsIndex, FeedHref = urls.Feed, AtomHref = urls.AtomFeed, JsonFeedHref = urls.JsonFeed,
        StylesheetHref = urls.Stylesheet, IconHref = urls.Icon,
        SearchHref = site.Config.Search ? urls.Search(edition.Lang) : null,
        Editions = site.Editions.Count > 1 ? site.Editions.Select(e => new EditionLink(e.Lang, ThemeText.NameOf(e.Lang), urls.For(e).Home, ReferenceEquals(e, edition))).ToList() : null,
        AuthorsHref = edition.Authors.Count > 0 ? urls.AuthorsIndex : null,
    });

    /// <summary>The edition's feeds in the three formats, advertised on every page.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; } =
    [
        new FeedLink(edition.Title, urls.Absolute(urls.Feed), "application/rss+xml"),
        new FeedLink(edition.Title, urls.Absolute(urls.AtomFeed), "application/atom+xml"),
        new FeedLink(edition.Title, urls.Absolute(urls.JsonFeed), "application/feed+json"),
    ];

    public ArticleView Article(Article article)
    {
        // Shared, the story shows its card (its picture cropped, or its headline drawn); without cards, its picture.
        var image = _config.SocialCards ? urls.Absolute(Pictures.PictureSizes.Card(article))
            : article.Image is null ? null : urls.AbsoluteOrSelf(article.Image.Url);
        var translations = article.Translations.Select(t => new LanguageLink(t.Lang, t.Title, urls.Absolute(t.Url))).ToList();
        var head = Head(new PageTitle(PageKind.Article, edition.Title, article.Title), article.Summary, article.Lang, article.Url) with
        {
            OpenGraphType = "article",
            ImageUrl = image,
            // The picture's words where the image is the picture; a drawn card shows the headline.
            ImageAlt = article.Image is { } picture && (!_config.SocialCards || Pictures.PictureSizes.Resizable(picture)) ? picture.Alt
                : _config.SocialCards ? article.Title : null,
            ImageIsCard = _config.SocialCards,
            JsonLd = StructuredData.NewsArticle(article, _config, urls),
            Translations = translations,
        };
        var updated = article.Updated is { } u && u > article.Date ? u : (DateTimeOffset?)null;
        return new ArticleView
        {
            Head = head,
            Site = Chrome,
            Title = article.Title,
            Lang = article.Lang,
            DateText = _dates.DateAndTime(article.Date, article.Lang),
            DateIso = _dates.Iso(article.Date),
            UpdatedText = updated is { } shown ? _dates.DateAndTime(shown, article.Lang) : null,
            UpdatedIso = updated is { } iso ? _dates.Iso(iso) : null,
            ReadingMinutes = ReadingMinutes(article),
            Authors = article.Authors.Select(a => new TagChip(a.Name, urls.Author(a))).ToList(),
            Picture = Picture(article.Image),
            Tags = Chips(article.Tags),
            Body = new ArticleBodyView(article.Body.Hash.ToBytes(), () => article.Body.Utf8),
            Previous = article.PreviousStory is { } p ? new StoryLinkView(p.Title, p.Url) : null,
            Next = article.NextStory is { } n ? new StoryLinkView(n.Title, n.Url) : null,
            Related = article.Related.Select(RelatedStory).ToList(),
            Params = article.Page.FrontMatter.Params,
        };
    }

    /// <summary>A story's card, made once: the same card shows on the front page, its tags', author's and dates' pages.</summary>
    public StoryCard Card(Article article) => _cards.TryGetValue(article, out var card) ? card : _cards.GetOrAdd(article, CardOf(article));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Article, StoryCard> _cards = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A story as a related story, made once: it ends the pages of the stories that share its tags, and its time
    /// is written once rather than on each of them.
    /// </summary>
    private RelatedStoryView RelatedStory(StoryLink story) =>
        _related.TryGetValue(story, out var view) ? view : _related.GetOrAdd(story, new RelatedStoryView
        {
            Title = story.Title, Href = story.Url,
            DateText = _dates.DateAndTime(story.Date!.Value, edition.Lang), DateIso = _dates.Iso(story.Date.Value),
        });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<StoryLink, RelatedStoryView> _related = new();

    private StoryCard CardOf(Article article) => new()
    {
        Title = article.Title, Href = article.Url, Lang = article.Lang,
        DateText = _dates.DateAndTime(article.Date, article.Lang), DateIso = _dates.Iso(article.Date),
        Summary = article.Summary, ReadingMinutes = ReadingMinutes(article), Tags = Chips(article.Tags), Picture = Picture(article.Image),
    };

    /// <summary>A picture in the sizes made of it (<see cref="Pictures.PictureSizes"/>); as it is where none are made.</summary>
    private static PictureView? Picture(ArticleImage? image)
    {
        if (image is null) return null;
        if (!Pictures.PictureSizes.Resizable(image))
            return new PictureView
            {
                Src = image.Url, Alt = image.Alt, Width = image.Width > 0 ? image.Width : null, Height = image.Height > 0 ? image.Height : null,
                Caption = image.Caption, Credit = image.Credit,
            };
        var widths = Pictures.PictureSizes.WidthsOf(image);
        string Srcset(string extension) => string.Join(", ", widths.Select(w => $"{Pictures.PictureSizes.Variant(image.Url, w, extension)} {w}w"));
        var own = Pictures.PictureSizes.OwnExtension(image);
        var fallback = Pictures.PictureSizes.Variant(image.Url, widths.LastOrDefault(w => w <= 960, widths[0]), own);
        return new PictureView
        {
            Src = fallback, Alt = image.Alt, Width = image.Width, Height = image.Height,
            WebpSrcset = own == "webp" ? null : Srcset("webp"), Srcset = Srcset(own), Caption = image.Caption, Credit = image.Credit,
        };
    }

    /// <summary>Page <paramref name="page"/> of a list of stories, each of its stories a card.</summary>
    /// <param name="frame">What the page shows besides its stories (<see cref="StoryListFrame.OnPage"/>).</param>
    public StoryListView StoryList(StoryListFrame frame, IReadOnlyList<Article> articles, int page, int pageCount)
    {
        var title = new PageTitle(frame.Kind, edition.Title, frame.Kind == PageKind.Front ? null : frame.Heading, page, pageCount);
        var newer = page > 1 ? SiteUrls.ListPage(frame.FirstUrl, page - 1) : null;
        var older = page < pageCount ? SiteUrls.ListPage(frame.FirstUrl, page + 1) : null;
        var feeds = frame.FeedUrl is null ? Feeds : [.. Feeds, new FeedLink(frame.Heading, urls.Absolute(frame.FeedUrl), "application/rss+xml")];
        var head = Head(title, frame.Description, edition.Lang, SiteUrls.ListPage(frame.FirstUrl, page)) with
        {
            Feeds = feeds, PrevHref = newer, NextHref = older, JsonLd = frame.JsonLd, Translations = frame.Translations,
        };
        return new StoryListView
        {
            Head = head, Site = Chrome, Heading = frame.Heading, Stories = articles.Select(Card).ToList(), Pager = new Pager(page, pageCount, newer, older),
            FeatureTopStory = frame.FeatureTopStory, FeedHref = frame.FeedUrl, Archive = frame.Archive, Sections = frame.Sections,
        };
    }

    /// <summary>
    /// The front page's topic sections: the edition's busiest tags (or the taxonomy's, in its order), each with
    /// its latest stories but the top story, which heads the page already.
    /// </summary>
    public IReadOnlyList<FrontSection> Sections()
    {
        var topStory = edition.Articles.FirstOrDefault();
        IEnumerable<TagGroup> topics = _config.SectionsFromTaxonomy
            ? _config.Taxonomy.Entries.Select(e => edition.Tags.FirstOrDefault(g => string.Equals(g.Tag.Name, e.Name, StringComparison.OrdinalIgnoreCase))).OfType<TagGroup>()
            : edition.Tags.OrderByDescending(g => g.Articles.Count).ThenBy(g => g.Tag.Slug, StringComparer.Ordinal);
        return topics.Select(g => new FrontSection(new TagChip(g.Tag.Name, urls.Tag(g.Tag), g.Articles.Count),
                g.Articles.Where(a => !ReferenceEquals(a, topStory)).Take(SectionStories).Select(Card).ToList()))
            .Where(s => s.Stories.Count > 0).Take(SectionCount).ToList();
    }

    private const int SectionCount = 4;
    private const int SectionStories = 3;

    /// <summary>The other editions' front pages, for the front page's <c>hreflang</c> links.</summary>
    public IReadOnlyList<LanguageLink>? OtherEditions() => site.Editions.Count > 1
        ? site.Editions.Where(e => !ReferenceEquals(e, edition)).Select(e => new LanguageLink(e.Lang, e.Title, urls.Absolute(urls.For(e).Home))).ToList()
        : null;

    /// <summary>A tag page's structured data: a collection, with the trail home → topics → tag.</summary>
    public string TagJsonLd(Tag tag) => StructuredData.TagPage(tag.Name, _text.AllTopics, edition, urls, urls.Tag(tag));

    public TagIndexView TagIndex()
    {
        var head = Head(new PageTitle(PageKind.TagIndex, edition.Title), null, edition.Lang, urls.TagsIndex);
        return new TagIndexView(head, Chrome, edition.Tags.Select(g => new TagChip(g.Tag.Name, urls.Tag(g.Tag), g.Articles.Count)).ToList());
    }

    public TagIndexView AuthorIndex()
    {
        var head = Head(new PageTitle(PageKind.AuthorIndex, edition.Title), null, edition.Lang, urls.AuthorsIndex);
        return new TagIndexView(head, Chrome, edition.Authors.Select(g => new TagChip(g.Author.Name, urls.Author(g.Author), g.Articles.Count)).ToList());
    }

    /// <summary>A period's heading in the edition's language: <c>Dezember 2024</c>.</summary>
    public string PeriodName(ArchiveUnit unit, DateTime start) => NewsDates.Period(unit, start, edition.Lang);

    /// <summary>An archive page's links: up a level (the edition's front page above the coarsest), the periods beside it, the periods inside it.</summary>
    public ArchiveNav ArchiveNav(int level, int index)
    {
        var archives = edition.Archives;
        var (unit, periods) = (archives[level].Unit, archives[level].Periods);
        var period = periods[index];
        var up = (level == 0 ? null : archives[level - 1].Periods.Where(p => period.Url.StartsWith(p.Url, StringComparison.Ordinal))
                .Select(p => new StoryLinkView(PeriodName(archives[level - 1].Unit, p.Start), p.Url)).FirstOrDefault())
            ?? new StoryLinkView(edition.Title, urls.Home);
        StoryLinkView? Link(int i) => i >= 0 && i < periods.Count ? new StoryLinkView(PeriodName(unit, periods[i].Start), periods[i].Url) : null;
        var parts = level + 1 < archives.Count && archives[level + 1].Unit != ArchiveUnit.Day
            ? archives[level + 1].Periods.Where(p => p.Url.StartsWith(period.Url, StringComparison.Ordinal))
                .Select(p => new TagChip(PeriodName(archives[level + 1].Unit, p.Start), p.Url, p.Articles.Count)).ToList()
            : [];
        return new ArchiveNav(up, Link(index - 1), Link(index + 1), parts);
    }

    /// <summary>The search page of one language: <c>/search/</c> in the site's, <c>/en/search/</c> in another.</summary>
    public SearchView Search(string lang)
    {
        var url = urls.Search(lang);
        var head = Head(new PageTitle(PageKind.Search, edition.Title), edition.Description, lang, url);
        return new SearchView { Head = head, Site = Chrome, Lang = lang, FormAction = url, BundleHref = urls.SearchBundle, ScriptHref = urls.SearchScript };
    }

    public NotFoundView NotFound()
    {
        var head = Head(new PageTitle(PageKind.NotFound, edition.Title), null, edition.Lang, _config.BasePath + "/404.html");
        return new NotFoundView(head, Chrome);
    }

    /// <summary>A page's head as most pages have it: a website page with the edition's feeds, no image.</summary>
    /// <param name="url">The page's URL from the site's root; the head carries it absolute.</param>
    private PageHead Head(PageTitle title, string? description, string lang, string url) => new()
    {
        Title = title, Description = description, Lang = lang, CanonicalUrl = urls.Absolute(url), OpenGraphType = "website", Feeds = Feeds,
    };

    public static int ReadingMinutes(Article article) => Math.Max(1, (article.WordCount + WordsPerMinute - 1) / WordsPerMinute);

    private IReadOnlyList<TagChip> Chips(IReadOnlyList<Tag> tags) => tags.Select(t => new TagChip(t.Name, urls.Tag(t))).ToList();
}
