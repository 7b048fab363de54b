using System.Diagnostics;
using StaticNews.Enrich;
using StaticNews.Incremental;
using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Render;

namespace StaticNews.Serve;

/// <summary>
/// The preview's builds, kept in memory from one save to the next, as <c>hugo server</c> keeps its site: the input
/// as last scanned, every document's article, and the enriched site. A save the file system names is stamped
/// again without a walk of input/ (<see cref="ScanInput.Update"/>), only its document is parsed, an edit of a
/// story's text is patched into the last site (<see cref="PatchSite"/>), and the files are listed but rendered
/// only when the browser asks for them (<see cref="PreviewFiles"/>). Nothing is written to disk but the search
/// index.
/// </summary>
/// <param name="searchCache">Where the search index is kept, in the preview's private folder.</param>
public sealed class PreviewBuild(BuildOptions options, string searchCache)
{
    /// <summary>The input as last scanned, and what the scan said.</summary>
    private InputTree? _input;
    private IReadOnlyList<Diagnostic> _scanned = [];
    /// <summary>The last derive pass: the known articles, each document's article and what deriving them said.</summary>
    private KnownArticles? _known;
    private IReadOnlyList<Article> _derived = [];
    private IReadOnlyList<Diagnostic> _deriving = [];
    /// <summary>The last site shown, what it was enriched from (settings, input, articles), and what enriching it said.</summary>
    private (Site Site, Hash128 Settings, InputTree Input, IReadOnlyList<Article> Derived, IReadOnlyList<Diagnostic> Problems)? _shown;
    private readonly Write.PassedPaths _passed = new();

    /// <summary>Builds the site as it is now.</summary>
    /// <param name="changed">The paths the file system said changed since the last build; null when it cannot tell (the first build, a lost event).</param>
    public PreviewResult Run(IReadOnlyCollection<string>? changed)
    {
        var clock = Stopwatch.StartNew();
        var build = options with { Now = options.Clock.GetUtcNow() };
        var problems = new List<Diagnostic>();
        try
        {
            var (input, updatedFrom) = Scan(changed, problems);
            var config = SiteBuilder.ReadSettings(input, build, problems, out _);
            var settings = KnownArticles.SettingsOf(Path.Combine(input.Root, ScanInput.SiteConfigName), build.BaseUrl);
            var derived = Derive(input, updatedFrom, settings, SiteBuilder.ParseAndDerive(config, input, build));
            problems.AddRange(_deriving);
            // A document with errors shows the error page at once: the site is not enriched for it, and the last site
            // shown stays what the next save is patched into.
            if (SiteBuilder.HasErrors(problems)) return Failed(problems, clock);

            var (site, enriching, patched) = Enrich(config, build, input, settings, derived);
            problems.AddRange(enriching);
            if (SiteBuilder.HasErrors(problems)) return Failed(problems, clock);

            var render = new RenderSite(site, build.ThemeAssetsDir);
            var files = SiteBuilder.Files(render, site, build, searchCache, new Recipe(settings).Of, problems, out var allSafe, _passed);
            if (!allSafe || SiteBuilder.HasErrors(problems))
            {
                render.Dispose();
                return Failed(problems, clock);
            }
            _shown = (site, settings, input, derived, enriching);
            return new PreviewResult(SiteBuilder.Report(problems, site, files.Count, clock, published: true), new PreviewFiles(files, render), patched);
        }
        catch (InputException e)
        {
            (_input, _shown) = (null, null);
            problems.AddRange(e.Diagnostics);
            return Failed(problems, clock);
        }
    }

    /// <summary>The site: the last one shown with the edited stories patched in, when the edit allows; else enriched anew.</summary>
    private (Site Site, IReadOnlyList<Diagnostic> Problems, bool Patched) Enrich(SiteConfig config, BuildOptions build, InputTree input, Hash128 settings,
        IReadOnlyList<Article> derived)
    {
        if (_shown is { } shown && shown.Settings == settings && SameFiles(input, shown.Input)
            && PatchSite.Run(shown.Site with { StaticFiles = input.StaticFiles }, shown.Derived, derived, build.Now) is { } patched)
            return (patched, shown.Problems, true);
        var problems = new List<Diagnostic>();
        return (new EnrichSite(config, build).Run(input, derived, problems), problems, false);
    }

