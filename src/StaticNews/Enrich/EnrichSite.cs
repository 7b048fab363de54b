using StaticNews.Enrich.Editions;
using StaticNews.Enrich.Names;
using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>From each document's article to the site model: hold back drafts, future and expired stories, place
/// each in its language's edition, link and relate stories, group tags, authors and dates, and refuse two
/// documents at one URL.</summary>
public sealed class EnrichSite(SiteConfig config, BuildOptions options)
{
    /// <param name="derived">Every document's article (<see cref="DeriveArticle"/>), in input order.</param>
    public Site Run(InputTree input, IReadOnlyList<Article> derived, ICollection<Diagnostic> problems)
    {
        var published = derived
            .Where(a => options.Drafts || !a.Draft)
            .Where(a => options.Future || a.Date <= options.Now)
            .Where(a => a.Expires is not { } expires || expires > options.Now)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var (placed, editions) = AssignEditions.Run(MergeSuggestedTags.Run(published, config.Taxonomy), config);
        published = [.. placed];
        RefuseSharedUrls(published, problems);
        ReportMergedTags(published, problems);
        var articles = RelateStories.ByEdition(GroupTags.Rename(LinkTranslations.Run(LinkStories.Run(published)), config.Taxonomy));
        return new Site(config, articles, GroupTags.Groups(articles), input.StaticFiles)
        {
            Editions = GroupEditions.Run(articles, editions, config),
            NextChange = Schedule.Next(derived, articles, options),
        };
    }

    /// <summary>
    /// Tags whose names differ in more than case but share a slug (<c>AT&amp;T</c> and <c>AT-T</c>) become one tag page:
    /// said once per pair, against the first document with the rarer spelling, so an editor can rename one.
    /// </summary>
    private static void ReportMergedTags(List<Article> articles, ICollection<Diagnostic> problems)
    {
        // Most slugs have one spelling: only those with more are grouped and counted.
        var spelt = new Dictionary<string, string>(StringComparer.Ordinal);
        var varied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var tag in article.Tags)
                if (!spelt.TryAdd(tag.Slug, tag.Name) && spelt[tag.Slug] != tag.Name) varied.Add(tag.Slug);
        if (varied.Count == 0) return;
        foreach (var group in articles.SelectMany(a => a.Tags.Where(t => varied.Contains(t.Slug)).Select(t => (Tag: t, Article: a))).GroupBy(x => x.Tag.Slug, StringComparer.Ordinal))
        {
            var spellings = group.GroupBy(x => SpellingKey(x.Tag.Name), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var rarer in spellings.Skip(1))
                problems.Add(Diagnostic.Warning(DiagnosticCode.MergedTags, rarer.First().Article.Page.Document.RelativePath,
                    $"the tags `{rarer.First().Tag.Name}` and `{spellings[0].First().Tag.Name}` share the URL /tags/{group.Key}/ and are shown as one tag.",
                    "If they are different things, rename one; if they are the same, write them alike."));
        }
    }

    /// <summary>What makes two spellings different: more than case and spacing.</summary>
    private static string SpellingKey(string name) => string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Two documents at one URL would overwrite each other; URLs that differ only in case collide on many disks.</summary>
    private static void RefuseSharedUrls(List<Article> articles, ICollection<Diagnostic> problems)
    {
        var owners = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        var clashing = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
            foreach (var url in article.AliasUrls.Prepend(article.Url))
            {
                if (!owners.TryAdd(url, article) && owners[url] != article)
                {
                    var first = owners[url].Page.Document.RelativePath;
                    problems.Add(Diagnostic.Error(DiagnosticCode.SharedUrl, article.Page.Document.RelativePath, $"the URL {url} is also {first}'s.",
                        $"Give one of {first} and {article.Page.Document.RelativePath} another `slug:` or date."));
                    clashing.Add(article);
                }
            }
        articles.RemoveAll(clashing.Contains);
    }
}
