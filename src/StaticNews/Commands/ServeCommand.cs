using StaticNews.Serve;

namespace StaticNews.Commands;

/// <summary><c>serve</c>: the preview server, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static async Task<int> Run(string inputDir, int port, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        var theme = Directory.Exists("theme/assets") ? Path.GetFullPath("theme") : null;
        PreviewServer server;
        try
        {
            server = await PreviewServer.Start(inputDir, port, theme, output);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            errors.WriteLine($"error: port {port} is in use; pass another with --port.");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: cannot serve on 127.0.0.1:{port}: {Model.Printable.Text(e.Message)} Pass another port with --port.");
            return ExitCodes.Failed;
        }
        await using var running = server;
        output.WriteLine($"Serving a preview of {Model.Printable.Text(inputDir)} (drafts shown) at {server.Url} — Ctrl+C to stop.");
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, server.Stopping);
        try { await Task.Delay(Timeout.Infinite, either.Token); }
        catch (OperationCanceledException) { }
        output.WriteLine("Stopping the preview server.");
        return ExitCodes.Success;
    }
}
