using System.Text;
using BenchmarkDotNet.Attributes;
using StaticNews.Enrich;
using StaticNews.Enrich.Names;
using StaticNews.Incremental;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Render;

namespace StaticNews.Benchmarks;

/// <summary>
/// The build's hot paths, one article at a time: dump parsing, front matter, Markdown, rendering an article
/// page, writing a feed. Inputs are made here, in the shape of benchmarks/gen_corpus.py's articles.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private byte[] _dump = [];
    private IReadOnlyList<string> _paragraphs = [];
    private const string Headline = "Zürich: Die Polizei unterstützt günstigere Tickets";
    private string _page = "";
    private string _markdown = "";
    private MarkdownPageParser _pages = null!;
    private MarkdownRenderer _renderer = null!;
    private SourceDocument _document = null!;
    private Site _site = null!;
    private SiteUrls _urls = null!;
    private PageModels _models = null!;
    private Recipe _recipe = null!;
    private ThemeRenderer _theme = null!;
    private FeedBodies _bodies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = Enumerable.Range(0, 8).Select(i =>
            $"Die Bundesregierung beschloss am Dienstag in Berlin ein Förderprogramm für Wärmepumpen, Absatz {i}. " +
            "Eine Sprecherin des Ministeriums sagte: „Wir haben lange verhandelt.“ Die Opposition kritisierte den Entwurf.").ToList();
        _markdown = string.Join("\n\n", paragraphs.Select((p, i) => i == 2 ? $"**{p}** [mehr](/posts/alt/)" : p)) + "\n";
        _page = "---\ntitle: \"Zürich: Die Polizei unterstützt günstigere Tickets\"\ndate: 2016-01-01T18:08:09+01:00\n" +
                "tags:\n  - \"Gesellschaft\"\n  - \"Südkorea\"\nsummary: \"Kurz gesagt.\"\nlang: de\n---\n" + _markdown;
        _dump = Encoding.UTF8.GetBytes("Titel der Meldung\n\nTitel der Meldung\nTitel der Meldung\n-\n\n" + paragraphs[0] +
            "\n\nWERBUNG\n\nWerbung schließen\n\n" + string.Join("\n\n", paragraphs.Skip(1)) + "\n\n-\n\nPREV Vorher\nNEXT Nachher\n");

        _paragraphs = DumpParser.Parse(_dump, "a.txt", new List<StaticNews.Model.Diagnostic>()).Paragraphs;

        var config = new SiteConfig { Language = "de", FeedSize = 20 };
        _pages = new MarkdownPageParser(new FrontMatterReader(config.TimeZone));
        _renderer = new MarkdownRenderer(false, "");
        _document = new SourceDocument("/bench/a.md", "a.md", DocumentKind.MarkdownPage);

        var input = Path.Combine(Path.GetTempPath(), "staticnews-hotpaths");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 20; i++) File.WriteAllText(Path.Combine(input, $"{i:00}.md"), _page.Replace("Zürich", $"Zürich {i}"));
        var problems = new List<Diagnostic>();
        (_, _, _site, _) = SiteBuilder.Model(new BuildOptions(input, Path.Combine(input, "out"), DateTimeOffset.UtcNow), problems);
        // What the incremental build adds: the settings' hash and each article's derived hash, which feed recipes hash.
        _settings = KnownArticles.SettingsOf(Path.Combine(input, "site.yml"), null);
        (_recipe, _listRecipe) = (new Recipe(_settings), new Recipe(_settings));
        _site = _site with { Articles = _site.Articles.Select(a => a with { DerivedHash = KnownArticles.HashOf(a) }).ToList() };
        _urls = new SiteUrls(_site.Config);
        _models = new PageModels(_site, _site.Editions[0], _urls);
        _frame = new StoryListFrame(_site.Config.Title, Theme.Views.PageKind.Front, "", _urls.Home, FeatureTopStory: true);
        _stories = [.. Enumerable.Range(0, Stories).Select(_ => _site.Articles[0] with { })];
        _theme = new ThemeRenderer();
        _bodies = new FeedBodies(_urls);
    }

    [Benchmark] public RawDump ParseDump() => DumpParser.Parse(_dump, "a.txt", new List<StaticNews.Model.Diagnostic>());

    /// <summary>A dump's body: its paragraphs written as HTML without making and parsing their Markdown.</summary>
    [Benchmark] public RenderedBody? RenderDumpBody() => PlainBody.TryRender(_paragraphs);

    /// <summary>Language and tags of a dump: what a dump costs besides its parsing.</summary>
    [Benchmark] public string? DetectLanguageAndSuggestTags() =>
        DetectLanguage.Run(Headline, _paragraphs) is { } language ? SuggestTags.Run(Headline, _paragraphs, language, ChooseTags.MaxSuggested)[0] : null;

    [Benchmark] public ParsedDocument? ParseFrontMatter() => _pages.Parse(_document, _page, new List<Diagnostic>());

    [Benchmark] public RenderedBody RenderMarkdown() => _renderer.Render(_markdown, "");

    [Benchmark] public ReadOnlyMemory<byte> RenderArticlePage() => _theme.RenderUtf8<Theme.Pages.ArticlePage>(_models.Article(_site.Articles[0]));

    /// <summary>
    /// What a rebuild pays instead of <see cref="RenderArticlePage"/> for a page that did not change: its story
    /// hashed (each call a story the recipe has not seen, as each article page is in a build) and the edition's
    /// chrome and time zone looked up (hashed once per build: here once per <see cref="Stories"/> calls).
    /// </summary>
    [Benchmark]
    public Hash128 ArticlePageRecipe()
    {
        if (_next % Stories == 0) _recipe = new Recipe(_settings);
        return _recipe.Of(new ArticlePageIngredients(typeof(Theme.Pages.ArticlePage), _stories[_next++ % Stories], _models.Chrome, _site.Config.TimeZone));
    }

    private const int Stories = 4096;
    private Article[] _stories = [];
    private int _next;
    private Hash128 _settings;

    /// <summary>What a rebuild pays for a list page of 20 stories that did not change (each story hashed once per build, for its page).</summary>
    [Benchmark] public Hash128 ListPageRecipe() => _listRecipe.Of(new StoryListIngredients(typeof(Theme.Pages.StoryListPage), _models.Chrome,
        _site.Config.TimeZone, _frame, 1, 1, _site.Articles));

    private Recipe _listRecipe = null!;
    private StoryListFrame _frame = null!;

    [Benchmark] public ReadOnlyMemory<byte> WriteFeed() => RssFeed.Write("Bench", "", "de", "/", "/feed.xml", _site.Articles, _site.Config, _urls, new FeedBodies(_urls), new RssItems());
}
