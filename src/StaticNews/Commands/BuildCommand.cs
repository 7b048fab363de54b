using Spectre.Console;
using StaticNews.Model;

namespace StaticNews.Commands;

/// <summary>
/// <c>build</c>: input/ → output/, reporting every problem; exit 0, 1 or 3. On a terminal the steps show as
/// they run and the build ends with a summary table; in a CI log, plain lines.
/// </summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, TextWriter output, TextWriter errors, bool interactive = false)
    {
        if (Write.OutputFolder.Refusal(options.OutputDir, options.InputDir, options.Force, Environment.CurrentDirectory,
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is { } refusal)
        {
            errors.WriteLine($"error: {Printable.Text(refusal)}");
            return ExitCodes.Usage;
        }
        // The editors' schemas stay in step with this version's keys; a read-only input folder (CI) only misses that.
        if (Directory.Exists(options.InputDir) && SchemaFiles.Refresh(options.InputDir) is { } notRefreshed)
            errors.WriteLine($"warning: the JSON Schemas in {Printable.Text(Path.Combine(options.InputDir, SchemaFiles.Folder))} were not refreshed: {Printable.Text(notRefreshed)}");
        var report = interactive ? WithStatus(options) : SiteBuilder.Build(options, new Progress<string>(step => output.WriteLine($"{step}…")));
        foreach (var problem in report.Diagnostics) errors.WriteLine(problem);
        var errorCount = report.Errors.Count();
        if (!report.Published)
        {
            errors.WriteLine($"Build failed with {errorCount} error(s); {Printable.Text(options.OutputDir)} was left as it was.");
            return ExitCodes.Failed;
        }
        if (interactive) AnsiConsole.Write(Summary(report, options));
        else output.WriteLine(PlainSummary(report, options));
        output.WriteLine(ScheduleLine(report.Site!));
        if (errorCount == 0) return ExitCodes.Success;
        errors.WriteLine($"--keep-going: {errorCount} problem(s) above were skipped; the rest was published.");
        return ExitCodes.PartlyPublished;
    }

    /// <summary>A terminal that a person watches: not redirected, not a CI job.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    public static string PlainSummary(BuildReport report, BuildOptions options) =>
        $"Published {Count(report.Site!.Articles.Count, "article")}, {Count(report.Site.Tags.Count, "tag")}, {Count(report.Pages, "page")}, {Count(report.Feeds, "feed")} " +
        $"({Count(report.FilesWritten, "file")}) to {Printable.Text(options.OutputDir)} in {report.Elapsed.TotalSeconds:0.00} s; {Count(report.Warnings.Count(), "warning")}.";

    /// <summary>When to build again without an edit, so a newsroom can set its cron job to it.</summary>
    public static string ScheduleLine(Site site)
    {
        if (site.NextChange is not { } next) return "Next scheduled change: none (no story is waiting for its date or expiry).";
        var zone = site.Config.TimeZone;
        var local = TimeZoneInfo.ConvertTime(next.When, zone);
        return $"Next scheduled change: {local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} ({zone.Id}), " +
               $"`{Printable.Text(next.File)}` is {(next.Publishes ? "published" : "taken down")}.";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static BuildReport WithStatus(BuildOptions options)
    {
        BuildReport? report = null;
        AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Starting", context =>
            report = SiteBuilder.Build(options, new SynchronousProgress(step => context.Status(Markup.Escape(step)))));
        return report!;
    }

    private static Table Summary(BuildReport report, BuildOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Published to {Markup.Escape(options.OutputDir)}");
        table.AddColumn("Pages").AddColumn("Articles").AddColumn("Tags").AddColumn("Feeds").AddColumn("Warnings").AddColumn("Time");
        table.AddRow($"{report.Pages}", $"{report.Site!.Articles.Count}", $"{report.Site.Tags.Count}", $"{report.Feeds}",
            $"{report.Warnings.Count()}", $"{report.Elapsed.TotalSeconds:0.00} s");
        return table;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
