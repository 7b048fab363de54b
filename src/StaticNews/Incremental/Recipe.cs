using System.Buffers;
using System.Buffers.Binary;
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
/// page stale. A feed's is the settings and each item's <see cref="Article.DerivedHash"/>.
/// </summary>
/// <param name="settings">A hash of what every article depends on besides its files (<see cref="KnownArticles.SettingsOf"/>).</param>
public sealed class Recipe(UInt128 settings)
{
    /// <summary>The engine, the theme and the renderer as compiled: a new build of any of them renews every file.</summary>
    private static readonly byte[] Code = Encoding.UTF8.GetBytes(string.Join('|',
        new[] { typeof(Recipe), typeof(PageHead), typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)));

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // hashed, never shown: the cheapest escaping
        TypeInfoResolver = ViewModelJson.Default,
        Converters = { new LongTextAsHash() },
    };

    /// <returns>0 (no recipe: render the file and compare its bytes) when something it is made from is unknown.</returns>
    public UInt128 Of(Ingredients ingredients)
    {
        var hash = new XxHash128();
        hash.Append(Code);
        hash.Append(Encoding.UTF8.GetBytes(ingredients.GetType().Name + "\0"));
        switch (ingredients)
        {
            case PageIngredients page:
                hash.Append(Encoding.UTF8.GetBytes(page.Page.FullName + "\0"));
                AppendJson(hash, page.View);
                break;
            case ArticleListIngredients list:
                hash.Append(Encoding.UTF8.GetBytes(list.Kind + "\0"));
                if (!Append(hash, settings)) return UInt128.Zero;
                foreach (var article in list.Articles)
                {
                    if (!Append(hash, article.DerivedHash)) return UInt128.Zero;
                    // Tags are named site-wide after the article was derived (the most frequent spelling wins).
                    foreach (var tag in article.Tags) hash.Append(Encoding.UTF8.GetBytes(tag.Name + "\0"));
                }
                break;
            case DerivedIngredients derived:
                hash.Append(Encoding.UTF8.GetBytes(derived.Kind + "\0" + derived.Words));
                Append(hash, derived.Source);
                break;
            default:
                throw new ArgumentException($"no recipe for {ingredients.GetType().Name}", nameof(ingredients));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The view as JSON, streamed into the hash in pooled chunks.</summary>
    private static void AppendJson(XxHash128 hash, object view)
    {
        var chunks = new HashingWriter(hash);
        using (var writer = new Utf8JsonWriter(chunks, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
            JsonSerializer.Serialize(writer, view, Json.GetTypeInfo(view.GetType()));
        chunks.Dispose();
    }

    private static bool Append(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        hash.Append(bytes);
        return value != UInt128.Zero;
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

/// <summary>
/// A long string (an article's body, its JSON-LD) stands in a recipe as its hash: its UTF-16 bytes hashed as they
/// lie, where JSON would escape and transcode five kilobytes per page only for the result to be hashed again.
/// </summary>
internal sealed class LongTextAsHash : JsonConverter<string>
{
    private const int Long = 128;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("recipes are only written");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length < Long)
        {
            writer.WriteStringValue(value);
            return;
        }
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()), hash);
        writer.WriteBase64StringValue(hash);
    }

    /// <summary>A key (of a page's parameters) as it is: keys are short.</summary>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}

/// <summary>Every view model the theme renders a page from.</summary>
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(StoryListView))]
[JsonSerializable(typeof(TagIndexView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(RedirectView))]
internal sealed partial class ViewModelJson : JsonSerializerContext;
