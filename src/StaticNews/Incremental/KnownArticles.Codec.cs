using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>The file format of what is kept: every field of a derived article and its front matter, in declaration order.</summary>
public sealed partial class KnownArticles
{
    /// <param name="withBody">False to write the body's hash and length only.</param>
    private static void WriteArticle(BinaryWriter w, Article a, bool withBody = true)
    {
        WriteFrontMatter(w, a.Page.FrontMatter);
        w.Write(a.Page.BodyLine);
        w.Write(a.Page.FromDump);
        w.Write(a.Title);
        w.Write(a.Slug);
        w.Write(a.Url);
        WriteDate(w, a.Date);
        WriteOptionalDate(w, a.Updated);
        w.Write(a.Lang);
        WriteList(w, a.Tags, static (w, t) => { w.Write(t.Slug); w.Write(t.Name); WriteOptional(w, t.Alias); });
        w.Write(a.Summary);
        w.WriteHash(a.Body.Hash);
        w.Write(a.Body.Length);
        if (withBody) w.Write(a.Body.Utf8);
        w.Write(a.WordCount);
        WriteList(w, a.Authors, static (w, author) => { w.Write(author.Slug); w.Write(author.Name); });
        WriteOptionalDate(w, a.Expires);
        w.Write(a.Image is not null);
        if (a.Image is { } image)
        {
            w.Write(image.Url); w.Write(image.Length); w.Write(image.MediaType);
            WriteOptional(w, image.Alt); WriteOptional(w, image.Caption); WriteOptional(w, image.Credit);
            w.Write(image.Width); w.Write(image.Height); WriteOptional(w, image.Source);
        }
        WriteList(w, a.AliasUrls, WriteText);
        w.Write(a.Draft);
    }

    private static Article ReadArticle(BinaryReader r, string relative, KeptBodies bodies)
    {
        var matter = ReadFrontMatter(r);
        // The document is filled in by Find, from this build's scan of input/.
        var page = new ParsedDocument(new SourceDocument("", relative, DocumentKind.MarkdownPage), matter, "", r.ReadInt32(), r.ReadBoolean());
        return new Article
        {
            Page = page,
            Title = r.ReadString(),
            Slug = r.ReadString(),
            Url = r.ReadString(),
            Date = ReadDate(r),
            Updated = ReadOptionalDate(r),
            Lang = r.ReadString(),
            Tags = ReadList(r, static r => new Tag(r.ReadString(), r.ReadString()) { Alias = ReadOptional(r) }),
            Summary = r.ReadString(),
            Body = bodies.Next(r),
            WordCount = r.ReadInt32(),
            Authors = ReadList(r, static r => new Author(r.ReadString(), r.ReadString())),
            Expires = ReadOptionalDate(r),
            Image = r.ReadBoolean() ? new ArticleImage(r.ReadString(), r.ReadInt64(), r.ReadString())
            {
                Alt = ReadOptional(r), Caption = ReadOptional(r), Credit = ReadOptional(r),
                Width = r.ReadInt32(), Height = r.ReadInt32(), Source = ReadOptional(r),
            } : null,
            AliasUrls = ReadList(r, ReadText),
            Draft = r.ReadBoolean(),
        };
    }

    private static void WriteFrontMatter(BinaryWriter w, FrontMatter m)
    {
        w.Write(m.Title);
        WriteOptionalDate(w, m.Date);
        WriteOptionalDate(w, m.Updated);
        WriteOptional(w, m.Lang);
        WriteList(w, m.Tags, WriteText);
        WriteOptional(w, m.Summary);
        WriteOptional(w, m.Slug);
        WriteList(w, m.Authors, WriteText);
        WriteOptionalDate(w, m.Expires);
        WriteOptional(w, m.Image);
        WriteOptional(w, m.ImageAlt);
        WriteOptional(w, m.ImageCaption);
        WriteOptional(w, m.ImageCredit);
        w.Write(m.Draft);
        WriteList(w, m.Aliases, WriteText);
        WriteOptional(w, m.Source);
        WriteOptional(w, m.Prev);
        WriteOptional(w, m.Next);
        WriteOptional(w, m.TranslationKey);
        WriteList(w, m.Params.ToList(), static (w, p) => { w.Write(p.Key); w.Write(p.Value); });
    }

    private static FrontMatter ReadFrontMatter(BinaryReader r) => new()
    {
        Title = r.ReadString(),
        Date = ReadOptionalDate(r),
        Updated = ReadOptionalDate(r),
        Lang = ReadOptional(r),
        Tags = ReadList(r, ReadText),
        Summary = ReadOptional(r),
        Slug = ReadOptional(r),
        Authors = ReadList(r, ReadText),
        Expires = ReadOptionalDate(r),
        Image = ReadOptional(r),
        ImageAlt = ReadOptional(r),
        ImageCaption = ReadOptional(r),
        ImageCredit = ReadOptional(r),
        Draft = r.ReadBoolean(),
        Aliases = ReadList(r, ReadText),
        Source = ReadOptional(r),
        Prev = ReadOptional(r),
        Next = ReadOptional(r),
        TranslationKey = ReadOptional(r),
        Params = new SortedDictionary<string, string>(ReadList(r, static r => KeyValuePair.Create(r.ReadString(), r.ReadString()))
            .ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
    };

    // The writer and reader are passed in, so the item functions are static: no delegate made per list and article.
    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var items = new List<T>(r.ReadInt32());
        for (var i = items.Capacity; i > 0; i--) items.Add(read(r));
        return items;
    }

    private static void WriteText(BinaryWriter w, string text) => w.Write(text);

    private static string ReadText(BinaryReader r) => r.ReadString();

    private static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteDate(BinaryWriter w, DateTimeOffset date)
    {
        w.Write(date.Ticks);
        w.Write((short)date.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadDate(BinaryReader r) => new(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16()));

    private static void WriteOptionalDate(BinaryWriter w, DateTimeOffset? date)
    {
        w.Write(date.HasValue);
        if (date is { } d) WriteDate(w, d);
    }

    private static DateTimeOffset? ReadOptionalDate(BinaryReader r) => r.ReadBoolean() ? ReadDate(r) : null;
}
