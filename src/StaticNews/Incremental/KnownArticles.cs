using System.Collections.Concurrent;
using System.IO.Hashing;
using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>
/// The articles the last build derived, kept beside the output, so a rebuild parses only the documents that
/// changed: an entry is used while its document, its sidecar and its image have the size and time they had, and
/// the settings and code are the same. Documents with any problem are never kept: their messages must show on
/// every build. Stories are linked after this point, so what is kept depends on one document alone.
/// </summary>
/// <remarks>
/// Kept in a few segment files, read in parallel while the input folder is scanned and written in parallel.
/// Each entry stands on its own, so segments left from different builds by a crash are still sound.
/// </remarks>
public sealed partial class KnownArticles
{
    private const string Format = "staticnews-articles-7";
    private readonly string _path;
    private readonly Task<Dictionary<string, Entry>> _previous;
    /// <summary>What this build found or derived: written by every thread, so with a lock per few entries and, when the
    /// last build's count is known, room for all from the start (growing it stops every writer).</summary>
    private readonly ConcurrentDictionary<string, Entry> _current;
    private readonly TimeProvider _clock;
    /// <summary>Segments that hold an article this build derived: only they are written again.</summary>
    private readonly bool[] _changed = new bool[Segments];
    /// <summary>The segment files read, held open until saved anew: their bodies are read when shown.</summary>
    private readonly KeptBodies?[] _kept = new KeptBodies?[Segments];

    /// <summary>A document's article with the stamps of the files it was made from (document, sidecar, image).</summary>
    private sealed record Entry(IReadOnlyList<(string Path, FileStamp Stamp)> Sources, Article Article);

    /// <summary>Starts reading what the last build kept, in the background.</summary>
    /// <param name="settings">A hash of everything besides the document that a derived article depends on (<see cref="SettingsOf"/>).</param>
    /// <param name="clock">Tells whether a file's stamp has settled (<see cref="FileStamp.SettledBy"/>).</param>
    public KnownArticles(string path, Hash128 settings, TimeProvider clock)
    {
        _clock = clock;
        _path = path;
        Settings = settings;
        _previous = Task.Run(() => Load(path, settings, _kept));
        _current = Current(0);
    }

    /// <summary>What this build found and derived, as the next build's known articles, without a trip through the disk.</summary>
    /// <param name="settings">The next build's <see cref="SettingsOf"/>: other settings know no article.</param>
    public KnownArticles Next(Hash128 settings) =>
        new(_path, settings, _clock, settings == Settings ? new Dictionary<string, Entry>(_current, StringComparer.Ordinal) : []);

    /// <summary>Known articles that live in memory only (the preview's): none yet, and never saved.</summary>
    public static KnownArticles InMemory(Hash128 settings, TimeProvider clock) => new("", settings, clock, []);

    private KnownArticles(string path, Hash128 settings, TimeProvider clock, Dictionary<string, Entry> previous)
    {
        (_path, Settings, _clock) = (path, settings, clock);
        _previous = Task.FromResult(previous);
        _current = Current(previous.Count);
    }

    private static ConcurrentDictionary<string, Entry> Current(int capacity) =>
        new(concurrencyLevel: 16 * Environment.ProcessorCount, Math.Max(capacity, 31), StringComparer.Ordinal);

    /// <summary>What <see cref="SettingsOf"/> said when the build began.</summary>
    public Hash128 Settings { get; }

    /// <summary>
    /// Fixed, never the core count: what one machine kept is read on another. An edit writes its segment again, with
    /// the bodies it holds: at 10,000 articles about 2 MB in 32 segments, 7 MB in the 8 there were.
    /// </summary>
    private const int Segments = 32;

    /// <summary>
    /// What every article depends on besides its own files: the code that derives it, site.yml, the base URL and
    /// the machine's time zone database (a date without an offset is read in the site's zone, by its rules).
    /// </summary>
    /// <param name="baseUrl">The <c>--base-url</c> given on the command line, which overrides site.yml's.</param>
    /// <param name="zoneInfo">Where the time zone database is: <c>TZDIR</c>, else /usr/share/zoneinfo, as .NET reads it.</param>
    public static Hash128 SettingsOf(string siteConfigPath, Uri? baseUrl, string? zoneInfo = null)
    {
        var hash = new XxHash128();
        hash.Append(typeof(KnownArticles).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (File.Exists(siteConfigPath)) hash.Append(File.ReadAllBytes(siteConfigPath));
        hash.Append(System.Text.Encoding.UTF8.GetBytes(baseUrl?.AbsoluteUri ?? ""));
        hash.Append(System.Text.Encoding.UTF8.GetBytes(TimeZoneDatabaseVersion(zoneInfo ?? DefaultZoneInfo)));
        return Hash128.Of(hash);
    }

    private static string DefaultZoneInfo =>
        Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } folder ? folder : "/usr/share/zoneinfo";

