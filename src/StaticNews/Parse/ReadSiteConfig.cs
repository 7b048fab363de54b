using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Model.Keys;

namespace StaticNews.Parse;

/// <summary>Parses <c>input/site.yml</c> by the keys <see cref="SiteKeys"/> declares; every key has a default, and every wrong value is reported.</summary>
public static class ReadSiteConfig
{
    /// <param name="baseUrlGiven">The base URL comes from elsewhere (<c>serve</c> uses its own address): a missing
    /// <c>baseUrl</c> is then no reason to warn that feeds will point at the default.</param>
    public static SiteConfig Run(string? path, ICollection<Diagnostic> problems, bool baseUrlGiven = false)
    {
        var config = new SiteConfig();
        if (path is null)
        {
            // A missing site.yml is still worth saying when serve gives the base URL; only the default URL is not.
            var baseUrl = baseUrlGiven ? "" : $" and the base URL is {SiteConfig.DefaultBaseUrl}";
            problems.Add(Diagnostic.Warning(DiagnosticCode.NoSiteConfig, ScanInput.SiteConfigName, $"no site.yml: every setting has its default{baseUrl}.",
                "Create input/site.yml with at least `title:` and `baseUrl:`."));
            return config;
        }

        const string file = ScanInput.SiteConfigName;
        var yaml = YamlTreeReader.Read(InputText.ReadYaml(path, file, problems), file, firstLine: 1);
        var fields = new YamlFieldReader(file, problems);
        foreach (var field in yaml.Fields)
        {
            if (KeyDeclaration.Find(SiteKeys.All, field.Key) is not { } key)
                fields.Unknown(field, SiteKeys.All, "a setting", "It is ignored.");
            else if (fields.Read(key, field, TimeZoneInfo.Utc) is { } value)
                config = Apply(config, key, value);
        }
        if (!baseUrlGiven && !yaml.Fields.Any(f => f.Key == SiteKeys.BaseUrl.Name))
            problems.Add(Diagnostic.Warning(DiagnosticCode.NoBaseUrl, file, $"no `baseUrl`: feeds and the sitemap will point at {SiteConfig.DefaultBaseUrl}.",
                "Add `baseUrl: https://your.site/`.", yaml.Position.Line));
        return config;
    }

    private static SiteConfig Apply(SiteConfig config, KeyDeclaration key, object value) => key.Name switch
    {
        "title" => config with { Title = (string)value },
        "description" => config with { Description = (string)value },
        "baseUrl" => config with { BaseUrl = (Uri)value },
        "language" => config with { Language = (string)value },
        "timezone" => config with { TimeZone = (TimeZoneInfo)value },
        "pageSize" => config with { PageSize = (int)value },
        "feedSize" => config with { FeedSize = (int)value },
        "permalink" => config with { Permalink = (string)value },
        "unsafeHtml" => config with { UnsafeHtml = (bool)value },
        "precompress" => config with { Precompress = (bool)value },
        "search" => config with { Search = (bool)value },
        "taxonomy" => config with { Taxonomy = (Taxonomy)value },
        "socialCards" => config with { SocialCards = (bool)value },
        "sectionsFromTaxonomy" => config with { SectionsFromTaxonomy = (bool)value },
        "editions" => config with { Editions = (IReadOnlyList<EditionSettings>)value },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "a declared setting that site.yml does not apply"),
    };
}
