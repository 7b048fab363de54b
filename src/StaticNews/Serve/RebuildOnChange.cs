using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// Watches input/ and the theme, and rebuilds the preview once a burst of saves has settled. Razor components
/// are compiled into the program, so a change to one is reported rather than rebuilt.
/// </summary>
public sealed class RebuildOnChange : IDisposable
{
    /// <summary>An editor's save is a burst of events within a few milliseconds (write, rename, attributes).</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);
    private readonly BuildOptions _options;
    private readonly PreviewSite _site;
    private readonly LiveReload _reload;
    private readonly TextWriter _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Incremental.ArticleMemory _memory = new();
    private volatile TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RebuildOnChange(BuildOptions options, string inputDir, string? themeDir, PreviewSite site, LiveReload reload, TextWriter log)
    {
        (_options, _site, _reload, _log) = (options, site, reload, log);
        _timer = new Timer(_ => RebuildNow());
        Watch(inputDir, "*", Changed);
        if (themeDir is not null && Directory.Exists(themeDir))
        {
            Watch(Path.Combine(themeDir, "assets"), "*", Changed);
            Watch(themeDir, "*.razor", (_, e) => _log.WriteLine(
                $"Theme component {Printable.Text(e.Name ?? "")} changed: Razor is compiled into StaticNews, so stop serve and run it again to see it."));
        }
    }

    public Task Settled() => _settled.Task;

    /// <summary>Builds at once, without waiting for the pause after the last save: the first build, and the timer's.</summary>
    public void RebuildNow()
    {
        _building.Wait();
        try
        {
            var report = BuildOrReport();
            _site.Built(report);
            foreach (var problem in report.Diagnostics) _log.WriteLine(problem);
            _log.WriteLine(report.Published
                ? $"Rebuilt {report.Site!.Articles.Count} article{(report.Site.Articles.Count == 1 ? "" : "s")} in {report.Elapsed.TotalSeconds:0.00} s."
                : $"Build failed with {report.Errors.Count()} error(s); the browser shows them until they are fixed.");
            _reload.Notify();
        }
        finally
        {
            _building.Release();
            _settled.TrySetResult();
        }
    }

    /// <summary>The build; a failure that is not the content's (a bug, the disk) shows on the error page too, and serve keeps running.</summary>
    private BuildReport BuildOrReport()
    {
        try
        {
            return SiteBuilder.Build(_options with { Now = DateTimeOffset.UtcNow }, memory: _memory);
        }
        catch (Exception e)
        {
            var problem = Diagnostic.Error(DiagnosticCode.Unexpected, _options.InputDir, $"StaticNews failed unexpectedly ({e.GetType().Name}: {e.Message}).",
                "Save again to retry; if it stays, please report it.");
            return new BuildReport([problem], null, 0, TimeSpan.Zero, Published: false);
        }
    }

    private void Changed(object sender, FileSystemEventArgs e)
    {
        _settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private void Watch(string folder, string filter, FileSystemEventHandler handler)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += handler;
        watcher.Created += handler;
        watcher.Deleted += handler;
        watcher.Renamed += (sender, e) => handler(sender, e);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
        _building.Wait();
        _building.Dispose();
    }
}
