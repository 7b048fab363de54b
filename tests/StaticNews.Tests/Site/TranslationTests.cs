namespace StaticNews.Tests.Site;

/// <summary>Translations of one story (a shared <c>translationKey</c>) link each other with hreflang (issue #5).</summary>
public sealed class TranslationTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Articles_sharing_a_translation_key_link_each_other_across_editions()
    {
        _site.Add("site.yml", "language: de\n").Add("de.md", "---\ntitle: Gipfel in Brüssel\nlang: de\ntranslationKey: gipfel\ndate: 2024-12-04T12:00:00Z\n---\nText.\n")
            .Add("fr.md", "---\ntitle: Sommet à Bruxelles\nlang: fr\ntranslationKey: gipfel\ndate: 2024-12-04T12:00:00Z\n---\nTexte.\n")
            .Add("other.md", "---\ntitle: Anderes\ndate: 2024-12-04T12:00:00Z\n---\nText.\n");
        _site.Publish();
        var german = _site.Read("2024/12/04/gipfel-in-bruessel/index.html");
        // The French story is in the French edition, under /fr/; the German one stays at the root with the site's language.
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost:8080/fr/2024/12/04/sommet-a-bruxelles/\"", german);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost:8080/2024/12/04/gipfel-in-bruessel/\"", german);
        Assert.Contains("hreflang=\"de\" href=\"http://localhost:8080/2024/12/04/gipfel-in-bruessel/\"", _site.Read("fr/2024/12/04/sommet-a-bruxelles/index.html"));
        Assert.DoesNotContain("<link rel=\"alternate\" hreflang", _site.Read("2024/12/04/anderes/index.html"));
    }

    public void Dispose() => _site.Dispose();
}
