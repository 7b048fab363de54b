using StaticNews.Enrich;
using StaticNews.Load;
using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>
/// Incremental building, wrapped around the stages: the one place that knows what a build remembers of the last.
/// <para>What is remembered, in <c>.staticnews-output/cache/</c> beside the output (<see cref="Generations"/>): the
/// articles derived from each document (<see cref="KnownArticles"/>), and for each published tree a manifest of its
/// files with their recipes (<see cref="Manifest"/>, <see cref="Recipe"/>).</para>
/// <para>The lifecycle of a build:</para>
/// <list type="number">
/// <item><b>Begin</b>, before input is read: a site whose swap a crash cut short is put back, leftovers of earlier
/// runs are deleted in the background, the next generation's tree is readied (the spare, the generation before the
/// live one; else a fresh staging folder, filled with hard links to the live files in the background), and the
/// known articles are read in the background.</item>
/// <item><b>Derive</b>: each document's article is the known one while its files keep their stamps, else it is
/// parsed and derived now (Parse, then Enrich) and remembered.</item>
/// <item><b>Publish</b>: each rendered file's recipe is compared with the live manifest's; an equal one keeps the live
/// file (a hard link in the tree), any other is rendered and written (<see cref="PlaceFiles"/>). The tree's manifest is
/// written, the tree and the live folder are swapped in one step, and the previous live tree becomes the spare that
/// the next build recycles (<see cref="GenerationSwap"/>).</item>
/// <item><b>End</b>: a build that did not publish gives back its staging folder; the known articles are saved.</item>
/// </list>
/// A one-article edit so costs a handful of file operations, and a crash at any point leaves the live site as it was.
/// </summary>
public sealed class IncrementalBuild : IDisposable
{
    private readonly Generations _folders;
    private readonly NextGeneration _next;
    private readonly KnownArticles _known;
    private readonly Recipe _recipe;
    private readonly TimeProvider _clock;
    private readonly Task _recovery;
    private Task _retirement = Task.CompletedTask;
    private Task<Diagnostic?>? _saving;
    private bool _published;

    private IncrementalBuild(BuildOptions options)
    {
        _clock = options.Clock;
        _folders = Generations.Of(options.OutputDir);
        _recovery = GenerationSwap.Recover(options.OutputDir);
        _next = NextGeneration.Prepare(options.OutputDir);
        var settings = KnownArticles.SettingsOf(Path.Combine(options.InputDir, ScanInput.SiteConfigName), options.BaseUrl);
        _known = new KnownArticles(_folders.Articles, settings, options.Clock);
        _recipe = new Recipe(_known.Settings);
    }

    /// <summary>Deletes the articles the builds before kept in this output's home: the next build parses every document.</summary>
    public static void ForgetArticles(string outputDir) => KnownArticles.Forget(Generations.Of(outputDir).Articles);

    /// <summary>Starts a build that publishes into <see cref="BuildOptions.OutputDir"/>; hold the output's lock first.</summary>
    public static IncrementalBuild Begin(BuildOptions options) => new(options);

    /// <summary>Every document's article, in input order: known, or parsed and derived by <paramref name="parseAndDerive"/>.</summary>
    /// <param name="parseAndDerive">Parses one document and derives its article; null when it has errors.</param>
    public IReadOnlyList<Article> Derive(InputTree input, Func<SourceDocument, ICollection<Diagnostic>, Article?> parseAndDerive, ICollection<Diagnostic> problems)
    {
        var articles = ParallelMap.Run(input.Documents, (document, found) => _known.Derive(document, input.Root, parseAndDerive, found), problems);
        // Written while the site renders and is written; the next build reads it.
        _saving = Task.Run(_known.TrySave);
        return articles;
    }

    /// <summary>The recipe of a file made from these ingredients, as the manifest keeps it; 0 when it cannot be told.</summary>
    public Hash128 RecipeOf(Ingredients ingredients) => _recipe.Of(ingredients);

    /// <summary>Where the last search index is kept, to be published again while the articles do not change.</summary>
    public string SearchCache => Path.Combine(_folders.Cache, "search");

    /// <summary>How many articles the live site has, as the build that published it said; null when unknown.</summary>
    public int? LiveArticles =>
        File.Exists(_folders.LiveArticles) && int.TryParse(File.ReadAllText(_folders.LiveArticles), out var count) ? count : null;

    /// <summary>Puts the files into the next generation and makes it the live site in one step.</summary>
    /// <param name="articles">How many articles the new site has, kept for the next build's comparison.</param>
    /// <param name="problems">Told of what went wrong after the swap: the site is published then, so only warnings.</param>
    /// <exception cref="InputException">Writing failed; the live site is as it was and what this build wrote is gone.</exception>
    public void Publish(IReadOnlyList<OutputFile> files, int articles, ICollection<Diagnostic> problems, bool precompress)
    {
        _retirement = GenerationSwap.FillAndSwap(files, _next, articles, problems, _recipe, _clock, precompress);
        _published = true;
    }

    /// <summary>The deletion of what earlier runs left and of what this one no longer needs, running in the background.</summary>
    public Task CleanUp => Task.WhenAll(_recovery, _retirement);

    /// <summary>Why the known articles could not be kept, once they are saved; null when they were.</summary>
    public Diagnostic? SavingFailure => _saving?.Result;

    /// <summary>Gives back an unpublished staging folder, and waits for the known articles to be saved: never still writing once the lock is given back.</summary>
    public void Dispose()
    {
        if (_ended) return;
        _ended = true;
        if (!_published) _next.Abandon();
        try { _saving?.Wait(); } catch (AggregateException) { /* TrySave reports instead of throwing */ }
    }

    private bool _ended;
}
