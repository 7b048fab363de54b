using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticNews.Theme.Views;

namespace StaticNews.Render;

/// <summary>
/// What a file is made from, hashed (<see cref="Model.FilePlan.Recipe"/>). A list or index page: its view model
/// and the code that renders it; a Razor page is a pure function of its model, and hashing the model's JSON costs
/// a fraction of rendering it. An article page and a feed: the site's settings and the versions of their
/// articles, with what the site decided after the versions were taken.
/// </summary>
public static class Recipe
{
    /// <summary>The engine, the theme and the renderer as compiled: a new build of any of them renews every page.</summary>
    private static readonly byte[] Code = Encoding.UTF8.GetBytes(string.Join('|',
        new[] { typeof(Recipe), typeof(PageHead), typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)));

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // hashed, never shown: the cheapest escaping
        TypeInfoResolver = ViewModelJson.Default,
    };

    // One JSON buffer and writer per thread: a rebuild hashes the model of every list page.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _json;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    public static UInt128 Page<TPage>(object model)
    {
        var json = _json ??= new ArrayBufferWriter<byte>(1 << 16);
        json.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true });
        writer.Reset(json);
        JsonSerializer.Serialize(writer, model, Options.GetTypeInfo(model.GetType()));
        writer.Flush();
        var hash = new XxHash128();
        hash.Append(Code);
        hash.Append(Encoding.UTF8.GetBytes(typeof(TPage).FullName!));
        hash.Append(json.WrittenSpan);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// An article page, from what its model is made of (<see cref="PageModels.Article"/>) rather than from the
    /// model itself: the site's settings, the article's version, and what the site decided after the version
    /// was taken — its linked stories, its translations and its tags' site-wide names. Ten thousand of these
    /// cost a hundredth of building and hashing the pages' models.
    /// </summary>
    /// <returns>0 (no recipe: render it) when the settings or the version are unknown.</returns>
    /// <param name="assets">The theme's assets' published names (<see cref="PublishedAssets.Fingerprint"/>): a new stylesheet is a new link on every page.</param>
    /// <param name="chrome">The article's edition as every page shows it (<see cref="Chrome"/>).</param>
    public static UInt128 ArticlePage(Model.Site site, Model.Article article, UInt128 assets, UInt128 chrome)
    {
        var hash = new XxHash128();
        hash.Append(Code);
        hash.Append("article-page"u8);
        Append(hash, assets);
        Append(hash, chrome);
        if (!Append(hash, site.Settings) || !Append(hash, article.Version)) return UInt128.Zero;
        // Its edition may move it (/en/…), and its related stories are chosen among the others.
        var decided = new StringBuilder(article.Url).Append('\0');
        foreach (var story in article.Related)
            decided.Append(story.Title).Append('\0').Append(story.Url).Append('\0').Append(story.Date?.UtcTicks).Append('\0');
        foreach (var story in new[] { article.PreviousStory, article.NextStory })
            decided.Append(story?.Title).Append('\0').Append(story?.Url).Append('\0');
        foreach (var translation in article.Translations)
            decided.Append(translation.Lang).Append('\0').Append(translation.Title).Append('\0').Append(translation.Url).Append('\0');
        foreach (var tag in article.Tags) decided.Append(tag.Slug).Append('\0').Append(tag.Name).Append('\0');
        hash.Append(Encoding.UTF8.GetBytes(decided.ToString()));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>A file made by code from a source and some words: a picture's size, a social card.</summary>
    /// <param name="source">A hash of the source file; 0 for none.</param>
    public static UInt128 Of(string kind, UInt128 source, string words)
    {
        var hash = new XxHash128();
        hash.Append(Code);
        hash.Append(Encoding.UTF8.GetBytes(kind + "\0" + words));
        Append(hash, source);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>What every page of an edition shows of it: its masthead, links and feeds.</summary>
    public static UInt128 Chrome(SiteChrome chrome, IReadOnlyList<FeedLink> feeds)
    {
        var hash = new XxHash128();
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(chrome, ViewModelJson.Default.SiteChrome));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(feeds, ViewModelJson.Default.IReadOnlyListFeedLink));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <param name="kind">The feed's place and title: two feeds of the same articles differ.</param>
    /// <param name="settings">The site's <see cref="Model.Site.Settings"/>.</param>
    /// <returns>0 (no recipe: render it) when a version is unknown.</returns>
    public static UInt128 Feed(string kind, UInt128 settings, IEnumerable<Model.Article> items)
    {
        var hash = new XxHash128();
        hash.Append(Code);
        hash.Append(Encoding.UTF8.GetBytes(kind));
        if (!Append(hash, settings)) return UInt128.Zero;
        foreach (var item in items)
        {
            if (!Append(hash, item.Version)) return UInt128.Zero;
            // Tags are named site-wide after the version was taken (the most frequent spelling wins).
            foreach (var tag in item.Tags) hash.Append(Encoding.UTF8.GetBytes(tag.Name + "\0"));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private static bool Append(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        hash.Append(bytes);
        return value != UInt128.Zero;
    }
}

[JsonSerializable(typeof(StoryListView))]
[JsonSerializable(typeof(TagIndexView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(RedirectView))]
[JsonSerializable(typeof(SiteChrome))]
[JsonSerializable(typeof(IReadOnlyList<FeedLink>))]
internal sealed partial class ViewModelJson : JsonSerializerContext;
