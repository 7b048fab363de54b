using StaticNews.Model;

namespace StaticNews.Commands;

/// <summary><c>build</c>: input/ → output/, reporting every problem; exit 0, 1 or 3.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, TextWriter output, TextWriter errors)
    {
        var report = SiteBuilder.Build(options);
        foreach (var problem in report.Diagnostics) errors.WriteLine(problem);
        var errorCount = report.Errors.Count();
        if (!report.Published)
        {
            errors.WriteLine($"Build failed with {errorCount} error(s); {options.OutputDir} was left as it was.");
            return ExitCodes.Failed;
        }
        var site = report.Site!;
        output.WriteLine($"Published {site.Articles.Count} articles, {site.Tags.Count} tags, {report.FilesWritten} files to {options.OutputDir} " +
                         $"in {report.Elapsed.TotalSeconds:0.00} s ({report.Warnings.Count()} warnings).");
        if (errorCount == 0) return ExitCodes.Success;
        errors.WriteLine($"--keep-going: {errorCount} problem(s) above were skipped; the rest was published.");
        return ExitCodes.PartlyPublished;
    }
}
