using StaticNews.Model;

namespace StaticNews.Serve;

/// <summary>
/// Watches input/ and the theme, and rebuilds the preview once a burst of saves has settled, telling the build
/// which files the events named. Razor components are compiled into the program, so a change to one is reported
/// rather than rebuilt.
/// </summary>
public sealed class RebuildOnChange : IDisposable
{
    /// <summary>An editor's save is a burst of events within a few milliseconds (write, rename, attributes).</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);
    private readonly PreviewBuild _build;
    private readonly string _inputDir;
    private readonly PreviewSite _site;
    private readonly LiveReload _reload;
    private readonly TextWriter _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _changes = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    /// <summary>An event was lost (the kernel's queue overflowed): the next build scans input/ again.</summary>
    private bool _lost = true;
    private int _builds; // the first says "Built", the others "Rebuilt"
    private volatile TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RebuildOnChange(PreviewBuild build, string inputDir, string? themeDir, PreviewSite site, LiveReload reload, TextWriter log)
    {
        (_build, _inputDir, _site, _reload, _log) = (build, inputDir, site, reload, log);
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
            var (report, files) = BuildOrReport(TakeChanges());
            _site.Built(report, files);
            foreach (var problem in report.Diagnostics) _log.WriteLine(problem);
            _log.WriteLine(report.Published
                ? $"{(_builds++ == 0 ? "Built" : "Rebuilt")} {report.Site!.Articles.Count} article{(report.Site.Articles.Count == 1 ? "" : "s")} in {report.Elapsed.TotalSeconds:0.00} s."
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
    private (BuildReport, PreviewFiles?) BuildOrReport(IReadOnlyCollection<string>? changed)
    {
        try
        {
            var result = _build.Run(changed);
            return (result.Report, result.Files);
        }
        catch (Exception e)
        {
            lock (_changes) _lost = true; // what the failed build had taken in is not known to be built
            return (PreviewSite.Unexpected(_inputDir, "failed unexpectedly", e), null);
        }
    }

    /// <summary>The paths named since the last build; null when an event was lost, so input/ must be scanned.</summary>
    private HashSet<string>? TakeChanges()
    {
        lock (_changes)
        {
            var (changed, lost) = (_changed, _lost);
            (_changed, _lost) = (new HashSet<string>(StringComparer.Ordinal), false);
            return lost ? null : changed;
        }
    }

    private void Changed(object sender, FileSystemEventArgs e)
    {
        lock (_changes)
        {
            _changed.Add(e.FullPath);
            if (e is RenamedEventArgs renamed) _changed.Add(renamed.OldFullPath);
        }
        Saved();
    }

    private void Lost(object sender, ErrorEventArgs e)
    {
        lock (_changes) _lost = true;
        Saved();
    }

    private void Saved()
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
        watcher.Error += Lost;
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
