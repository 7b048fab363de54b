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
    public static BuildReport Build(BuildOptions options, IProgress<string>? progress = null)
    {
        try
        {
            return BuildOnce(options, progress);
        }
        catch (Exception e) when (KeptBodyDamagedException.In(e) is { } segment)
        {
            // A page or feed showed a damaged body, which is found before anything is published: build again from the documents alone.
            IncrementalBuild.ForgetArticles(options.OutputDir);
            var report = BuildOnce(options, progress);
            return report with
            {
                Diagnostics = [Diagnostic.Warning(DiagnosticCode.NotKept, segment, "what the last build kept here was damaged, so every document was parsed again.",
                    "Nothing to do: it is written anew. If this recurs, check the disk."), .. report.Diagnostics],
            };
        }
    }

    private static BuildReport BuildOnce(BuildOptions options, IProgress<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>();
        try
        {
            using var held = OutputLock.Take(options.OutputDir, message => progress?.Report(message));
            using var build = IncrementalBuild.Begin(options);
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
        var files = Files(render, site, options, build.SearchCache, build.RecipeOf, problems, out var allSafe);
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

    /// <summary>Every file of the site, listed and its path checked, none rendered yet: what a build publishes and the preview serves.</summary>
    /// <param name="searchCache">Where the search index is kept between builds.</param>
    /// <param name="recipeOf">The recipe of a file's ingredients, which tells when the search index must be made again.</param>
    /// <param name="allSafe">False when a path could escape the output folder: then nothing may be published.</param>
    /// <param name="passed">What the path check remembers between builds (the preview's); null to check every path.</param>
    internal static IReadOnlyList<OutputFile> Files(RenderSite render, Site site, BuildOptions options, string searchCache,
        Func<Ingredients, Hash128> recipeOf, List<Diagnostic> problems, out bool allSafe, PassedPaths? passed = null)
    {
        var rendered = render.Run();
        if (site.Config.Search) rendered = [.. rendered, .. SearchFiles(site, options, searchCache, recipeOf, problems)];
        var files = OutputPaths.Check(rendered, problems, out allSafe, passed);
        if (render.RedirectsLeftOut > 0)
            problems.Add(Diagnostic.Warning(DiagnosticCode.RedirectsLeftOut, "_redirects",
                $"{render.RedirectsLeftOut} alias(es) are past what Cloudflare Pages reads of `_redirects` ({HostFiles.MaxRedirects} rules, {HostFiles.MaxRedirectBytes / 1024} KB): they are left out, and their alias pages redirect instead.",
                "Retire old aliases, or redirect them on the host (`hosting nginx` writes every one)."));
        return files;
    }

    /// <summary>The Pagefind index; in the preview a missing Pagefind is a warning, and the search page says what it needs.</summary>
    private static IReadOnlyList<OutputFile> SearchFiles(Site site, BuildOptions options, string searchCache, Func<Ingredients, Hash128> recipeOf, List<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var files = Render.Search.SearchIndex.Files(site, new SiteUrls(site.Config), options.InputDir, searchCache,
            recipeOf(new ArticleListIngredients("pagefind-index", site.Articles)), found);
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
        var config = ReadSettings(input, options, problems, out var settingsFailed);

        progress?.Report($"Parsing and deriving {input.Documents.Count} documents");
        var parseAndDerive = ParseAndDerive(config, input, options);
        var articles = build?.Derive(input, parseAndDerive, problems) ?? ParallelMap.Run(input.Documents, parseAndDerive, problems);

        progress?.Report($"Enriching {articles.Count} articles");
        var site = new EnrichSite(config, options).Run(input, articles, problems);
        return new SiteModel(input, config, site, settingsFailed);
    }

    /// <summary>One document's pass: parsed, then its article derived; null when it has errors.</summary>
    internal static Func<SourceDocument, ICollection<Diagnostic>, Article?> ParseAndDerive(SiteConfig config, InputTree input, BuildOptions options)
    {
        var parse = new ParseDocuments(config);
        var derive = DeriveArticle.For(config, input, options);
        return (document, found) => parse.ParseOne(document, found) is { } page ? derive.Run(page, found) : null;
    }

    /// <summary>site.yml, with the base URL given on the command line in place of its own.</summary>
    /// <param name="failed">site.yml has errors: nothing may be published.</param>
    internal static SiteConfig ReadSettings(InputTree input, BuildOptions options, List<Diagnostic> problems, out bool failed)
    {
        var config = ReadSettings(input, problems, options.BaseUrl is not null, out failed);
        return options.BaseUrl is { } baseUrl ? config with { BaseUrl = baseUrl } : config;
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

    internal static bool HasErrors(IEnumerable<Diagnostic> problems) => problems.Any(p => p.Severity == Severity.Error);

    internal static BuildReport Report(List<Diagnostic> problems, Site? site, int files, Stopwatch clock, bool published) =>
        new(problems.DistinctBy(p => p.ToString()).ToList(), site, files, clock.Elapsed, published);
}

/// <summary>What <see cref="SiteBuilder.Model"/> makes of an input folder.</summary>
/// <param name="SettingsFailed">site.yml has errors, so nothing may be published; the documents are still checked, so one run reports all.</param>
public sealed record SiteModel(InputTree Input, SiteConfig Config, Site Site, bool SettingsFailed);
