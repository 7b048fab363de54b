using System.Collections;
using System.Text.Json;
using StaticNews.Enrich;
using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Tests.Enrich;

/// <summary>
/// The preview's patch of its last site (issue #18) stands for enriching again only while it carries over every
/// field enriching sets and reaches every list that holds a story. The byte-for-byte comparison with clean builds
/// is in <c>IncrementalTests</c>; these fail first, and say which field or list was missed.
/// </summary>
public sealed class PatchSiteTests : IDisposable
{
    private readonly TestSite _site = TestSite.Sample()
        .Add("a.md", "---\ntitle: Alpha\ndate: 2024-12-01T10:00:00Z\ntags: [Berlin, NATO]\nnext: Beta\ntranslationKey: a\nauthor: [Ana, Bo]\naliases: [/alt/a/]\n---\nText.\n")
        .Add("a-en.md", "---\ntitle: Alpha in English\ndate: 2024-12-01T11:00:00Z\ntags: [Berlin]\nlang: en\ntranslationKey: a\n---\nText.\n")
        .Add("b.md", "---\ntitle: Beta\ndate: 2024-12-02T10:00:00Z\ntags: [nato, Paris]\nexpires: 2030-01-01T00:00:00Z\n---\nText.\n");

    private (Model.Site Site, IReadOnlyList<Article> Derived) Enrich()
    {
        var problems = new List<Diagnostic>();
        var input = ScanInput.Run(_site.Input, problems);
        var config = ReadSiteConfig.Run(input.SiteConfigPath, problems);
        var (parse, derive) = (new ParseDocuments(config), DeriveArticle.For(config, input, _site.Options));
        var derived = input.Documents.Select(d => parse.ParseOne(d, problems) is { } page ? derive.Run(page, problems) : null).OfType<Article>().ToList();
        return (new EnrichSite(config, _site.Options).Run(input, derived, problems), derived);
    }

    [Fact]
    public void Enriching_sets_no_field_that_a_patch_does_not_carry_over()
    {
        var (site, derived) = Enrich();
        var byDocument = derived.ToDictionary(a => a.Page.Document.RelativePath);
        Assert.True(site.Articles.Count > 12);
        Assert.Contains(site.Articles, a => a.Related.Count > 0 && a.Translations.Count > 0 && a.NextStory is not null && a.Edition != "");
        foreach (var enriched in site.Articles)
        {
            var patched = PatchSite.Enriched(byDocument[enriched.Page.Document.RelativePath], enriched);
            Assert.Equal(Json(enriched), Json(patched));
        }
    }

    [Fact]
    public void A_patched_site_holds_the_new_story_in_every_place_and_the_old_in_none()
    {
        var (site, derived) = Enrich();
        var old = site.Articles.Single(a => a.Title == "Alpha");
        var before = derived.Single(a => a.Title == "Alpha");
        var edited = before with { Body = new ArticleBody("<p>Neu.</p>"u8.ToArray()), DerivedHash = new Hash128(0, 1) };
        var patched = PatchSite.Run(site, derived, [.. derived.Select(a => a == before ? edited : a)], TestSite.Now);

        Assert.NotNull(patched);
        var reached = Reachable(patched);
        Assert.DoesNotContain(old, reached);
        var successor = patched.Articles.Single(a => a.Title == "Alpha");
        Assert.Equal("<p>Neu.</p>", successor.Body.Html);
        // Its edition, its two tags, its two authors and its day, month and year: every list it was in.
        Assert.Equal(Lists(site, old), Lists(patched, successor));
    }

    [Fact]
    public void An_edit_of_what_places_or_links_a_story_is_not_patched()
    {
        var (site, derived) = Enrich();
        var before = derived.Single(a => a.Title == "Beta");
        foreach (var edited in new[]
                 {
                     before with { Title = "Beta neu" }, before with { Date = before.Date.AddDays(1) }, before with { Tags = [.. before.Tags.Skip(1)] },
                     before with { Authors = [new Author("cy", "Cy")] }, before with { Expires = null }, before with { Lang = "en" },
                     before with { Draft = true }, before with { Page = before.Page with { FrontMatter = before.Page.FrontMatter with { Prev = "Alpha" } } },
                 })
            Assert.Null(PatchSite.Run(site, derived, [.. derived.Select(a => a == before ? edited with { DerivedHash = new Hash128(0, 1) } : a)], TestSite.Now));
        // Nor when a story's time has come since the last build.
        Assert.Null(PatchSite.Run(site with { NextChange = new ScheduledChange(TestSite.Now.AddMinutes(-1), "b.md", Publishes: false) }, derived, derived, TestSite.Now));
    }

    /// <summary>How many lists of the site hold the story.</summary>
    private static int Lists(Model.Site site, Article article) =>
        Reachable(site).OfType<IEnumerable<Article>>().Count(list => list.Contains(article, ReferenceEqualityComparer.Instance));

    /// <summary>Every object the site holds, by reference: its records, lists and what they hold.</summary>
    private static HashSet<object> Reachable(Model.Site site)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([site]);
        while (pending.TryPop(out var next))
        {
            if (next is string || next.GetType().IsPrimitive || next is Delegate || !seen.Add(next)) continue;
            if (next is IEnumerable items)
                foreach (var item in items) { if (item is not null) pending.Push(item); }
            else if (next.GetType().Namespace == typeof(Model.Site).Namespace)
                foreach (var property in next.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                    if (property.GetValue(next) is { } value) pending.Push(value);
        }
        return seen;
    }

    private static string Json(Article article) => JsonSerializer.Serialize(article);

    public void Dispose() => _site.Dispose();
}
