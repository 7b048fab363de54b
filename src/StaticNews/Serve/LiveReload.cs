using Microsoft.AspNetCore.Http;

namespace StaticNews.Serve;

/// <summary>
/// Tells open pages to reload after each rebuild, over server-sent events. The script that listens is added to
/// pages as they are served, never written into a site, and names the build the page was served from: a page
/// whose stream opens after another build (a save right after the last reload, or a tab left open while serve was
/// restarted) is told to reload at once.
/// </summary>
/// <param name="stopping">The server's shutdown: open streams end with it, so stopping never waits for a browser tab.</param>
public sealed class LiveReload(CancellationToken stopping)
{
    public const string EventsPath = "/__staticnews/events";
    public const string ScriptPath = "/__staticnews/reload.js";

    /// <summary>Added before <c>&lt;/body&gt;</c> of every HTML page the preview serves: a file of its own, so the
    /// site's Content-Security-Policy (<c>script-src 'self'</c>, no inline script) holds in the preview too.</summary>
    public string Script => $"<script src=\"{ScriptPath}?built={Interlocked.Read(ref _built)}\"></script>";

    /// <summary>What <see cref="ScriptPath"/> serves: it passes on the build its page came from.</summary>
    public const string ScriptSource = "new EventSource(\"" + EventsPath + "?built=\" + (new URL(document.currentScript.src).searchParams.get(\"built\") ?? \"\"))"
        + ".addEventListener(\"reload\", () => location.reload());\n";

    private TaskCompletionSource _next = NewSignal();
    private long _built;
    private readonly Lock _lock = new();

    /// <summary>Wakes every waiting page.</summary>
    public void Notify()
    {
        TaskCompletionSource done;
        lock (_lock)
        {
            done = _next;
            _next = NewSignal();
            Interlocked.Increment(ref _built);
        }
        done.TrySetResult();
    }

    /// <summary>Holds one page's event stream open, sending <c>reload</c> after each rebuild until the page goes away.</summary>
    public async Task Stream(HttpContext context)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var done = either.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync("retry: 500\n\n", done);
            await context.Response.Body.FlushAsync(done);
            Task next;
            long built;
            lock (_lock) (next, built) = (_next.Task, _built);
            // The page came from another build than the last: one before it, whose reload was sent before this stream
            // opened, or one of an earlier run of serve, whose stream reconnects here.
            if (long.TryParse(context.Request.Query["built"], out var served) && served != built) next = Task.CompletedTask;
            while (!done.IsCancellationRequested)
            {
                await next.WaitAsync(done);
                await context.Response.WriteAsync("event: reload\ndata: built\n\n", done);
                await context.Response.Body.FlushAsync(done);
                lock (_lock) next = _next.Task;
            }
        }
        catch (OperationCanceledException)
        {
            // the page was closed or reloaded, or the server is stopping
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
