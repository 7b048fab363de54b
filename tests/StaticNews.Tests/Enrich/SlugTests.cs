using StaticNews.Enrich;

namespace StaticNews.Tests.Enrich;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Südkorea", "suedkorea")]
    [InlineData("NATO-Chef sagt, Russland unterstütze Nordkoreas Atomprogramm", "nato-chef-sagt-russland-unterstuetze-nordkoreas-atomprogramm")]
    [InlineData("Straße in Köln", "strasse-in-koeln")]
    [InlineData("Le Parlement européen adopte un texte", "le-parlement-europeen-adopte-un-texte")]
    [InlineData("Perú amplía la protección", "peru-amplia-la-proteccion")]
    [InlineData("Москва и Киев", "moskva-i-kiev")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("CON", "con-1")]
    [InlineData("  --Hello--World--  ", "hello-world")]
    public void One_rule_for_titles_and_tags(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = Slug.From("Nach wochenlangen Verhandlungen verständigen sich Bund und Länder auf einen gemeinsamen Fahrplan für den Ausbau der Wärmenetze");
        Assert.True(slug.Length <= Slug.MaxLength, slug);
        Assert.Equal("nach-wochenlangen-verhandlungen-verstaendigen-sich-bund-und-laender-auf-einen", slug);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("???")]
    [InlineData("")]
    public void A_slug_without_letters_falls_back_to_a_stable_hash(string text)
    {
        var slug = Slug.From(text);
        Assert.Matches("^n-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slug.From(text));
    }
}
