using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Commands;

/// <summary><c>import</c>: writes each raw dump as a front-matter page for editors to review.</summary>
public static class ImportCommand
{
    public static int Run(BuildOptions options, TextWriter output, TextWriter errors)
    {
        var problems = new List<Diagnostic>();
        IReadOnlyList<Article> articles;
        ParseDocuments parse;
        try
        {
            // Drafts and future stories are imported too: holding them back is the build's business.
            var (_, config, site) = SiteBuilder.Model(options with { Drafts = true, Future = true }, problems);
            articles = site.Articles;
            parse = new ParseDocuments(config);
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
            articles = [];
            parse = new ParseDocuments(new SiteConfig());
        }
        foreach (var problem in problems.DistinctBy(p => p.ToString())) errors.WriteLine(problem);
        if (problems.Any(p => p.Severity == Severity.Error)) return ExitCodes.Failed;

        Directory.CreateDirectory(options.OutputDir);
        var written = 0;
        foreach (var article in articles.Where(a => a.Page.FromDump))
        {
            var name = Path.ChangeExtension(Path.GetFileName(article.Page.Document.RelativePath), ".md");
            var path = Path.Combine(options.OutputDir, name);
            // The article keeps only its HTML; the Markdown body is read again, for this dump alone.
            var body = parse.ParseOne(article.Page.Document, problems) is { } page ? DumpPage.MarkdownOf(page) : "";
            var text = ImportedPage.Write(article, body);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue; // idempotent: unchanged files keep their times
            File.WriteAllText(path, text);
            written++;
        }
        output.WriteLine($"Imported {articles.Count(a => a.Page.FromDump)} dumps into {options.OutputDir} ({written} written, the rest unchanged).");
        return ExitCodes.Success;
    }
}
