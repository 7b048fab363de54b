using Microsoft.AspNetCore.Http;

namespace StaticNews.Serve;

/// <summary>
/// The preview answers only requests addressed to itself by name: a web page elsewhere that rebinds its own DNS
/// name to 127.0.0.1 sends its own <c>Host</c>, and must not read the drafts.
/// </summary>
public static class LocalHost
{
    public static bool Allows(HttpContext context, IReadOnlyCollection<string> hosts) =>
        hosts.Contains(context.Request.Host.Value ?? "", StringComparer.OrdinalIgnoreCase);

    public static Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("The StaticNews preview answers only http://127.0.0.1 and http://localhost on its port.\n");
    }
}
