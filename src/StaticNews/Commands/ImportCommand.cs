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
        try
        {
            // Drafts and future stories are imported too: holding them back is the build's business. The articles
            // keep their dump's paragraphs, which the pages are written from.
            articles = SiteBuilder.Model(options with { Drafts = true, Future = true, KeepSource = true }, problems).Site.Articles;
        }
        catch (InputException e)
        {
            problems.AddRange(e.Diagnostics);
            articles = [];
        }
        foreach (var problem in problems.DistinctBy(p => p.ToString())) errors.WriteLine(problem);
        if (problems.Any(p => p.Severity == Severity.Error)) return ExitCodes.Failed;

        Directory.CreateDirectory(options.OutputDir);
        SchemaFiles.Refresh(options.InputDir); // what the pages' modelines point at
        var record = ImportRecord.Read(options.OutputDir);
        var (written, kept) = (0, 0);
        foreach (var article in articles.Where(a => a.Page.FromDump))
        {
            // The dump's path below the input folder, so two dumps of one name in two folders never share a page.
            var name = Path.ChangeExtension(article.Page.Document.RelativePath, ".md");
            var path = Path.Combine(options.OutputDir, name);
            var text = ImportedPage.Write(article, ReadDump.MarkdownOf(article.Page), SchemaFiles.Modeline(path, options.InputDir, Model.Keys.KeySchema.FrontMatterFile));
            switch (record.Compare(name, path, text))
            {
                case ImportRecord.State.Same:
                    record.Wrote(name, text);
                    continue; // idempotent: unchanged files keep their times
                case ImportRecord.State.EditedSince:
                    kept++;
                    errors.WriteLine(Diagnostic.Warning(DiagnosticCode.EditedSinceImport, name, "was changed since the last import; it is kept as it is.",
                        $"Delete `{name}` in {options.OutputDir} to import its dump again."));
                    continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            record.Wrote(name, text);
            written++;
        }
        record.Save(options.OutputDir);
        output.WriteLine($"Imported {articles.Count(a => a.Page.FromDump)} dumps into {Printable.Text(options.OutputDir)} " +
                         $"({written} written, {kept} kept as edited, the rest unchanged).");
        return ExitCodes.Success;
    }
}
