using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>Reads a document, a Markdown page or a raw dump, into a <see cref="ParsedDocument"/>, or says what is wrong with it; never throws for bad input.</summary>
public sealed class ParseDocuments(SiteConfig config)
{
    private readonly MarkdownPageParser _markdownPages = new(new FrontMatterReader(config.TimeZone));
    private readonly ReadDump _readDump = new(new FrontMatterReader(config.TimeZone), config.TimeZone);

    public ParsedDocument? ParseOne(SourceDocument document, ICollection<Diagnostic> problems)
    {
        try
        {
            var buffer = Read(document, out var length);
            try
            {
                var bytes = buffer.AsSpan(0, length);
                return document.Kind switch
                {
                    DocumentKind.RawDump => _readDump.Run(document, DumpParser.Parse(bytes, document.RelativePath, problems), problems),
                    _ => _markdownPages.Parse(document, InputText.Decode(bytes, document.RelativePath, problems), problems),
                };
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (InputException e)
        {
            foreach (var problem in e.Diagnostics) problems.Add(problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.FileUnreadable, document.RelativePath, $"cannot read the file: {e.Message}", "Check that it exists and is readable."));
        }
        return null;
    }

    /// <summary>Far more than any story (a long one is 100 KiB); a larger file is a scrape gone wrong, and would cost gigabytes in feeds and pages.</summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The file's bytes in a pooled buffer: the bytes are decoded at once, and a buffer the thread used for the
    /// document before is still in the processor's cache, where a new array would be fresh memory to clear and fault in.
    /// </summary>
    /// <returns>The rented buffer; give it back to <see cref="System.Buffers.ArrayPool{T}.Shared"/>.</returns>
    private static byte[] Read(SourceDocument document, out int length)
    {
        var path = document.RelativePath;
        using var file = File.OpenHandle(document.Path);
        var size = RandomAccess.GetLength(file);
        if (size > MaxDocumentBytes)
            throw new InputException(Diagnostic.Error(DiagnosticCode.TooLarge, path, $"the document is {size / (1024 * 1024)} MiB; a document may have at most {MaxDocumentBytes / (1024 * 1024)} MiB.",
                "Split it into several stories, or remove what is not the story (scraped page chrome, embedded data).", line: 1));
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)size);
        length = 0;
        for (int read; length < size && (read = RandomAccess.Read(file, buffer.AsSpan(length, (int)size - length), length)) > 0;) length += read;
        return buffer;
    }
}