    /// <summary>
    /// The database's version line ("# version 2025b" in tzdata.zi; +VERSION on macOS), read rather than every
    /// zone's rules: an update renews the kept articles once, and a build pays one short read. Empty without one.
    /// </summary>
    private static string TimeZoneDatabaseVersion(string zoneInfo)
    {
        foreach (var name in (string[])["tzdata.zi", "+VERSION"])
        {
            try
            {
                using var reader = File.OpenText(Path.Combine(zoneInfo, name));
                return name + ":" + reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // none here, or unreadable: the next name
        }
        return "";
    }

    /// <summary>
    /// Wraps the parse and derive steps of each document: its article as the last build derived it while none of
    /// its files changed, else <paramref name="parseAndDerive"/>'s, remembered for the next build.
    /// </summary>
    /// <param name="parseAndDerive">Parses one document and derives its article (Parse, then Enrich): null when it has errors.</param>
    public Article? Derive(SourceDocument document, string inputRoot, Func<SourceDocument, ICollection<Diagnostic>, Article?> parseAndDerive,
        ICollection<Diagnostic> problems)
    {
        if (Find(document) is { } known) return known;
        var sources = Stamp(document);
        if (parseAndDerive(document, problems) is not { } article) return null;
        article = article with { DerivedHash = HashOf(article) };
        if (problems.Count == 0 && sources is not null)
            Remember(document, article, sources, article.Image is { Length: > 0, Source: { } image } ? Path.Combine(inputRoot, image) : null);
        return article;
    }

    /// <summary>A hash of every field kept of an article: its <see cref="Article.DerivedHash"/>. The body is in it
    /// by its hash, which it has already: its bytes are neither copied nor hashed again.</summary>
    public static Hash128 HashOf(Article article)
    {
        using var bytes = new MemoryStream(2048);
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) WriteArticle(writer, article, withBody: false);
        return Hash128.Of(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>The article derived from this document by an earlier build, when none of its sources changed since.</summary>
    /// <remarks>What this build derived is looked at first: the preview derives again, with the same known articles,
    /// only the documents a save named.</remarks>
    private Article? Find(SourceDocument document)
    {
        if (!_current.TryGetValue(Key(document), out var entry) && !_previous.Result.TryGetValue(Key(document), out entry)) return null;
        if (entry.Sources[0].Path != document.Path || !entry.Sources.All(s => StampOf(s.Path, document) == s.Stamp)) return null;
        _current[Key(document)] = entry;
        return entry.Article with { Page = entry.Article.Page with { Document = document } };
    }

    /// <summary>A document with a sidecar is another document than without one: adding or removing the sidecar misses.</summary>
    private static string Key(SourceDocument document) =>
        document.SidecarPath is null ? document.RelativePath : document.RelativePath + "\n" + document.SidecarPath;

    /// <summary>The stamps of a document and its sidecar, taken before they are read: a change while it is parsed is seen next time.</summary>
    /// <returns>Null when one of them is missing or not settled (<see cref="FileStamp.SettledBy"/>): then it is not kept.</returns>
    public List<(string Path, FileStamp Stamp)>? Stamp(SourceDocument document)
    {
        var stamps = new List<(string, FileStamp)>(3);
        foreach (var path in document.SidecarPath is { } sidecar ? [document.Path, sidecar] : new[] { document.Path })
        {
            if (StampOf(path, document) is not { } stamp || !stamp.SettledBy(_clock)) return null;
            stamps.Add((path, stamp));
        }
        return stamps;
    }

    /// <summary>A source's stamp: the document's and its sidecar's as the scan found them, anything else's now.</summary>
    private static FileStamp? StampOf(string path, SourceDocument document) => document.Stamps switch
    {
        ({ } found, _) when path == document.Path => found,
        (_, { } found) when path == document.SidecarPath => found,
        _ => FileStamp.Of(path),
    };

    /// <param name="sources">What <see cref="Stamp"/> gave before the document was read.</param>
    /// <param name="image">The image file the article shows, when it is part of the site: a source too.</param>
    private void Remember(SourceDocument document, Article article, List<(string Path, FileStamp Stamp)> sources, string? image)
    {
        if (image is not null)
        {
            // An image replaced while the build read it is not remembered with a length it no longer has.
            if (FileStamp.Of(image) is not { } stamp || !stamp.SettledBy(_clock) || stamp.Length != article.Image!.Length) return;
            sources.Add((image, stamp));
        }
        _current[Key(document)] = new Entry(sources, article);
        _changed[SegmentOf(Key(document))] = true;
    }

    /// <summary>
    /// Writes the segments in which this build derived or dropped an article, each beside it, then renamed, so
    /// never half; the others hold what they held (one edit rewrites an eighth of the articles, not all of them).
    /// </summary>
    public void Save()
    {
        var changed = (bool[])_changed.Clone();
        foreach (var key in _previous.Result.Keys)
            if (!_current.ContainsKey(key)) changed[SegmentOf(key)] = true;
        if (!changed.Contains(true)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var entries = _current.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        Parallel.For(0, Segments, segment =>
        {
            if (changed[segment]) WriteSegment($"{_path}.{segment}.tmp", entries.Where(e => SegmentOf(e.Key) == segment).ToList());
        });
        // Every body a new segment holds is now read from the old one, which may then go (Windows renames no open file).
        for (var segment = 0; segment < Segments; segment++)
        {
            if (!changed[segment]) continue;
            _kept[segment]?.Dispose();
            File.Move($"{_path}.{segment}.tmp", $"{_path}.{segment}", overwrite: true);
        }
    }

    /// <summary>Deletes what the builds before kept, when it is damaged: the next build parses every document.</summary>
    public static void Forget(string path)
    {
        for (var segment = 0; segment < Segments; segment++)
        {
            try { File.Delete($"{path}.{segment}"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* then its header still names another build's settings, or the next build finds it damaged too */ }
        }
    }

    /// <summary>Saves, and tells what went wrong instead of throwing: what is kept only saves time.</summary>
    public Diagnostic? TrySave()
    {
        try
        {
            Save();
            return null;
        }
        catch (Exception e) when (KeptBodyDamagedException.In(e) is { } segment)
        {
            Forget(_path);
            return Diagnostic.Warning(DiagnosticCode.NotKept, segment, "what the last build kept here was damaged, so it was deleted.",
                "The next build parses every document again. If this recurs, check the disk.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerExceptions: var inner } && inner.All(i => i is IOException or UnauthorizedAccessException))
        {
            return Diagnostic.Warning(DiagnosticCode.NotKept, _path,
                $"keeping the derived articles failed: {(e is AggregateException a ? a.InnerExceptions[0] : e).Message}", "The next build parses every document again.");
        }
    }

    /// <summary>A document's segment by its key alone, so a key lives in one segment whatever else the site holds.</summary>
    private static int SegmentOf(string key) => (int)(XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes(key)) % Segments);

    private void WriteSegment(string temporary, List<KeyValuePair<string, Entry>> entries)
    {
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            writer.Write(Format);
            writer.WriteHash(Settings);
            writer.Write(entries.Count);
            foreach (var (relative, entry) in entries)
            {
                writer.Write(relative);
                writer.Write(entry.Sources.Count);
                for (var i = 0; i < entry.Sources.Count; i++) // by index: a foreach over the interface makes an enumerator per article
                {
                    var (source, stamp) = entry.Sources[i];
                    writer.Write(source);
                    writer.Write(stamp.Length);
                    writer.Write(stamp.Modified);
                }
                writer.WriteHash(entry.Article.DerivedHash);
                WriteArticle(writer, entry.Article);
            }
        }
    }

    private static Dictionary<string, Entry> Load(string path, Hash128 settings, KeptBodies?[] kept)
    {
        var segments = new Dictionary<string, Entry>[Segments];
        Parallel.For(0, Segments, segment => segments[segment] = LoadSegment(path, segment, settings, out kept[segment]));
        // Each segment holds only the keys that belong to it (LoadSegment drops any other), so none is named twice,
        // even when a crash between two renames left segments from different builds.
        var all = new Dictionary<string, Entry>(segments.Sum(s => s.Count), StringComparer.Ordinal);
        foreach (var (key, entry) in segments.SelectMany(s => s)) all.Add(key, entry);
        return all;
    }

    private static Dictionary<string, Entry> LoadSegment(string articles, int segment, Hash128 settings, out KeptBodies? bodies)
    {
        var path = $"{articles}.{segment}";
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        bodies = null;
        try
        {
            bodies = new KeptBodies(path);
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
            if (reader.ReadString() != Format || reader.ReadHash() != settings) return entries;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var relative = reader.ReadString();
                var sources = new (string, FileStamp)[reader.ReadInt32()];
                for (var i = 0; i < sources.Length; i++) sources[i] = (reader.ReadString(), new FileStamp(reader.ReadInt64(), reader.ReadInt64()));
                var version = reader.ReadHash();
                var article = ReadArticle(reader, relative, bodies);
                // An entry in another segment than its own was never written here: a body read after that segment is saved anew could not be found.
                if (SegmentOf(relative) == segment) entries[relative] = new Entry(sources, article with { DerivedHash = version });
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException
                                      or InvalidOperationException or OverflowException or OutOfMemoryException)
        {
            entries.Clear(); // none yet, or damaged: its documents are parsed, as in a first build
            bodies?.Dispose();
            bodies = null;
        }
        return entries;
    }
}