    private static PreviewResult Failed(List<Diagnostic> problems, Stopwatch clock) =>
        new(SiteBuilder.Report(problems, null, 0, clock, published: false), null, Patched: false);

    /// <summary>The input folder: the last scan with the saved files stamped again, or a new scan.</summary>
    /// <returns>With the tree it was updated from; null for a new scan.</returns>
    private (InputTree Input, InputTree? UpdatedFrom) Scan(IReadOnlyCollection<string>? changed, List<Diagnostic> problems)
    {
        if (changed is not null && _input is { } last && ScanInput.Update(last, changed) is { } updated)
        {
            problems.AddRange(_scanned);
            return (_input = updated, last);
        }
        var scanning = new List<Diagnostic>();
        _input = ScanInput.Run(options.InputDir, scanning, options.OutputDir);
        problems.AddRange(_scanned = scanning);
        return (_input, null);
    }

    /// <summary>
    /// Each document's article. When the input was updated from the last scan under the same settings, only the
    /// documents the update stamped again are derived again (and any that failed last time): the others' articles,
    /// and what deriving them said, are the last pass's. Otherwise every document is looked up in the known
    /// articles by its stamps.
    /// </summary>
    /// <param name="updatedFrom">The tree <paramref name="input"/> was updated from (<see cref="ScanInput.Update"/>); null after a new scan.</param>
    private IReadOnlyList<Article> Derive(InputTree input, InputTree? updatedFrom, Hash128 settings,
        Func<SourceDocument, ICollection<Diagnostic>, Article?> parseAndDerive)
    {
        if (updatedFrom is null || _known is null || _known.Settings != settings)
        {
            var known = _known?.Next(settings) ?? KnownArticles.InMemory(settings, options.Clock);
            var found = new List<Diagnostic>();
            var all = ParallelMap.Run(input.Documents, (document, problems) => known.Derive(document, input.Root, parseAndDerive, problems), found);
            (_known, _derived, _deriving) = (known, all, found);
            return all;
        }
        var last = _derived.ToDictionary(a => a.Page.Document.RelativePath, StringComparer.Ordinal);
        // The update puts a new record where it stamped a document or its sidecar again, and keeps the others.
        var again = input.Documents.Where((d, i) => !ReferenceEquals(d, updatedFrom.Documents[i]) || !last.ContainsKey(d.RelativePath)).ToList();
        var news = new List<Diagnostic>();
        var fresh = ParallelMap.Run(again, (document, problems) => _known.Derive(document, input.Root, parseAndDerive, problems), news)
            .ToDictionary(a => a.Page.Document.RelativePath, StringComparer.Ordinal);
        var paths = again.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        var derived = input.Documents.Select(d => paths.Contains(d.RelativePath) ? fresh.GetValueOrDefault(d.RelativePath) : last[d.RelativePath]).OfType<Article>().ToList();
        // In input order, as a whole pass would say them.
        var order = input.Documents.Select((d, i) => (d.RelativePath, i)).ToDictionary(x => x.RelativePath, x => x.i, StringComparer.Ordinal);
        var deriving = _deriving.Where(p => !paths.Contains(p.File)).Concat(news).OrderBy(p => order.GetValueOrDefault(p.File, -1)).ToList();
        (_derived, _deriving) = (derived, deriving);
        return derived;
    }

    /// <summary>Whether the input holds the same documents and static files as before (their stamps aside).</summary>
    private static bool SameFiles(InputTree now, InputTree before) =>
        now.Documents.Select(d => d.RelativePath).SequenceEqual(before.Documents.Select(d => d.RelativePath), StringComparer.Ordinal)
        && now.StaticFiles.Select(f => f.RelativePath).SequenceEqual(before.StaticFiles.Select(f => f.RelativePath), StringComparer.Ordinal);
}

/// <summary>What one preview build made.</summary>
/// <param name="Files">What the browser is shown; null when the build failed (the error page is shown instead).</param>
/// <param name="Patched">The last site was patched with a story's new text instead of enriched again.</param>
public sealed record PreviewResult(BuildReport Report, PreviewFiles? Files, bool Patched);
