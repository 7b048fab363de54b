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
    private InputTree? _input;
    private IReadOnlyList<Diagnostic> _scanned = [];
    private KnownArticles? _known;
    private IReadOnlyList<Article>? _derived;
    private Site? _site;
    private IReadOnlyList<Diagnostic> _enriched = [];
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
            var input = Scan(changed, problems);
            var config = SiteBuilder.ReadSettings(input, build, problems, out var settingsFailed);
            var settings = KnownArticles.SettingsOf(Path.Combine(input.Root, ScanInput.SiteConfigName), build.BaseUrl);
            var known = _known?.Next(settings) ?? KnownArticles.InMemory(settings, build.Clock);
            var parseAndDerive = SiteBuilder.ParseAndDerive(config, input, build);
            var derived = ParallelMap.Run(input.Documents, (document, found) => known.Derive(document, input.Root, parseAndDerive, found), problems);

            var site = _site is { } last && _derived is { } lastDerived && known.Settings == _known!.Settings && SameFiles(input, _input!)
                ? PatchSite.Run(last with { StaticFiles = input.StaticFiles }, lastDerived, derived, build.Now) : null;
            var patched = site is not null;
            if (site is null)
            {
                var enriching = new List<Diagnostic>();
                site = new EnrichSite(config, build).Run(input, derived, enriching);
                _enriched = enriching;
            }
            problems.AddRange(_enriched);
            (_input, _known, _derived, _site) = (input, known, derived, site);

            var render = new RenderSite(site, build.ThemeAssetsDir);
            var recipe = new Recipe(settings);
            var files = SiteBuilder.Files(render, site, build, searchCache, recipe.Of, problems, out var allSafe, _passed);
            var shown = allSafe && !settingsFailed && !SiteBuilder.HasErrors(problems);
            return new PreviewResult(SiteBuilder.Report(problems, site, files.Count, clock, shown), shown ? new PreviewFiles(files, render) : null, patched);
        }
        catch (InputException e)
        {
            (_input, _site) = (null, null);
            problems.AddRange(e.Diagnostics);
            return new PreviewResult(SiteBuilder.Report(problems, null, 0, clock, published: false), null, Patched: false);
        }
    }

    /// <summary>The input folder: the last scan with the saved files stamped again, or a new scan.</summary>
    private InputTree Scan(IReadOnlyCollection<string>? changed, List<Diagnostic> problems)
    {
        if (changed is not null && _input is { } last && ScanInput.Update(last, changed) is { } updated)
        {
            problems.AddRange(_scanned);
            return updated;
        }
        var scanning = new List<Diagnostic>();
        var input = ScanInput.Run(options.InputDir, scanning, options.OutputDir);
        problems.AddRange(_scanned = scanning);
        return input;
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
