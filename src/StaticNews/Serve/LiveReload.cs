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

    /// <summary>Added before <c>&lt;/body&gt;</c> of every HTML page the preview serves.</summary>
    public const string Script =
        "<script>new EventSource(\"" + EventsPath + "\").addEventListener(\"reload\", () => location.reload());</script>";

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
