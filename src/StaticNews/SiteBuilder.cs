using System.Diagnostics;
using StaticNews.Enrich;
using StaticNews.Incremental;
using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Render;
using StaticNews.Write;

namespace StaticNews;

/// <summary>
/// The build, one line per stage: load → parse → enrich → render → write, with incremental building wrapped
/// around them (<see cref="IncrementalBuild"/>). Each document is parsed and derived in one pass, and each file is
/// rendered as it is placed, so neither 100,000 Markdown bodies nor 100,000 pages are ever held at once.
/// </summary>
public static class SiteBuilder
{
    /// <param name="progress">Told the name of each step as it starts, for the progress display.</param>
    /// <param name="memory">The preview's: the known articles stay in memory from one build to the next.</param>
    public static BuildReport Build(BuildOptions options, IProgress<string>? progress = null, ArticleMemory? memory = null)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>();
        try
        {
            using var held = OutputLock.Take(options.OutputDir, message => progress?.Report(message));
            using var build = IncrementalBuild.Begin(options, memory);
            var (_, _, site, settingsFailed) = Model(options, problems, progress, build);
            var report = Publish(site, build, options, problems, progress, clock, mayPublish: !settingsFailed);
            build.Dispose(); // the known articles are saved before the report tells of it
            if (build.SavingFailure is { } failure) report = report with { Diagnostics = [.. report.Diagnostics, failure] };
            return report with { CleanUp = build.CleanUp };
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

    private static BuildReport Publish(Site site, IncrementalBuild build, BuildOptions options, List<Diagnostic> problems,
        IProgress<string>? progress, Stopwatch clock, bool mayPublish)
    {
        using var render = new RenderSite(site, options.ThemeAssetsDir);
        var rendered = render.Run();
        if (site.Config.Search) rendered = [.. rendered, .. SearchFiles(site, build, options, problems)];
        var files = OutputPaths.Check(rendered, problems, out var allSafe);
        if (render.RedirectsLeftOut > 0)
            problems.Add(Diagnostic.Warning(DiagnosticCode.RedirectsLeftOut, "_redirects",
                $"{render.RedirectsLeftOut} alias(es) are past what Cloudflare Pages reads of `_redirects` ({HostFiles.MaxRedirects} rules, {HostFiles.MaxRedirectBytes / 1024} KB): they are left out, and their alias pages redirect instead.",
                "Retire old aliases, or redirect them on the host (`hosting nginx` writes every one)."));
        var failed = HasErrors(problems);
        if (!allSafe || !mayPublish || (failed && !options.KeepGoing) || (failed && Shrinks(site, build, options, problems)))
            return Report(problems, site, 0, clock, published: false);
        progress?.Report($"Rendering and writing {files.Count} files");
        build.Publish(files, site.Articles.Count, problems, site.Config.Precompress || options.Precompress);
        return Report(problems, site, files.Count, clock, published: true) with
        {
            Pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            Feeds = files.Count(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal) || f.Path.EndsWith("atom.xml", StringComparison.Ordinal)
                || f.Path.EndsWith("feed.json", StringComparison.Ordinal)),
        };
    }

    /// <summary>The Pagefind index; in the preview a missing Pagefind is a warning, and the search page says what it needs.</summary>
    private static IReadOnlyList<OutputFile> SearchFiles(Site site, IncrementalBuild build, BuildOptions options, List<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var files = Render.Search.SearchIndex.Files(site, new SiteUrls(site.Config), options.InputDir, build.SearchCache,
            build.RecipeOf(new ArticleListIngredients("pagefind-index", site.Articles)), found);
        problems.AddRange(options.SearchIsOptional ? found.Select(d => d with { Severity = Severity.Warning }) : found);
        return files;
    }

    /// <summary>
    /// <c>--keep-going</c> skipping so many documents that the site would lose most of its articles (a broken bulk
    /// edit) publishes only when told to with <c>--force</c>.
    /// </summary>
    private static bool Shrinks(Site site, IncrementalBuild build, BuildOptions options, List<Diagnostic> problems)
    {
        if (options.Force) return false;
        var live = build.LiveArticles;
        if (site.Articles.Count > 0 && (live is not { } before || site.Articles.Count * 2 >= before)) return false;
        problems.Add(Diagnostic.Error(DiagnosticCode.SiteWouldShrink, options.OutputDir,
            $"--keep-going would publish {site.Articles.Count} article(s) where the live site has {live?.ToString() ?? "some"}: the site was left as it was.",
            "Fix the errors above, or pass --force to publish what is left."));
        return true;
    }

    /// <summary>The site model from an input folder: what <c>build</c>, <c>import</c> and <c>check</c> share.</summary>
    /// <param name="build">Knows the articles of the last build, reused where their documents did not change; null to parse every document.</param>
    public static SiteModel Model(BuildOptions options, List<Diagnostic> problems, IProgress<string>? progress = null, IncrementalBuild? build = null)
    {
        progress?.Report("Reading input");
        var input = ScanInput.Run(options.InputDir, problems, options.OutputDir);
        var config = ReadSettings(input, problems, options.BaseUrl is not null, out var settingsFailed);
        if (options.BaseUrl is { } baseUrl) config = config with { BaseUrl = baseUrl };

        progress?.Report($"Parsing and deriving {input.Documents.Count} documents");
        var parse = new ParseDocuments(config);
        var derive = DeriveArticle.For(config, input, options);
        Article? ParseAndDerive(SourceDocument document, ICollection<Diagnostic> found) =>
            parse.ParseOne(document, found) is { } page ? derive.Run(page, found) : null;
        var articles = build?.Derive(input, ParseAndDerive, problems) ?? ParallelMap.Run(input.Documents, ParseAndDerive, problems);

        progress?.Report($"Enriching {articles.Count} articles");
        var site = new EnrichSite(config, options).Run(input, articles, problems);
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
