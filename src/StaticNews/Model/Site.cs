namespace StaticNews.Model;

/// <summary>The articles of one tag, newest first.</summary>
public sealed record TagGroup(Tag Tag, IReadOnlyList<Article> Articles);

/// <summary>The whole site model: what every renderer reads, built once per build.</summary>
/// <param name="Articles">Published articles, newest first (equal dates: by slug).</param>
/// <param name="Tags">Tags ordered by slug.</param>
/// <param name="Settings">A hash of site.yml and the base URL, what every page depends on besides its articles; 0 when unknown.</param>
public sealed record Site(SiteConfig Config, IReadOnlyList<Article> Articles, IReadOnlyList<TagGroup> Tags, IReadOnlyList<StaticFile> StaticFiles,
    UInt128 Settings = default);
