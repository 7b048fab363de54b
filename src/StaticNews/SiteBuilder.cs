using System.Diagnostics;
using StaticNews.Enrich;
using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Render;
using StaticNews.Write;

namespace StaticNews;

/// <summary>The build, one line per step: load → parse → enrich → render → write.</summary>
public static class SiteBuilder
{
    /// <param name="progress">Told the name of each step as it starts, for the progress display.</param>
    public static BuildReport Build(BuildOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>();
        try
        {
            var recovery = PublishOutput.Recover(options.OutputDir);
            var next = NextGeneration.Prepare(options.OutputDir);
            var cache = new ArticleCache(PublishOutput.ArticleCache(options.OutputDir),
                ArticleCache.SettingsOf(Path.Combine(options.InputDir, ScanInput.SiteConfigName), options.BaseUrl));
            var (_, _, site) = Model(options, problems, progress, cache);
            // Written while the site renders and is written; the next build reads it.
            var saving = Task.Run(cache.Save);
            try
            {
                if (HasErrors(problems) && !options.KeepGoing) return Report(problems, site, 0, clock, published: false);
                var report = Publish(site, next, options, problems, progress, clock);
                return report with { CleanUp = Task.WhenAll(recovery, report.CleanUp) };
            }
            finally
            {
                saving.Wait();
            }
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
            return Report(problems, null, 0, clock, published: false);
        }
    }

    private static BuildReport Publish(Site site, NextGeneration next, BuildOptions options, List<Diagnostic> problems, IProgress<string>? progress, Stopwatch clock)
    {
        using var render = new RenderSite(site, options.ThemeAssetsDir);
        var files = render.Run();
        progress?.Report($"Rendering and writing {files.Count} files");
        var allSafe = OutputPaths.Check(files, problems);
        if (!allSafe || (HasErrors(problems) && !options.KeepGoing))
            return Report(problems, site, 0, clock, published: false);
        var retirement = PublishOutput.Run(files, next);
        return Report(problems, site, files.Count, clock, published: true) with
        {
            CleanUp = retirement,
            Pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            Feeds = files.Count(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal) || f.Path is "atom.xml" or "feed.json"),
        };
    }

    /// <summary>The site model from an input folder: what <c>build</c>, <c>import</c> and <c>check</c> share.</summary>
    /// <param name="cache">The articles of the last build, reused where their documents did not change; null to parse every document.</param>
    public static (InputTree Input, SiteConfig Config, Site Site) Model(BuildOptions options,
        List<Diagnostic> problems, IProgress<string>? progress = null, ArticleCache? cache = null)
    {
        progress?.Report("Reading input");
        var input = ScanInput.Run(options.InputDir, problems, options.OutputDir);
        var config = ReadSiteConfig.Run(input.SiteConfigPath, problems);
        if (options.BaseUrl is { } baseUrl) config = config with { BaseUrl = baseUrl };
        if (HasErrors(problems)) throw new InputException([.. problems.Where(p => p.Severity == Severity.Error)]) ;
        progress?.Report($"Parsing and enriching {input.Documents.Count} documents");
        var site = new EnrichSite(config, options, cache).Run(input, new ParseDocuments(config).ParseOne, problems);
        return (input, config, site);
    }

    private static bool HasErrors(IEnumerable<Diagnostic> problems) => problems.Any(p => p.Severity == Severity.Error);

    private static BuildReport Report(List<Diagnostic> problems, Site? site, int files, Stopwatch clock, bool published) =>
        new(problems.DistinctBy(p => p.ToString()).ToList(), site, files, clock.Elapsed, published);
}
