using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticNews.Render.Search;

/// <summary>
/// Pagefind's service mode (<c>pagefind --service</c>), the channel its own Node and Python libraries use: each
/// message a JSON object <c>{message_id, payload}</c>, base64-encoded and ended by a comma, over standard input
/// and output. StaticNews hands it the articles it already holds instead of letting it re-read 10,000 HTML files.
/// </summary>
public sealed class PagefindService : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _incoming = new();
    private readonly char[] _buffer = new char[1 << 16];
    private int _nextId;

    private PagefindService(Process process) => _process = process;

    /// <exception cref="SearchIndexException">The program cannot be started.</exception>
    public static PagefindService Start(string binary)
    {
        var start = new ProcessStartInfo(binary, ["--service"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            var process = Process.Start(start) ?? throw new SearchIndexException($"`{binary}` did not start.");
            _ = process.StandardError.ReadToEndAsync(); // drained: a chatty program never blocks on a full pipe
            return new PagefindService(process);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SearchIndexException($"`{binary}` cannot be started: {e.Message}");
        }
    }

    /// <summary>Sends one request and waits for its answer.</summary>
    /// <exception cref="SearchIndexException">Pagefind answered with an error, or stopped.</exception>
    public JsonObject Send(JsonObject payload)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["message_id"] = id, ["payload"] = payload };
        _process.StandardInput.Write(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.ToJsonString())) + ",");
        _process.StandardInput.Flush();
        while (true)
        {
            var answer = Receive();
            if (answer["payload"] is not JsonObject result) continue;
            if ((string?)result["type"] == "Error")
                throw new SearchIndexException($"Pagefind: {(string?)result["message"] ?? "an error"}");
            if ((int?)answer["message_id"] == id) return result;
        }
    }

    /// <summary>
    /// Sends many requests without waiting for each answer (one round trip per article cost 10,000 of them), then
    /// reads the answers; the writing runs beside the reading, so neither pipe fills up.
    /// </summary>
    /// <exception cref="SearchIndexException">Pagefind answered one of them with an error, or stopped.</exception>
    public void SendAll(IReadOnlyList<JsonObject> payloads)
    {
        var first = _nextId + 1;
        _nextId += payloads.Count;
        var writing = Task.Run(() =>
        {
            var input = _process.StandardInput;
            for (var i = 0; i < payloads.Count; i++)
            {
                var message = new JsonObject { ["message_id"] = first + i, ["payload"] = payloads[i] };
                input.Write(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.ToJsonString())));
                input.Write(',');
            }
            input.Flush();
        });
        try
        {
            for (var answered = 0; answered < payloads.Count;)
            {
                var answer = Receive();
                if (answer["payload"] is JsonObject result && (string?)result["type"] == "Error")
                    throw new SearchIndexException($"Pagefind: {(string?)result["message"] ?? "an error"}");
                if ((int?)answer["message_id"] is { } id && id >= first && id < first + payloads.Count) answered++;
            }
        }
        finally
        {
            try { writing.Wait(); } catch (AggregateException) { /* the reading side says what went wrong */ }
        }
    }

    private JsonObject Receive()
    {
        int comma;
        while ((comma = IndexOfComma()) < 0)
        {
            var read = _process.StandardOutput.Read(_buffer, 0, _buffer.Length);
            if (read == 0) throw new SearchIndexException("Pagefind stopped before it answered.");
            _incoming.Append(_buffer, 0, read);
        }
        var encoded = _incoming.ToString(0, comma);
        _incoming.Remove(0, comma + 1);
        return JsonNode.Parse(Convert.FromBase64String(encoded))!.AsObject();
    }

    private int IndexOfComma()
    {
        for (var i = 0; i < _incoming.Length; i++)
            if (_incoming[i] == ',') return i;
        return -1;
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}

/// <summary>The search index could not be made: the message names the program and what went wrong.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
