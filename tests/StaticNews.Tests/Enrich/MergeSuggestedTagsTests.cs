using StaticNews.Enrich.Names;

namespace StaticNews.Tests.Enrich;

/// <summary>One tag per name across the site: suggested forms merge with the site's, editors' tags stay as written.</summary>
public sealed class MergeSuggestedTagsTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/\nlanguage: de\n");

    [Theory]
    [InlineData("Europäischen Union", "Europäische Union", "de")]
    [InlineData("Deutschen Bahn", "Deutsche Bahn", "de")]
    [InlineData("Alpes", "Alpe", "fr")]
    [InlineData("Islands", "Island", "en")]
    public void Forms_of_one_name_share_a_key(string one, string other, string language) =>
        Assert.Equal(TagKey.Of(one, language), TagKey.Of(other, language));

    [Theory]
    [InlineData("Berlin", "Bern", "de")]
    [InlineData("Europäische Union", "Europäische Zentralbank", "de")]
    public void Different_names_do_not(string one, string other, string language) =>
        Assert.NotEqual(TagKey.Of(one, language), TagKey.Of(other, language));

    [Fact]
    public void A_suggested_tag_takes_the_editors_form_of_the_same_name_and_the_editors_tag_stays()
    {
        _site.Add("2024/editor.md", "---\ntitle: Gipfel\ndate: 2024-11-19T09:00:00+01:00\ntags: [Europäischen Union]\n---\n\nText.\n")
            .Add("dump.txt", "Gipfel in Brüssel\n\nGipfel in Brüssel\n-\n\nDie Staaten der Europäischen Union trafen sich in Brüssel. Die Europäische Union will handeln.\n")
            .Add("dump.yml", "date: 2024-11-20T09:00:00+01:00\n");
        var (_, _, site, _) = SiteBuilder.Model(_site.Options, []);

        var suggested = site.Articles.Single(a => a.Page.FromDump).Tags.Select(t => t.Name).ToList();
        Assert.Contains("Europäischen Union", suggested);
        Assert.DoesNotContain("Europäische Union", suggested);
        Assert.Equal(["Europäischen Union"], site.Articles.Single(a => !a.Page.FromDump).Tags.Select(t => t.Name));
        Assert.Single(site.Tags, t => t.Tag.Name.Contains("Union", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_defined_in_one_story_joins_its_name_in_another()
    {
        _site.Add("a.txt", "Sturm im Norden\n\nSturm im Norden\n-\n\nDer Deutsche Wetterdienst (DWD) warnte vor Böen in Hamburg.\n")
            .Add("a.yml", "date: 2024-11-20T09:00:00+01:00\n")
            .Add("b.txt", "Regen im Süden\n\nRegen im Süden\n-\n\nDer Deutsche Wetterdienst rechnet mit Regen in Bayern. Laut dem Deutschen Wetterdienst bleibt es nass.\n")
            .Add("b.yml", "date: 2024-11-21T09:00:00+01:00\n");
        var (_, _, site, _) = SiteBuilder.Model(_site.Options, []);

        var weather = site.Tags.Where(t => t.Tag.Name is "DWD" or "Deutscher Wetterdienst").ToList();
        Assert.Single(weather);
        Assert.Equal(2, weather[0].Articles.Count);
    }

    public void Dispose() => _site.Dispose();
}
