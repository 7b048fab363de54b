using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Load;

/// <summary>Reads <c>input/site.yml</c>; every key has a default, and every wrong value is reported.</summary>
public static class ReadSiteConfig
{
    public static SiteConfig Run(string? path, ICollection<Diagnostic> problems)
    {
        var config = new SiteConfig();
        if (path is null)
        {
            problems.Add(Diagnostic.Warning(ScanInput.SiteConfigName, $"no site.yml: every setting has its default and the base URL is {SiteConfig.DefaultBaseUrl}.",
                "Create input/site.yml with at least `title:` and `baseUrl:`."));
            return config;
        }

        const string file = ScanInput.SiteConfigName;
        var yaml = YamlTreeReader.Read(File.ReadAllText(path), file, firstLine: 1);
        var fields = new YamlFieldReader(file, problems);
        var hasBaseUrl = false;
        foreach (var field in yaml.Fields)
        {
            config = field.Key switch
            {
                "title" => config with { Title = fields.String(field) ?? config.Title },
                "description" => config with { Description = fields.String(field) ?? config.Description },
                "baseUrl" => config with { BaseUrl = BaseUrl(fields, field, ref hasBaseUrl) ?? config.BaseUrl },
                "language" => config with { Language = Language(fields, field) ?? config.Language },
                "timezone" => config with { TimeZone = TimeZone(fields, field) ?? config.TimeZone },
                "pageSize" => config with { PageSize = fields.PositiveInt(field) ?? config.PageSize },
                "feedSize" => config with { FeedSize = fields.PositiveInt(field) ?? config.FeedSize },
                "permalink" => config with { Permalink = Permalink(fields, field) ?? config.Permalink },
                "unsafeHtml" => config with { UnsafeHtml = fields.Bool(field) ?? config.UnsafeHtml },
                "taxonomy" => config with { Taxonomy = ReadTaxonomy.Run(fields, field) },
                _ => Unknown(field, config, problems),
            };
        }
        if (!hasBaseUrl)
            problems.Add(Diagnostic.Warning(file, $"no `baseUrl`: feeds and the sitemap will point at {SiteConfig.DefaultBaseUrl}.",
                "Add `baseUrl: https://your.site/`.", yaml.Position.Line));
        return config;
    }

    /// <summary>Overrides the base URL from the command line (<c>--base-url</c>).</summary>
    public static Uri? ParseBaseUrl(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static Uri? BaseUrl(YamlFieldReader fields, YamlField field, ref bool hasBaseUrl)
    {
        var text = fields.String(field);
        if (text is null) return null;
        if (ParseBaseUrl(text) is { } uri)
        {
            hasBaseUrl = true;
            return uri;
        }
        fields.Problem(field, $"`baseUrl` must be an absolute http(s) URL, not `{text}`.", "Write for example `baseUrl: https://example.org/news/`.");
        return null;
    }

    private static string? Language(YamlFieldReader fields, YamlField field)
    {
        var text = fields.String(field);
        if (text is null) return null;
        if (LanguageTag.TryNormalize(text, out var tag)) return tag;
        fields.Problem(field, $"`language` must be a BCP 47 tag, not `{text}`.", "Write for example `language: de`.");
        return null;
    }

    private static TimeZoneInfo? TimeZone(YamlFieldReader fields, YamlField field)
    {
        var text = fields.String(field);
        if (text is null) return null;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)) return zone;
        fields.Problem(field, $"unknown time zone `{text}`.", "Use an IANA name such as `Europe/Berlin` or `UTC`.");
        return null;
    }

    private static string? Permalink(YamlFieldReader fields, YamlField field)
    {
        var text = fields.String(field);
        if (text is null) return null;
        if (text.StartsWith('/') && text.EndsWith('/') && text.Contains("{slug}", StringComparison.Ordinal) && !text.Contains("..", StringComparison.Ordinal))
            return text;
        fields.Problem(field, $"`permalink` must start and end with `/` and contain `{{slug}}`, not `{text}`.",
            "Write for example `permalink: /{yyyy}/{MM}/{dd}/{slug}/`.");
        return null;
    }

    private static SiteConfig Unknown(YamlField field, SiteConfig config, ICollection<Diagnostic> problems)
    {
        problems.Add(Diagnostic.Warning(ScanInput.SiteConfigName, $"unknown setting `{field.Key}` is ignored.",
            "See the README for the keys of site.yml.", field.Position.Line, field.Position.Column));
        return config;
    }
}
