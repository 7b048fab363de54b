using System.Reflection;
using StaticNews.Incremental;
using StaticNews.Model;
using StaticNews.Render;
using StaticNews.Theme.Views;

namespace StaticNews.Tests.Reliability;

/// <summary>
/// A page's recipe is its very view model: whatever a view shows is in the recipe, so a field added to a view can
/// never leave a rebuilt page stale. Each member of the views (and of the parts every page shares) is changed in
/// turn, and the recipe must change with it. An article page's recipe is what its view is made from instead: its
/// article and its edition's chrome, and the view must be made from nothing else.
/// </summary>
public sealed class RecipeTests : IDisposable
{
    private readonly TestSite _site = TestSite.Sample();
    private readonly Recipe _recipe = new(new Hash128(0, 1));

    public static TheoryData<string> Views => new(["article", "front page", "tags index", "not found"]);

    [Theory, MemberData(nameof(Views))]
    public void Every_member_of_a_page_view_is_in_its_recipe(string kind)
    {
        var view = ViewOf(kind);
        var before = RecipeOf(view);
        var changes = Changes(view, depth: 2).ToList();
        Assert.True(changes.Count > 10, $"only {changes.Count} members changed");
        foreach (var (member, changed) in changes)
            Assert.True(RecipeOf(changed) != before, $"changing {view.GetType().Name}.{member} left the recipe as it was");
    }

