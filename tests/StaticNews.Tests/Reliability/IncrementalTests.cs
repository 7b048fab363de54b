using System.Text.Json;
using StaticNews.Enrich;
using StaticNews.Incremental;
using StaticNews.Model;
using StaticNews.Serve;

namespace StaticNews.Tests.Reliability;

/// <summary>
/// A rebuild reuses what did not change — cached articles, unchanged pages, the spare generation — and is
/// byte-identical to a clean build, with unchanged files keeping their modification times (issue #7).
/// </summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly TestSite _site = new();

    private static string Page(string title, string date, string tags, string extra = "", string body = "Text.") =>
        $"---\ntitle: {title}\ndate: {date}\ntags: {tags}\n{extra}---\n{body}\n";

    private void AddStories()
    {
        _site.Add("site.yml", "title: Die Zeitung\nlanguage: de\nbaseUrl: https://example.org/news/\npageSize: 2\nfeedSize: 3\nsocialCards: true\n")
            .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "[Berlin, NATO]", "next: Beta\ntranslationKey: a\nimage: bild.png\nimageAlt: Ein Verlauf\nauthor: Ana\n", "Erster Text."))
            .Add("a-en.md", Page("Alpha in English", "2024-12-01T11:00:00Z", "[Berlin]", "lang: en\ntranslationKey: a\n", "First text."))
            .Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "[nato, Paris]", "aliases: [/alt/beta/]\nsummary: Kurz.\n", "Zweiter Text."))
            .Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "updated: 2024-12-04T08:00:00Z\nfoo: bar\n", "Dritter *Text*."))
            .Add("d.txt", "Delta\nDelta\n-\nDer Lead über Berlin.\nWERBUNG\nZweiter Absatz.\nPREV: Gamma\n")
            .Add("d.yml", "date: 2024-12-04T09:00:00Z\n")
            .AddBytes("bild.png", TestPictures.Png(640, 400));
    }

    /// <summary>Edits an editor makes, one after another; after each, the rebuilt site must equal a clean build.</summary>
    private static readonly (string Name, Action<TestSite> Edit)[] Edits =
    [
        ("nothing", _ => { }),
        ("a body", s => s.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "updated: 2024-12-04T08:00:00Z\nfoo: bar\n", "Dritter, neuer *Text*."))),
        ("a body of the same length", s => s.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "updated: 2024-12-04T08:00:00Z\nfoo: bar\n", "Dritter, neuer *Test*."))),
        ("the title of a story that another links back to, its slug kept", s => s.Add("a.md", Page("Alpha, neu betitelt", "2024-12-01T10:00:00Z",
            "[Berlin, NATO]", "slug: alpha\nnext: Beta\ntranslationKey: a\nimage: bild.png\nauthor: Ana\n", "Erster Text."))),
        ("a title, so the URL moves", s => s.Add("b.md", Page("Beta neu", "2024-12-02T10:00:00Z", "[nato, Paris]", "aliases: [/alt/beta/]\nsummary: Kurz.\n", "Zweiter Text."))),
        ("tags", s => s.Add("a-en.md", Page("Alpha in English", "2024-12-01T11:00:00Z", "[Berlin, Rom]", "lang: en\ntranslationKey: a\n", "First text."))),
        ("a dump's sidecar date", s => s.Add("d.yml", "date: 2024-11-30T09:00:00Z\n")),
        ("the picture", s => s.AddBytes("bild.png", TestPictures.Png(640, 400, 0xFF00AA00))),
        ("a dump dated by its own dateline", s => s.Add("g.txt", "Gamma Zwei\n2. Dezember 2024\nDer Lead über Rom.\n")),
        ("a sidecar added to that dump, which moves its date", s => s.Add("g.yml", "date: 2024-11-20T09:00:00Z\n")),
        ("a new story", s => s.Add("e.md", Page("Epsilon", "2024-12-05T10:00:00Z", "[Rom]"))),
        ("tags that change the related stories of others", s => s.Add("e.md", Page("Epsilon", "2024-12-05T10:00:00Z", "[Rom, Paris]"))),
        ("a date, so the story moves to another day and month", s => s.Add("e.md", Page("Epsilon", "2024-11-29T10:00:00Z", "[Rom, Paris]"))),
        ("an author, so an author page appears", s => s.Add("e.md", Page("Epsilon", "2024-11-29T10:00:00Z", "[Rom, Paris]", "author: [Ana, Bo]\n"))),
        ("an expiry that has passed, so the story goes", s => s.Add("e.md", Page("Epsilon", "2024-11-29T10:00:00Z", "[Rom, Paris]", "author: [Ana, Bo]\nexpires: 2024-12-01T00:00:00Z\n"))),
        ("another story that changes how a tag is spelt site-wide", s => s.Add("f.md", Page("Phi", "2024-11-01T10:00:00Z", "[nato]"))),
        ("a deleted story", s => File.Delete(Path.Combine(s.Input, "a-en.md"))),
        ("site.yml", s => s.Add("site.yml", "title: Die neue Zeitung\nlanguage: de\nbaseUrl: https://example.org/news/\npageSize: 2\nfeedSize: 3\nsocialCards: true\n")),
        ("a broken document, then fixed", s =>
        {
            s.Add("c.md", "---\ntitle: [\n---\n");
            Assert.False(s.Build().Published);
            s.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "", "Wieder da."));
        }),
    ];

    [Fact]
    public void A_document_written_within_two_seconds_of_the_builds_clock_is_not_kept_for_the_next_build()
    {
        _site.Add("a.md", "---\ntitle: A\ndate: 2024-12-01T10:00:00Z\n---\nText.\n");
        var path = Path.Combine(_site.Input, "a.md");
        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path));
        var document = new SourceDocument(path, "a.md", DocumentKind.MarkdownPage);
        var cachePath = Path.Combine(_site.Root, "articles");
        // Another write in the same tick of the file system's clock could keep the stamp: not yet to be trusted.
        Assert.Null(new KnownArticles(cachePath, default, new FixedClock(written.AddSeconds(1))).Stamp(document));
        Assert.NotNull(new KnownArticles(cachePath, default, new FixedClock(written.AddSeconds(3))).Stamp(document));
    }

    [Fact]
    public void A_new_time_zone_database_renews_the_kept_articles()
    {
        // A date without an offset is read by the rules of the site's zone, which a tzdata update may change: the
        // articles derived under the old rules must not be kept, or a rebuild would differ from a clean build.
        var config = Path.Combine(_site.Input, "site.yml");
        var zoneInfo = Directory.CreateDirectory(Path.Combine(_site.Root, "zoneinfo")).FullName;
        var noDatabase = KnownArticles.SettingsOf(config, null, zoneInfo);
        File.WriteAllText(Path.Combine(zoneInfo, "tzdata.zi"), "# version 2025a\nR d 1916 o - Ap 30 23 1 S\n");
        var older = KnownArticles.SettingsOf(config, null, zoneInfo);
        Assert.Equal(older, KnownArticles.SettingsOf(config, null, zoneInfo));
        File.WriteAllText(Path.Combine(zoneInfo, "tzdata.zi"), "# version 2025b\nR d 1916 o - Ap 30 23 1 S\n");
        var newer = KnownArticles.SettingsOf(config, null, zoneInfo);

        Assert.NotEqual(older, newer);
        Assert.NotEqual(noDatabase, older);
        Assert.Equal(KnownArticles.SettingsOf(config, null), KnownArticles.SettingsOf(config, null));

        // macOS names its version in +VERSION, beside no tzdata.zi.
        var mac = Directory.CreateDirectory(Path.Combine(_site.Root, "zoneinfo-mac")).FullName;
        File.WriteAllText(Path.Combine(mac, "+VERSION"), "2025a\n");
        var macOlder = KnownArticles.SettingsOf(config, null, mac);
        File.WriteAllText(Path.Combine(mac, "+VERSION"), "2025b\n");
        Assert.NotEqual(macOlder, KnownArticles.SettingsOf(config, null, mac));
        Assert.NotEqual(noDatabase, macOlder);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Every_rebuild_is_byte_identical_to_a_clean_build_and_keeps_unchanged_files_times()
    {
        AddStories();
        _site.Publish();
        _site.Publish(); // from here on the previous generation is recycled
        for (var i = 0; i < Edits.Length; i++)
        {
            var (name, edit) = Edits[i];
            var before = Stamps(_site.Output);
            var previous = Contents(_site.Output);
            edit(_site);
            _site.Publish();

            var clean = Path.Combine(_site.Root, $"clean-{i}");
            Assert.True(SiteBuilder.Build(_site.Options with { OutputDir = clean }).Published);
            var rebuilt = Contents(_site.Output);
            Assert.Equal(Contents(clean).Keys, rebuilt.Keys);
            foreach (var (path, bytes) in Contents(clean))
                Assert.True(bytes.SequenceEqual(rebuilt[path]), $"after editing {name}: {path} differs from a clean build");
            foreach (var (path, stamp) in Stamps(_site.Output))
                if (previous.TryGetValue(path, out var old) && old.SequenceEqual(rebuilt[path]))
                    Assert.True(before[path] == stamp, $"after editing {name}: {path} did not change, yet was rewritten");
        }
    }

    [Fact]
    public void A_rebuild_without_changes_rewrites_no_file()
    {
        AddStories();
        _site.Publish();
        var before = Stamps(_site.Output);
        _site.Publish();
        _site.Publish();
        Assert.Equal(before, Stamps(_site.Output));
    }

    [Fact]
    public void Editing_one_story_rewrites_its_page_and_the_lists_and_feeds_that_show_it_and_nothing_else()
    {
        AddStories();
        _site.Publish();
        _site.Publish();
        var before = Stamps(_site.Output);
        _site.Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "[nato, Paris]", "aliases: [/alt/beta/]\nsummary: Kurz.\n", "Zweiter, längerer Text."));
        _site.Publish();
        var changed = Stamps(_site.Output).Where(f => before[f.Key] != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal);
        // Beta's page, and the feeds that carry its body; the summary is its own, so no list page changes.
        Assert.Equal(["2024/12/02/beta/index.html", "atom.xml", "feed.json", "feed.xml", "tags/nato/feed.xml", "tags/paris/feed.xml"], changed);
    }

    [Fact]
    public void Articles_from_the_cache_equal_freshly_derived_ones()
    {
        AddStories();
        var fresh = _site.Publish().Site!;
        var cached = _site.Publish().Site!;
        Assert.Equal(Json(fresh.Articles), Json(cached.Articles));
        Assert.All(cached.Articles, a => Assert.NotEqual(Hash128.None, a.DerivedHash));
    }

    [Fact]
    public void A_document_whose_stamp_did_not_change_is_taken_from_the_cache()
    {
        AddStories();
        _site.Publish();
        // Other bytes, same size and time: only the cache can still know the old text.
        var path = Path.Combine(_site.Input, "c.md");
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Dritter", "Vierter"));
        File.SetLastWriteTimeUtc(path, time);
        _site.Publish();
        Assert.Contains("Dritter", _site.Read("2024/12/03/gamma/index.html"));
    }

    [Fact]
    public void An_edit_rewrites_only_the_part_of_the_known_articles_that_holds_the_story()
    {
        AddStories();
        _site.Publish();
        // Each segment as written: a segment written again is a new file (written beside, then renamed).
        Dictionary<string, (DateTime, byte[])> Segments() => Directory.EnumerateFiles(Path.Combine(_site.Home, "cache"), "articles.*")
            .ToDictionary(f => Path.GetFileName(f), f => (File.GetLastWriteTimeUtc(f), File.ReadAllBytes(f)));
        bool Rewritten((DateTime Time, byte[] Bytes) now, (DateTime Time, byte[] Bytes) then) => now.Time != then.Time || !now.Bytes.SequenceEqual(then.Bytes);
        var before = Segments();
        Assert.True(before.Count > 2);
        Thread.Sleep(20);
        _site.Publish();
        Assert.DoesNotContain(Segments(), s => Rewritten(s.Value, before[s.Key])); // nothing derived, nothing written

        _site.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "", "Ein neuer Text."));
        _site.Publish();
        var after = Segments();
        Assert.Single(after, s => Rewritten(s.Value, before[s.Key]));
        Thread.Sleep(20);
        File.Delete(Path.Combine(_site.Input, "b.md"));
        _site.Publish();
        Assert.Single(Segments(), s => Rewritten(s.Value, after[s.Key]));
        // What the untouched segments still hold is used: a rebuild from them equals a clean build.
        _site.Publish();
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(SiteBuilder.Build(_site.Options with { OutputDir = clean }).Published);
        foreach (var (path, bytes) in Contents(clean)) Assert.True(bytes.SequenceEqual(Contents(_site.Output)[path]), path);
    }

    /// <summary>The edits after which the preview patches its last site instead of enriching it again: a story's text.</summary>
    private static readonly string[] Patched = ["nothing", "a body", "a body of the same length"];

    /// <summary>The edits that must enrich the site again: what places, groups or links a story.</summary>
    private static readonly string[] Enriched = ["the title of a story that another links back to, its slug kept", "a title, so the URL moves", "tags",
        "a dump's sidecar date", "a new story", "tags that change the related stories of others", "a date, so the story moves to another day and month",
        "an author, so an author page appears", "an expiry that has passed, so the story goes", "a deleted story", "site.yml"];

    [Fact]
    public void Every_preview_build_serves_what_a_clean_build_publishes_and_an_edit_of_a_storys_text_is_patched_in()
    {
        AddStories();
        var options = _site.Options with { Clock = new FixedClock(TestSite.Now) };
        // One preview told which files changed, as serve is by the file system's events; one that scans each time.
        var (told, scanning) = (new PreviewBuild(options, Path.Combine(_site.Root, "search-1")), new PreviewBuild(options, Path.Combine(_site.Root, "search-2")));
        Assert.NotNull(told.Run(null).Files);
        Assert.NotNull(scanning.Run(null).Files);
        for (var i = 0; i < Edits.Length; i++)
        {
            var (name, edit) = Edits[i];
            var before = Stamps(_site.Input);
            edit(_site);
            var after = Stamps(_site.Input);
            var changed = before.Keys.Union(after.Keys).Where(p => !before.TryGetValue(p, out var b) || !after.TryGetValue(p, out var a) || a != b)
                .Select(p => Path.Combine(_site.Input, p)).ToList();

            var clean = Path.Combine(_site.Root, $"clean-{i}");
            Assert.True(SiteBuilder.Build(options with { OutputDir = clean }).Published);
            foreach (var (preview, result) in new[] { ("told", told.Run(changed)), ("scanning", scanning.Run(null)) })
            {
                Assert.True(result.Files is not null, $"after editing {name}, the {preview} preview failed: {string.Join('\n', result.Report.Diagnostics)}");
                foreach (var (path, bytes) in Contents(clean))
                {
                    var file = result.Files.Find(path);
                    Assert.True(file is not null, $"after editing {name}: the {preview} preview has no {path}");
                    var content = result.Files.Content(file) ?? File.ReadAllBytes(file.SourcePath!);
                    Assert.True(bytes.SequenceEqual(content), $"after editing {name}: the {preview} preview's {path} differs from a clean build");
                }
                if (Patched.Contains(name)) Assert.True(result.Patched, $"after editing {name}, the {preview} preview enriched the site again");
                if (Enriched.Contains(name)) Assert.False(result.Patched, $"after editing {name}, the {preview} preview patched the site");
            }
        }
    }

    [Fact]
    public void A_broken_save_shows_its_error_and_fixing_it_is_patched_into_the_last_site_shown_with_what_was_saved_meanwhile()
    {
        AddStories();
        var options = _site.Options with { Clock = new FixedClock(TestSite.Now) };
        var preview = new PreviewBuild(options, Path.Combine(_site.Root, "search"));
        Assert.NotNull(preview.Run(null).Files);
        string At(string relative) => Path.Combine(_site.Input, relative);

        _site.Add("c.md", "---\ntitle: [\n---\n");
        var broken = preview.Run([At("c.md")]);
        Assert.Null(broken.Files);
        Assert.Contains(broken.Report.Errors, e => e.File == "c.md");
        // Another story edited while c.md is broken: still the error, and that edit is not lost.
        _site.Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "[nato, Paris]", "aliases: [/alt/beta/]\nsummary: Kurz.\n", "Zweiter, neuer Text."));
        Assert.Null(preview.Run([At("b.md")]).Files);

        _site.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", "[Paris]", "updated: 2024-12-04T08:00:00Z\nfoo: bar\n", "Wieder da."));
        var fixedAgain = preview.Run([At("c.md")]);
        Assert.True(fixedAgain.Patched);
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(SiteBuilder.Build(options with { OutputDir = clean }).Published);
        foreach (var (path, bytes) in Contents(clean))
            Assert.True(bytes.SequenceEqual(fixedAgain.Files!.Content(fixedAgain.Files.Find(path)!) ?? File.ReadAllBytes(fixedAgain.Files.Find(path)!.SourcePath!)), path);
    }

    [Fact]
    public void A_preview_keeps_the_known_articles_in_memory_and_writes_nothing()
    {
        AddStories();
        var preview = new PreviewBuild(_site.Options with { Clock = new FixedClock(TestSite.Now) }, Path.Combine(_site.Root, "search"));
        preview.Run(null);
        var path = Path.Combine(_site.Input, "c.md");
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Dritter", "Vierter"));
        File.SetLastWriteTimeUtc(path, time);
        // Other bytes, same size and time: only the memory can still know the old text.
        string Gamma(PreviewResult result) => System.Text.Encoding.UTF8.GetString(result.Files!.Content(result.Files.Find("2024/12/03/gamma/index.html")!)!);
        Assert.Contains("Dritter", Gamma(preview.Run([path])));
        Assert.Contains("Dritter", Gamma(preview.Run(null)));
        Assert.False(Directory.Exists(_site.Output));
        Assert.False(Directory.Exists(_site.Home));
        // A site.yml of other settings knows no article: every document is read again.
        _site.Add("site.yml", File.ReadAllText(Path.Combine(_site.Input, "site.yml")).Replace("Die Zeitung", "Die Zeitung von heute"));
        Assert.Contains("Vierter", Gamma(preview.Run([Path.Combine(_site.Input, "site.yml")])));
    }

    [Fact]
    public void A_spare_that_a_cut_build_was_changing_is_not_trusted()
    {
        AddStories();
        _site.Publish();
        _site.Publish();
        var spare = Path.Combine(_site.Home, "spare");
        File.Delete(Path.Combine(spare, "index.html")); // a hard link to the live page: never written through
        File.WriteAllText(Path.Combine(spare, "index.html"), "half written");
        File.WriteAllText(Path.Combine(spare, "stray.html"), "left over");
        File.WriteAllText(Path.Combine(_site.Home, "cache", "pending"), "");
        _site.Add("e.md", Page("Epsilon", "2024-12-05T10:00:00Z", "[Rom]"));
        _site.Publish();

        var clean = Path.Combine(_site.Root, "clean");
        Assert.True(SiteBuilder.Build(_site.Options with { OutputDir = clean }).Published);
        Assert.Equal(Contents(clean).Keys, Contents(_site.Output).Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(clean, "index.html")), _site.Read("index.html"));
    }

    [Fact]
    public void A_hand_edited_output_file_is_put_right_by_the_next_build()
    {
        AddStories();
        _site.Publish();
        var original = _site.Read("index.html");
        File.WriteAllText(Path.Combine(_site.Output, "index.html"), "edited by hand");
        _site.Publish();
        Assert.Equal(original, _site.Read("index.html"));
    }

    private static Dictionary<string, (long Length, DateTime Modified)> Stamps(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    private static Dictionary<string, byte[]> Contents(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);

    private static string Json(IReadOnlyList<Article> articles) =>
        JsonSerializer.Serialize(articles, new JsonSerializerOptions { WriteIndented = true });

    public void Dispose() => _site.Dispose();
}
