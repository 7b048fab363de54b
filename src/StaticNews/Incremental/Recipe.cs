using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticNews.Model;
using StaticNews.Theme.Views;

namespace StaticNews.Incremental;

/// <summary>
/// A file's recipe: its <see cref="Ingredients"/> and the code that makes it, hashed. A page's is its very view
/// model, as JSON: a field added to a view is in the recipe without anyone keeping a list, so it can never leave a
/// page stale. An article page's, and a list page's, is what its view is made from: the settings, the edition's
/// chrome and time zone, the list's frame and place, and each story's <see cref="Article.DerivedHash"/> and what
/// enriching set on it (tests hold the views to just these). A feed's is the settings and each item's
/// <see cref="Article.DerivedHash"/>.
/// </summary>
/// <param name="settings">A hash of what every article depends on besides its files (<see cref="KnownArticles.SettingsOf"/>).</param>
public sealed partial class Recipe(Hash128 settings)
{
    /// <summary>The engine, the theme and the renderer as compiled: a new build of any of them renews every file.</summary>
    private static readonly byte[] Code = Encoding.UTF8.GetBytes(string.Join('|',
        new[] { typeof(Recipe), typeof(PageHead), typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)));

    /// <summary>Hashed, never shown: the cheapest escaping, and no checks of what the generated code writes.</summary>
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <returns>0 (no recipe: render the file and compare its bytes) when something it is made from is unknown.</returns>
    public Hash128 Of(Ingredients ingredients)
    {
        var hash = new XxHash128();
        hash.Append(Code);
        AppendText(hash, ingredients.GetType().Name);
        switch (ingredients)
        {
            case PageIngredients page:
                AppendText(hash, page.Page.FullName!);
                AppendJson(hash, page.View);
                break;
            case ArticlePageIngredients page:
                AppendText(hash, page.Page.FullName!);
                if (!Append(hash, settings) || !Append(hash, Story(page.Article))) return Hash128.None;
                Append(hash, Shared(page.Chrome));
                Append(hash, Zone(page.TimeZone));
                break;
            case StoryListIngredients list:
                AppendText(hash, list.Page.FullName!);
                if (!Append(hash, settings)) return Hash128.None;
                Append(hash, Shared(list.Chrome));
                Append(hash, Zone(list.TimeZone));
                Append(hash, Shared(list.Frame));
                Append(hash, new Hash128((ulong)list.PageNumber, (ulong)list.PageCount));
                AppendCount(hash, list.Stories.Count);
                foreach (var story in list.Stories)
                    if (!Append(hash, Story(story))) return Hash128.None;
                break;
            case ArticleListIngredients list:
                AppendText(hash, list.Kind);
                if (!Append(hash, settings)) return Hash128.None;
                foreach (var article in list.Articles)
                {
                    if (!Append(hash, article.DerivedHash)) return Hash128.None;
                    // Tags are named site-wide after the article was derived (the most frequent spelling wins).
                    foreach (var tag in article.Tags) AppendText(hash, tag.Name);
                }
                break;
            case DerivedIngredients derived:
                AppendText(hash, derived.Kind);
                AppendText(hash, derived.Words);
                Append(hash, derived.Source);
                break;
            default:
                throw new ArgumentException($"no recipe for {ingredients.GetType().Name}", nameof(ingredients));
        }
        return Hash128.Of(hash);
    }

    /// <summary>The hash of a part many pages show, made once per part and build: parts are immutable records, known by reference.</summary>
    private Hash128 Shared(object? part) => part is null ? Hash128.None : _parts.GetOrAdd(part, static p =>
    {
        var hash = new XxHash128();
        AppendJson(hash, p);
        return Hash128.Of(hash);
    });

    private readonly ConcurrentDictionary<object, Hash128> _parts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The view as JSON, streamed into the hash in pooled chunks, by the serializer's source-generated code (a view
    /// type the context does not list fails every test that renders it).
    /// </summary>
    private static void AppendJson(XxHash128 hash, object view)
    {
        var chunks = new HashingWriter(hash);
        using (var writer = new Utf8JsonWriter(chunks, Json))
            JsonSerializer.Serialize(writer, view, ViewModelJson.Default.GetTypeInfo(view.GetType())!);
        chunks.Dispose();
    }

    /// <summary>A text and its end: two texts one after the other never hash as one.</summary>
    private static void AppendText(XxHash128 hash, string text)
    {
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0, 0]);
    }

    private static bool Append(XxHash128 hash, Hash128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.WriteTo(bytes);
        hash.Append(bytes);
        return value != Hash128.None;
    }

    /// <summary>Hands what the JSON writer wrote to the hash, reusing one pooled buffer.</summary>
    private sealed class HashingWriter(XxHash128 hash) : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

        public void Advance(int count) => hash.Append(_buffer.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0) => Grow(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Grow(sizeHint).Span;

        private Memory<byte> Grow(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
            return _buffer;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}

/// <summary>Every view model the theme renders a page from, and the parts many pages share; serialization code only, generated at compile time.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(StoryListView))]
[JsonSerializable(typeof(TagIndexView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(RedirectView))]
[JsonSerializable(typeof(SiteChrome))]
[JsonSerializable(typeof(Render.StoryListFrame))]
internal sealed partial class ViewModelJson : JsonSerializerContext;
