using System.Collections.Concurrent;
using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>Reads every document into a front-matter page, on all cores, reporting every bad file rather than the first.</summary>
public sealed class ParseDocuments(SiteConfig config)
{
    private readonly MarkdownPageParser _markdownPages = new(new FrontMatterReader(config.TimeZone));
    private readonly DumpPage _dumpPages = new(new FrontMatterReader(config.TimeZone), config.TimeZone);

    public IReadOnlyList<FrontMatterPage> Run(IReadOnlyList<SourceDocument> documents, ICollection<Diagnostic> problems)
    {
        var pages = new FrontMatterPage?[documents.Count];
        var found = new ConcurrentBag<(int Index, List<Diagnostic> Problems)>();
        Parallel.For(0, documents.Count, i =>
        {
            var local = new List<Diagnostic>();
            pages[i] = ParseOne(documents[i], local);
            if (local.Count > 0) found.Add((i, local));
        });
        // Diagnostics in input order, whatever order the threads finished in.
        foreach (var (_, local) in found.OrderBy(f => f.Index))
            foreach (var problem in local) problems.Add(problem);
        return pages.OfType<FrontMatterPage>().ToList();
    }

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
