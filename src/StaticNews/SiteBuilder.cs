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
            using var held = OutputLock.Take(options.OutputDir, message => progress?.Report(message));
            var recovery = PublishOutput.Recover(options.OutputDir);
            var next = NextGeneration.Prepare(options.OutputDir);
            var published = false;
            Task<Diagnostic?>? saving = null;
            try
            {
                var cache = new ArticleCache(PublishOutput.ArticleCache(options.OutputDir),
                    ArticleCache.SettingsOf(Path.Combine(options.InputDir, ScanInput.SiteConfigName), options.BaseUrl), options.Clock);
                var (_, _, site, settingsFailed) = Model(options, problems, progress, cache);
                // Written while the site renders and is written; the next build reads it. A cache that cannot be
                // written only costs the next build time.
                saving = Task.Run(() => cache.TrySave());
                var report = Publish(site, next, options, problems, progress, clock, mayPublish: !settingsFailed);
                published = report.Published;
                if (saving.Result is { } failure)
                    report = report with { Diagnostics = [.. report.Diagnostics, Diagnostic.Warning(DiagnosticCode.NotKept, failure.File,
                        $"keeping the derived articles failed: {failure.Message}", "The next build parses every document again.")] };
                return report with { CleanUp = Task.WhenAll(recovery, report.CleanUp) };
            }
            finally
            {
                if (!published) next.Abandon();
                saving?.Wait(); // never still writing the cache once the lock is given back
            }
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
            return Report(problems, null, 0, clock, published: false);
        }
        catch (Exception e) when (WriteFailure.Explain(e) is { } failure)
        {
            problems.Add(failure);
            return Report(problems, null, 0, clock, published: false);
        }
    }

    private static BuildReport Publish(Site site, NextGeneration next, BuildOptions options, List<Diagnostic> problems,
        IProgress<string>? progress, Stopwatch clock, bool mayPublish)
    {
        using var render = new RenderSite(site, options.ThemeAssetsDir);
        var rendered = render.Run();
        if (site.Config.Search) rendered = [.. rendered, .. SearchFiles(site, options, problems)];
        var files = OutputPaths.Check(rendered, problems, out var allSafe);
        if (render.RedirectsLeftOut > 0)
            problems.Add(Diagnostic.Warning(DiagnosticCode.RedirectsLeftOut, "_redirects",
                $"{render.RedirectsLeftOut} alias(es) are past what Cloudflare Pages reads of `_redirects` ({HostFiles.MaxRedirects} rules, {HostFiles.MaxRedirectBytes / 1024} KB): they are left out, and their alias pages redirect instead.",
                "Retire old aliases, or redirect them on the host (`hosting nginx` writes every one)."));
        var failed = HasErrors(problems);
        if (!allSafe || !mayPublish || (failed && !options.KeepGoing) || (failed && Shrinks(site, options, problems)))
            return Report(problems, site, 0, clock, published: false);
        progress?.Report($"Rendering and writing {files.Count} files");
        var retirement = PublishOutput.Run(files, next, site.Articles.Count, problems, options.Clock, site.Config.Precompress || options.Precompress);
        return Report(problems, site, files.Count, clock, published: true) with
        {
            CleanUp = retirement,
            Pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            Feeds = files.Count(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal) || f.Path.EndsWith("atom.xml", StringComparison.Ordinal)
                || f.Path.EndsWith("feed.json", StringComparison.Ordinal)),
        };
    }

    /// <summary>The Pagefind index; in the preview a missing Pagefind is a warning, and the search page says what it needs.</summary>
    private static IReadOnlyList<OutputFile> SearchFiles(Site site, BuildOptions options, List<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var files = Render.Search.SearchIndex.Files(site, new SiteUrls(site.Config), options.InputDir, PublishOutput.SearchCache(options.OutputDir), found);
        problems.AddRange(options.SearchIsOptional ? found.Select(d => d with { Severity = Severity.Warning }) : found);
        return files;
    }

    /// <summary>
    /// <c>--keep-going</c> skipping so many documents that the site would lose most of its articles (a broken bulk
    /// edit) publishes only when told to with <c>--force</c>.
    /// </summary>
    private static bool Shrinks(Site site, BuildOptions options, List<Diagnostic> problems)
    {
        if (options.Force) return false;
        var live = PublishOutput.LiveArticles(options.OutputDir);
        if (site.Articles.Count > 0 && (live is not { } before || site.Articles.Count * 2 >= before)) return false;
        problems.Add(Diagnostic.Error(DiagnosticCode.SiteWouldShrink, options.OutputDir,
            $"--keep-going would publish {site.Articles.Count} article(s) where the live site has {live?.ToString() ?? "some"}: the site was left as it was.",
            "Fix the errors above, or pass --force to publish what is left."));
        return true;
    }

    /// <summary>The site model from an input folder: what <c>build</c>, <c>import</c> and <c>check</c> share.</summary>
    /// <param name="cache">The articles of the last build, reused where their documents did not change; null to parse every document.</param>
    public static SiteModel Model(BuildOptions options,
        List<Diagnostic> problems, IProgress<string>? progress = null, ArticleCache? cache = null)
    {
        progress?.Report("Reading input");
        var input = ScanInput.Run(options.InputDir, problems, options.OutputDir);
        var config = ReadSettings(input, problems, options.BaseUrl is not null, out var settingsFailed);
        if (options.BaseUrl is { } baseUrl) config = config with { BaseUrl = baseUrl };
        progress?.Report($"Parsing and enriching {input.Documents.Count} documents");
        var site = new EnrichSite(config, options, cache).Run(input, new ParseDocuments(config).ParseOne, problems);
        return new SiteModel(input, config, site, settingsFailed);
    }

    private static SiteConfig ReadSettings(InputTree input, List<Diagnostic> problems, bool baseUrlGiven, out bool failed)
    {
        var before = problems.Count(p => p.Severity == Severity.Error);
        SiteConfig config;
        try
        {
            config = ReadSiteConfig.Run(input.SiteConfigPath, problems, baseUrlGiven);
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
            config = new SiteConfig();
        }
        failed = problems.Count(p => p.Severity == Severity.Error) > before;
        return config;
    }

    private static bool HasErrors(IEnumerable<Diagnostic> problems) => problems.Any(p => p.Severity == Severity.Error);

    private static BuildReport Report(List<Diagnostic> problems, Site? site, int files, Stopwatch clock, bool published) =>
        new(problems.DistinctBy(p => p.ToString()).ToList(), site, files, clock.Elapsed, published);
}

/// <summary>What <see cref="SiteBuilder.Model"/> makes of an input folder.</summary>
/// <param name="SettingsFailed">site.yml has errors, so nothing may be published; the documents are still checked, so one run reports all.</param>
public sealed record SiteModel(InputTree Input, SiteConfig Config, Site Site, bool SettingsFailed);
