using System.Reflection;
using StaticNews.Incremental;
using StaticNews.Model;
using StaticNews.Render;
using StaticNews.Theme.Views;

namespace StaticNews.Tests.Reliability;

/// <summary>
/// A page's recipe is its very view model: whatever a view shows is in the recipe, so a field added to a view can
/// never leave a rebuilt page stale. Each member of the views (and of the parts every page shares) is changed in
/// turn, and the recipe must change with it.
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
            "front page" => models.StoryList(edition.Title, PageKind.Front, edition.Description, "/", edition.Articles.Take(5).ToList(), 1, 2,
                featureTopStory: true, feedUrl: null, sections: models.Sections()),
            "tags index" => models.TagIndex(),
            _ => models.NotFound(),
        };
    }

    /// <summary>Copies of a record, each with one member changed (down into the records it holds).</summary>
    private static IEnumerable<(string Member, object Changed)> Changes(object record, int depth)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
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

    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value == Missing.Value ? null : value);
        return copy;
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    public void Dispose() => _site.Dispose();
}
