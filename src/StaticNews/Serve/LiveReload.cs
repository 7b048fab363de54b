using Microsoft.AspNetCore.Http;

namespace StaticNews.Serve;

/// <summary>
/// Tells open pages to reload after each rebuild, over server-sent events. The script that listens is added to
/// pages as they are served, never written into a site.
/// </summary>
/// <param name="stopping">The server's shutdown: open streams end with it, so stopping never waits for a browser tab.</param>
public sealed class LiveReload(CancellationToken stopping)
{
    public const string EventsPath = "/__staticnews/events";
    public const string ScriptPath = "/__staticnews/reload.js";

    /// <summary>Added before <c>&lt;/body&gt;</c> of every HTML page the preview serves: a file of its own, so the
    /// site's Content-Security-Policy (<c>script-src 'self'</c>, no inline script) holds in the preview too.</summary>
    public const string Script = "<script src=\"" + ScriptPath + "\"></script>";

    /// <summary>What <see cref="ScriptPath"/> serves.</summary>
    public const string ScriptSource = "new EventSource(\"" + EventsPath + "\").addEventListener(\"reload\", () => location.reload());\n";

    private TaskCompletionSource _next = NewSignal();
    private readonly Lock _lock = new();

    /// <summary>Wakes every waiting page.</summary>
    public void Notify()
    {
        TaskCompletionSource done;
        lock (_lock)
        {
            done = _next;
            _next = NewSignal();
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
            while (!done.IsCancellationRequested)
            {
                Task next;
                lock (_lock) next = _next.Task;
                await next.WaitAsync(done);
                await context.Response.WriteAsync("event: reload\ndata: built\n\n", done);
                await context.Response.Body.FlushAsync(done);
            }
        }
        catch (OperationCanceledException)
        {
            // the page was closed or reloaded, or the server is stopping
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