    [Theory, MemberData(nameof(Views))]
    public async Task The_masthead_and_footer_rendered_once_are_what_each_page_renders_itself(string kind)
    {
        var view = ViewOf(kind);
        var site = view.GetType().GetProperty("Site")!;
        var chrome = (SiteChrome)site.GetValue(view)!;
        Assert.NotNull(chrome.Parts);
        await using var renderer = new ThemeRenderer();
        byte[] Render(object model) => (model switch
        {
            ArticleView => renderer.RenderUtf8<Theme.Pages.ArticlePage>(model),
            StoryListView => renderer.RenderUtf8<Theme.Pages.StoryListPage>(model),
            TagIndexView => renderer.RenderUtf8<Theme.Pages.TagIndexPage>(model),
            _ => renderer.RenderUtf8<Theme.Pages.NotFoundPage>(model),
        }).ToArray();

        var withParts = Render(view);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Render(With(view, site, chrome with { Parts = null }))), System.Text.Encoding.UTF8.GetString(withParts));
        Assert.Contains(chrome.Parts.Masthead.Value, System.Text.Encoding.UTF8.GetString(withParts));
    }

    [Fact]
    public void A_body_that_changes_in_one_character_changes_the_recipe()
    {
        var (models, article) = Longest();
        var body = article.Body.Utf8;
        Assert.True(body.Length > 1000);
        byte[] changed = [.. body];
        changed[body.Length / 2] = (byte)(changed[body.Length / 2] == 'x' ? 'y' : 'x');
        var view = models.Article(article);
        Assert.NotEqual(RecipeOf(view), RecipeOf(models.Article(article with { Body = new ArticleBody(changed) })));
        Assert.Equal(RecipeOf(view), RecipeOf(models.Article(article with { Body = new ArticleBody([.. body]) })));
    }

    [Fact]
    public void Every_member_of_a_story_card_is_in_the_recipe_of_every_list_that_shows_it()
    {
        var front = (StoryListView)ViewOf("front page");
        var before = RecipeOf(front);
        Assert.NotNull(front.Sections);
        Assert.NotEmpty(front.Sections);
        foreach (var (member, card) in Changes(front.Stories[1], depth: 2))
        {
            Assert.True(RecipeOf(front with { Stories = [front.Stories[0], (StoryCard)card, .. front.Stories.Skip(2)] }) != before, $"changing a story's {member} left the list's recipe as it was");
            var section = front.Sections[0] with { Stories = [(StoryCard)card, .. front.Sections[0].Stories.Skip(1)] };
            Assert.True(RecipeOf(front with { Sections = [section, .. front.Sections.Skip(1)] }) != before, $"changing a section story's {member} left the recipe as it was");
        }
        // The same cards in another order are another page.
        Assert.NotEqual(before, RecipeOf(front with { Stories = [.. front.Stories.Reverse()] }));
    }

    [Fact]
    public void Every_member_of_a_related_story_is_in_the_recipe_of_the_article_that_shows_it()
    {
        var (models, _) = Longest();
        var article = models.Article(models.Edition.Articles.First(a => a.Related.Count > 0));
        var before = RecipeOf(article);
        foreach (var (member, related) in Changes(article.Related[0], depth: 1))
            Assert.True(RecipeOf(article with { Related = [(RelatedStoryView)related, .. article.Related.Skip(1)] }) != before, $"changing a related story's {member} left the recipe as it was");
        // Fewer stories, or more, or the same in another order, are another page.
        Assert.NotEqual(before, RecipeOf(article with { Related = [.. article.Related.Skip(1)] }));
        Assert.NotEqual(before, RecipeOf(article with { Related = [.. article.Related, article.Related[0] with { Title = "Andere" }] }));
        Assert.NotEqual(RecipeOf(article with { Related = [.. article.Related, article.Related[0] with { Title = "Andere" }] }),
            RecipeOf(article with { Related = [article.Related[0] with { Title = "Andere" }, .. article.Related] }));
    }

    /// <summary>
    /// An article's page is planned from its article, not from its view (<see cref="ArticlePageIngredients"/>): that
    /// holds only while the view reads nothing else of the site but its edition's chrome. Each article's view is made
    /// again in a site that holds that article alone, its editions emptied: all but the chrome must be the same.
    /// </summary>
    [Fact]
    public void An_article_pages_view_is_made_from_its_article_and_its_editions_chrome_alone()
    {
        var site = SampleWithTranslations();
        var urls = new SiteUrls(site.Config);
        Assert.Contains(site.Articles, a => a.Related.Count > 0);
        Assert.Contains(site.Articles, a => a.NextStory is not null);
        Assert.Contains(site.Articles, a => a.Translations.Count > 0);
        Assert.Contains(site.Articles, a => a.Authors.Count > 0);
        Assert.Contains(site.Articles, a => a.Image is not null);
        foreach (var article in site.Articles)
        {
            var edition = site.EditionOf(article);
            var alone = site with
            {
                Articles = [article], Tags = [],
                Editions = [.. site.Editions.Select(e => e with { Articles = [], Tags = [], Authors = [], Archives = [] })],
            };
            var view = new PageModels(site, edition, urls.For(edition)).Article(article);
            var viewAlone = new PageModels(alone, alone.EditionOf(article), urls.For(edition)).Article(article);
            Assert.True(RecipeOf(view with { Site = null! }) == RecipeOf(viewAlone with { Site = null! }),
                $"the page of {article.Url} shows something of the site besides its article and its edition's chrome");
        }
    }

    /// <summary>
    /// An article page's recipe holds the article by its <see cref="Article.DerivedHash"/> and what enriching set on
    /// it: each member of the article changed in turn, and derived again as a build would, changes the recipe.
    /// </summary>
    [Fact]
    public void Every_member_of_an_article_is_in_the_recipe_of_its_page()
    {
        var site = SampleWithTranslations();
        // Between them, these stories have every member there is: related, linked and translated stories, a picture, a byline.
        Article[] articles =
        [
            site.Articles.First(a => a.Related.Count > 0), site.Articles.First(a => a.NextStory is not null),
            site.Articles.First(a => a.PreviousStory is not null), site.Articles.First(a => a.Translations.Count > 0),
            site.Articles.First(a => a.Authors.Count > 0), site.Articles.First(a => a.Image is not null),
        ];
        var chrome = new PageModels(site, site.Editions[0], new SiteUrls(site.Config)).Chrome;
        Hash128 KeptRecipe(Article a) => _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), a with { DerivedHash = new Hash128(0, 7) }, chrome, Berlin));
        Hash128 PageRecipe(Article a) => _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), a with { DerivedHash = KnownArticles.HashOf(a) }, chrome, Berlin));
        foreach (var story in articles)
        {
            var before = PageRecipe(story);
            var changes = ArticleChanges(story, "").ToList();
            Assert.True(changes.Count > 25, $"only {changes.Count} members changed");
            foreach (var (member, changed) in changes)
            {
                Assert.True(PageRecipe((Article)changed) != before, $"changing {story.Url}'s {member} left its page's recipe as it was");
                // What enriching sets changes after the article was derived: its derived hash stays as it was.
                if (Enriched.Contains(member.Split('.', '[', ' ')[0]))
                    Assert.True(KeptRecipe((Article)changed) != KeptRecipe(story), $"enriching {story.Url}'s {member} anew left its page's recipe as it was");
            }
        }
        var article = articles[0];
        var known = article with { DerivedHash = KnownArticles.HashOf(article) };
        Assert.NotEqual(PageRecipe(article), _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), known, chrome with { Title = chrome.Title + "·" }, Berlin)));
        // Other rules for the same zone (a new time-zone database) write other times.
        var moved = TimeZoneInfo.CreateCustomTimeZone(Berlin.Id, Berlin.BaseUtcOffset, Berlin.DisplayName, Berlin.StandardName);
        Assert.NotEqual(PageRecipe(article), _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), known, chrome, moved)));
        // Without a derived hash nothing is known of the article: no recipe, so its page is rendered and compared.
        Assert.Equal(Hash128.None, _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), article with { DerivedHash = Hash128.None }, chrome, Berlin)));
    }

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The sample site, with a story in English and German that name each other as translations.</summary>
    private Model.Site SampleWithTranslations()
    {
        _site.Add("posts/gipfel.md", "---\ntitle: Gipfel in Wien\ndate: 2024-12-05T09:00:00+01:00\nlang: de\ntranslationKey: summit\ntags: [Wien]\n---\nDie Minister trafen sich.\n");
        _site.Add("posts/summit.md", "---\ntitle: Summit in Vienna\ndate: 2024-12-05T09:00:00+01:00\nlang: en\ntranslationKey: summit\ntags: [Vienna]\n---\nThe ministers met.\n");
        return SiteBuilder.Model(_site.Options, []).Site;
    }

    /// <summary>
    /// A list page is planned from its frame, its place and its stories (<see cref="StoryListIngredients"/>): each list's
    /// view is made again in a site that holds its stories alone, its editions emptied, and must be the same.
    /// </summary>
    [Fact]
    public void A_list_pages_view_is_made_from_its_frame_and_its_stories_alone()
    {
        var site = SampleWithTranslations();
        var edition = site.Editions[0];
        var models = new PageModels(site, edition, new SiteUrls(site.Config).For(edition));
        var tag = edition.Tags.MaxBy(g => g.Articles.Count)!;
        var (day, month) = (edition.Archives[^1].Periods[0], edition.Archives[1].Periods[0]);
        (StoryListFrame Frame, IReadOnlyList<Article> Stories)[] lists =
        [
            (new StoryListFrame(edition.Title, PageKind.Front, edition.Description, "/", true, Translations: models.OtherEditions(), Sections: models.Sections()), edition.Articles),
            (new StoryListFrame(tag.Tag.Name, PageKind.Tag, null, "/tags/x/", FeedUrl: "/tags/x/feed.xml", JsonLd: models.TagJsonLd(tag.Tag)), tag.Articles),
            (new StoryListFrame("Tag", PageKind.Archive, null, day.Url, Archive: models.ArchiveNav(edition.Archives.Count - 1, 0)), day.Articles),
            (new StoryListFrame("Monat", PageKind.Archive, null, month.Url, Archive: models.ArchiveNav(1, 0)), month.Articles),
        ];
        Assert.NotNull(lists[0].Frame.Translations);
        Assert.NotEmpty(lists[0].Frame.Sections!);
        foreach (var (frame, stories) in lists)
        {
            var alone = site with
            {
                Articles = stories, Tags = [],
                Editions = [.. site.Editions.Select(e => e with { Articles = [], Tags = [], Authors = [], Archives = [] })],
            };
            var aloneModels = new PageModels(alone, alone.Editions[0], models.Urls);
            foreach (var page in new[] { 1, 2 })
            {
                var view = models.StoryList(frame.OnPage(page), stories, page, 3);
                var viewAlone = aloneModels.StoryList(frame.OnPage(page), stories, page, 3);
                Assert.True(RecipeOf(view with { Site = null! }) == RecipeOf(viewAlone with { Site = null! }),
                    $"page {page} of {frame.FirstUrl} shows something of the site besides its frame and its stories");
            }
        }
    }

    /// <summary>Each member of a list page's frame, its place, and each member of one of its stories, changed in turn, changes its recipe.</summary>
    [Fact]
    public void Every_member_of_a_list_pages_frame_and_stories_is_in_its_recipe()
    {
        var site = SampleWithTranslations();
        var edition = site.Editions[0];
        var models = new PageModels(site, edition, new SiteUrls(site.Config).For(edition));
        var frame = new StoryListFrame(edition.Title, PageKind.Front, edition.Description, "/", true, "/feed.xml", "{}", models.ArchiveNav(1, 0),
            models.OtherEditions(), models.Sections());
        Article[] stories = [.. edition.Articles.Take(3).Select(a => a with { DerivedHash = KnownArticles.HashOf(a) })];
        Hash128 ListRecipe(object f, IReadOnlyList<Article> s, int page = 1, int count = 2) =>
            _recipe.Of(new StoryListIngredients(typeof(Theme.Pages.StoryListPage), models.Chrome, Berlin, f, page, count, s));
        var before = ListRecipe(frame, stories);
        var changes = Changes(frame, depth: 3).ToList();
        Assert.True(changes.Count > 12, $"only {changes.Count} members changed");
        foreach (var (member, changed) in changes)
            Assert.True(ListRecipe(changed, stories) != before, $"changing the frame's {member} left the list's recipe as it was");
        Assert.NotEqual(before, ListRecipe(frame, stories, page: 2));
        Assert.NotEqual(before, ListRecipe(frame, stories, count: 3));
        Assert.NotEqual(before, ListRecipe(frame, [.. stories.Reverse()]));
        Assert.NotEqual(before, ListRecipe(frame, stories[1..]));
        foreach (var (member, changed) in ArticleChanges(stories[1], ""))
        {
            var story = (Article)changed with { DerivedHash = KnownArticles.HashOf((Article)changed) };
            Assert.True(ListRecipe(frame, [stories[0], story, stories[2]]) != before, $"changing a story's {member} left the list's recipe as it was");
        }
        Assert.Equal(Hash128.None, ListRecipe(frame, [stories[0], stories[1] with { DerivedHash = Hash128.None }]));
    }

    /// <summary>The members of <see cref="ArticleEnrichment"/>.</summary>
    private static readonly string[] Enriched = [.. typeof(ArticleEnrichment).GetProperties().Select(p => p.Name)];

    /// <summary>What an article's page may not show: where its document lies, and its source text before rendering.</summary>
    private static readonly string[] NotShown = ["Page.Document", "Page.Body", "Page.PlainParagraphs", "DerivedHash"];

    /// <summary>Copies of an article, each with one member changed, down through the records and lists it holds.</summary>
    private static IEnumerable<(string Member, object Changed)> ArticleChanges(object record, string path)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var member = path + property.Name;
            if (NotShown.Contains(member)) continue;
            var value = property.GetValue(record);
            if (value is not null && IsRecord(value.GetType()))
            {
                foreach (var (inner, changed) in ArticleChanges(value, member + "."))
                    yield return (inner, With(record, property, changed));
            }
            else if (value is System.Collections.IList { Count: > 0 } list && property.PropertyType.IsGenericType)
            {
                var fewer = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(property.PropertyType.GetGenericArguments()[0]))!;
                foreach (var item in list.Cast<object>().Skip(1)) fewer.Add(item);
                yield return (member + " (one fewer)", With(record, property, fewer));
                if (IsRecord(list[0]!.GetType()))
                    foreach (var (inner, changed) in ArticleChanges(list[0]!, $"{member}[0]."))
                    {
                        var other = (System.Collections.IList)Activator.CreateInstance(fewer.GetType())!;
                        other.Add(changed);
                        foreach (var item in fewer) other.Add(item);
                        yield return (inner, With(record, property, other));
                    }
            }
            else if (value switch
            {
                DateTimeOffset date => date.AddMinutes(1),
                null when property.PropertyType == typeof(DateTimeOffset?) => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
                long number => number + 1,
                Hash128 hash => new Hash128(hash.High, hash.Low + 1),
                ArticleBody body => new ArticleBody([.. body.Utf8, (byte)'x']),
                IReadOnlyDictionary<string, string> pairs => new SortedDictionary<string, string>(pairs.ToDictionary(), StringComparer.Ordinal) { ["·"] = "·" },
                _ => Changed(property.PropertyType, value) is { } other && other != Missing.Value ? other : null,
            } is { } changedValue)
                yield return (member, With(record, property, changedValue));
        }
    }

    private Hash128 RecipeOf(object view) => _recipe.Of(new PageIngredients(typeof(object), view));

    /// <summary>The page models of the sample site's first edition, and its longest story.</summary>
    private (PageModels Models, Article Longest) Longest()
    {
        var site = SiteBuilder.Model(_site.Options, []).Site;
        var edition = site.Editions[0];
        return (new PageModels(site, edition, new SiteUrls(site.Config).For(edition)), edition.Articles.MaxBy(a => a.Body.Length)!);
    }

    private object ViewOf(string kind)
    {
        var (models, longest) = Longest();
        var edition = models.Edition;
        return kind switch
        {
            "article" => models.Article(longest),
            "front page" => models.StoryList(new StoryListFrame(edition.Title, PageKind.Front, edition.Description, "/", FeatureTopStory: true,
                Sections: models.Sections()), edition.Articles.Take(5).ToList(), 1, 2),
            "tags index" => models.TagIndex(),
            _ => models.NotFound(),
        };
    }

    /// <summary>Copies of a record, each with one member changed (down into the records it holds).</summary>
    private static IEnumerable<(string Member, object Changed)> Changes(object record, int depth)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && !Derived.Contains(p)))
        {
            var value = property.GetValue(record);
            if (Changed(property.PropertyType, value) is { } other) yield return (property.Name, With(record, property, other));
            if (depth > 1 && value is not null && IsRecord(value.GetType()))
                foreach (var (member, inner) in Changes(value, depth - 1))
                    yield return ($"{property.Name}.{member}", With(record, property, inner));
        }
    }

    /// <returns>Another value of the member; <see cref="Missing.Value"/> to make it none; null when there is nothing to change it into.</returns>
    private static object? Changed(Type type, object? value) => value switch
    {
        string text => text + "·",
        byte[] bytes => (byte[])[.. bytes, (byte)'x'],
        null when type == typeof(string) => "·",
        int number => number + 1,
        bool flag => !flag,
        Enum kind => Enum.ToObject(kind.GetType(), Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture) + 1),
        null => null, // an absent part (no picture): nothing to change it into here
        _ => Missing.Value, // a list or a record that is there: none
    };

    /// <summary>Members made from the rest of their view and the theme's code, so never hashed: a test holds each to that.</summary>
    private static readonly PropertyInfo[] Derived = [typeof(SiteChrome).GetProperty(nameof(SiteChrome.Parts))!];

    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value == Missing.Value ? null : value);
        return copy;
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    public void Dispose() => _site.Dispose();
}
