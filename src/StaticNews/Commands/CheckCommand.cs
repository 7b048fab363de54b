using StaticNews.Model;
using StaticNews.Render;

namespace StaticNews.Commands;

/// <summary>
/// <c>check</c>: validates the content without writing a site. Errors (what would fail a build) exit 1;
/// warnings (a tag missing from the taxonomy, an unmatched PREV/NEXT, no summary or image, a link to a missing
/// page) exit 0 unless <c>--strict</c>. The tags StaticNews suggested for raw dumps are not an editor's
/// mistakes: one line counts them, and <c>--suggested-tags</c> lists them per dump.
/// </summary>
public static class CheckCommand
{
    /// <param name="format">One of <see cref="DiagnosticFormat.Names"/>: text goes to <paramref name="errors"/> as a build prints it,
    /// the forms for CI and tools to <paramref name="output"/>.</param>
    /// <param name="listSuggestedTags">List each dump's suggested tags instead of counting them.</param>
    public static int Run(BuildOptions options, bool strict, TextWriter output, TextWriter errors, string format = "text", bool listSuggestedTags = false)
    {
        var problems = new List<Diagnostic>();
        var suggestions = new List<(string File, IReadOnlyList<Tag> Tags)>();
        try
        {
            var (_, config, site, _) = SiteBuilder.Model(options with { Drafts = true }, problems);
            problems.AddRange(ContentWarnings(site, config));
            suggestions.AddRange(site.Articles.Where(a => a.TagsSuggested).Select(a => (File: a.Page.Document.RelativePath, a.Tags)).OrderBy(s => s.File, StringComparer.Ordinal));
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
        }
        var all = problems.DistinctBy(p => p.ToString()).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList();
        foreach (var problem in all) (format == "text" ? errors : output).WriteLine(DiagnosticFormat.Write(problem, format, options.InputDir));
        var errorCount = all.Count(p => p.Severity == Severity.Error);
        var warningCount = all.Count - errorCount;
        // JSON lines stay parseable: the summary goes beside them, not among them.
        var summary = format == "json" ? errors : output;
        if (listSuggestedTags)
            foreach (var (file, tags) in suggestions) summary.WriteLine($"{Printable.Text(file)}: suggested tags: {string.Join(", ", tags.Select(t => Printable.Text(t.Name)))}");
        else if (suggestions.Count > 0)
            summary.WriteLine($"check: {suggestions.Sum(s => s.Tags.Count)} tag(s) suggested for {suggestions.Count} raw dump(s); --suggested-tags lists them.");
        summary.WriteLine($"check: {errorCount} error(s), {warningCount} warning(s).");
        return errorCount > 0 || (strict && warningCount > 0) ? ExitCodes.Failed : ExitCodes.Success;
    }

    public static IEnumerable<Diagnostic> ContentWarnings(Site site, SiteConfig config)
    {
        var official = config.Taxonomy.Entries.Select(e => Enrich.Slug.From(e.Name)).ToHashSet(StringComparer.Ordinal);
        using var render = new RenderSite(site);
        var basePath = config.BasePath;
        // The output paths as a build checks them: a clash found here is the error the build would stop on.
        var clashes = new List<Diagnostic>();
        var files = Write.OutputPaths.Check(render.Run(), clashes, out _);
        foreach (var clash in clashes) yield return clash;
        var published = files.Select(f => basePath + "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var article in site.Articles)
        {
            var file = article.Page.Document.RelativePath;
            var matter = article.Page.FrontMatter;
            if (official.Count > 0 && !article.TagsSuggested)
                foreach (var tag in article.Tags.Where(t => !official.Contains(t.Slug)))
                    yield return Diagnostic.Warning(DiagnosticCode.TagOutsideTaxonomy, file, $"the tag `{tag.Name}` is not in the taxonomy.", "Add it to `taxonomy:` in site.yml, or use a tag that is.", 1);
            if (matter.Prev is { } prev && article.PreviousStory is null)
                yield return Diagnostic.Warning(DiagnosticCode.UnmatchedStory, file, $"PREV `{prev}` matches no article of the site.", "Check the title, or import that story too.", LineOf(article.Page.Document.Path, prev));
            if (matter.Next is { } next && article.NextStory is null)
                yield return Diagnostic.Warning(DiagnosticCode.UnmatchedStory, file, $"NEXT `{next}` matches no article of the site.", "Check the title, or import that story too.", LineOf(article.Page.Document.Path, next));
            if (matter.Summary is null)
                yield return Diagnostic.Warning(DiagnosticCode.NoSummary, file, "no `summary`: cards and feeds show the lead, shortened.", "Add `summary:` to the front matter or sidecar.", 1);
            if (matter.Image is null)
                yield return Diagnostic.Warning(DiagnosticCode.NoImage, file, "no `image`: social cards and feeds have no picture.", "Add `image:` with a path under input/ or an https:// URL.", 1);
            foreach (var link in XmlText.RootRelativeLinks(article.Body.Html))
            {
                var url = Uri.UnescapeDataString(link.Split('#', '?')[0]);
                var target = url.EndsWith('/') ? url + "index.html" : url;
                if (!published.Contains(target) && !published.Contains(target + "/index.html"))
                    yield return Diagnostic.Warning(DiagnosticCode.BrokenLink, file, $"the link {link} leads to no page of the site.", "Fix the link or remove it.",
                        LineOf(article.Page.Document.Path, link[basePath.Length..]));
            }
        }
    }

    /// <summary>The line of the source file that mentions <paramref name="text"/>, where an editor looks for it.</summary>
    private static int? LineOf(string path, string text)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Contains(text, StringComparison.Ordinal)) return number;
        }
        return null;
    }
}
