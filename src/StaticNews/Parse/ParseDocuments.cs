using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>Reads a document into a front-matter page, or says what is wrong with it; never throws for bad input.</summary>
public sealed class ParseDocuments(SiteConfig config)
{
    private readonly MarkdownPageParser _markdownPages = new(new FrontMatterReader(config.TimeZone));
    private readonly DumpPage _dumpPages = new(new FrontMatterReader(config.TimeZone), config.TimeZone);

    public FrontMatterPage? ParseOne(SourceDocument document, ICollection<Diagnostic> problems)
    {
        try
        {
            var bytes = File.ReadAllBytes(document.Path);
            return document.Kind switch
            {
                DocumentKind.RawDump => _dumpPages.Create(document, DumpParser.Parse(bytes, document.RelativePath), problems),
                _ => _markdownPages.Parse(document, DumpText.Decode(bytes, document.RelativePath), problems),
            };
        }
        catch (InputException e)
        {
            foreach (var problem in e.Diagnostics) problems.Add(problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(document.RelativePath, $"cannot read the file: {e.Message}", "Check that it exists and is readable."));
        }
        return null;
    }
}
