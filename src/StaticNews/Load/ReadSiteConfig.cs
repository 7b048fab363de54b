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
        var yaml = YamlTreeReader.Read(Parse.Unicode.Nfc.Normalize(File.ReadAllText(path)), file, firstLine: 1);
        var fields = new YamlFieldReader(file, problems);
        foreach (var field in yaml.Fields)
        {
            config = field.Key switch
            {
                "title" => config with { Title = fields.String(field) ?? config.Title },
                "description" => config with { Description = fields.String(field) ?? config.Description },
                "baseUrl" => config with { BaseUrl = BaseUrl(fields, field) ?? config.BaseUrl },
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
        if (!yaml.Fields.Any(f => f.Key == "baseUrl"))
            problems.Add(Diagnostic.Warning(file, $"no `baseUrl`: feeds and the sitemap will point at {SiteConfig.DefaultBaseUrl}.",
                "Add `baseUrl: https://your.site/`.", yaml.Position.Line));
        return config;
    }

    /// <summary>Overrides the base URL from the command line (<c>--base-url</c>).</summary>
    public static Uri? ParseBaseUrl(string text) => ParseBaseUrl(text, out _);

    /// <summary>
    /// An absolute http(s) URL that every published link may carry: no user name or password (they would be in
    /// every page, feed and sitemap), no query or fragment (no link could keep them), and the host in punycode, as
    /// feed readers and crawlers expect.
    /// </summary>
    /// <param name="problem">What is wrong, when the result is null.</param>
    public static Uri? ParseBaseUrl(string text, out string? problem)
    {
        problem = "must be an absolute http(s) URL";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) return null;
        problem = uri.UserInfo.Length > 0 ? "must not carry a user name or password (it would be published in every link)"
            : uri.Query.Length > 0 || text.Contains('?') ? "must not have a query (`?…`)"
            : uri.Fragment.Length > 0 || text.Contains('#') ? "must not have a fragment (`#…`)"
            : null;
        if (problem is not null) return null;
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new UriBuilder(uri.Scheme, uri.IdnHost, uri.IsDefaultPort ? -1 : uri.Port, path).Uri;
    }

    private static Uri? BaseUrl(YamlFieldReader fields, YamlField field)
    {
        if (fields.String(field) is not { } text) return null;
        if (ParseBaseUrl(text, out var problem) is { } url) return url;
        // A URL with a password is not repeated into a log.
        var shown = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? "" : $", not `{text}`";
        fields.Problem(field, $"`baseUrl` {problem}{shown}.", "Write for example `baseUrl: https://example.org/news/`.");
        return null;
    }

    private static string? Language(YamlFieldReader fields, YamlField field) =>
        fields.Parsed(field, text => LanguageTag.TryNormalize(text, out var tag) ? tag : null, "a BCP 47 language tag", "Write for example `language: de`.");

    private static TimeZoneInfo? TimeZone(YamlFieldReader fields, YamlField field) =>
        fields.Parsed(field, text => TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) ? zone : null,
            "an IANA time zone", "Use a name such as `Europe/Berlin` or `UTC`.");

    private static string? Permalink(YamlFieldReader fields, YamlField field) =>
        fields.Parsed(field, text => text.StartsWith('/') && text.EndsWith('/') && text.Contains("{slug}", StringComparison.Ordinal)
                && !text.Contains("..", StringComparison.Ordinal) ? text : null,
            "a path that starts and ends with `/` and contains `{slug}`", "Write for example `permalink: /{yyyy}/{MM}/{dd}/{slug}/`.");

    private static SiteConfig Unknown(YamlField field, SiteConfig config, ICollection<Diagnostic> problems)
    {
        problems.Add(Diagnostic.Warning(ScanInput.SiteConfigName, $"unknown setting `{field.Key}` is ignored.",
            "See the README for the keys of site.yml.", field.Position.Line, field.Position.Column));
        return config;
    }
}
