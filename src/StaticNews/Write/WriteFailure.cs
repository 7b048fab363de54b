using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>A file-system failure while a generation is written, told as a diagnostic that names the path, not as a stack trace.</summary>
public static class WriteFailure
{
    private const int NoSpace = 28; // ENOSPC, the errno .NET keeps as HResult on Unix
    private const int NoSpaceWindows = unchecked((int)0x80070070);

    /// <summary>Runs <paramref name="write"/>, naming <paramref name="path"/> in the exception it throws.</summary>
    public static T Naming<T>(string path, Func<T> write)
    {
        try { return write(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not WrittenFileException)
        {
            throw new WrittenFileException(path, e);
        }
    }

    /// <summary>The diagnostic for a failure of the file system; null for anything else (a bug, which must surface).</summary>
    public static Diagnostic? Explain(Exception exception)
    {
        var e = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        var path = e is WrittenFileException written ? written.Path : null;
        var cause = e is WrittenFileException ? e.InnerException! : e;
        if (cause is not (IOException or UnauthorizedAccessException)) return null;
        var message = cause.HResult is NoSpace or NoSpaceWindows
            ? $"no space left on device while writing {path ?? "the site"}; output was left as it was."
            : $"could not write the site{(path is null ? "" : $" at `{path}`")}: {cause.Message}";
        return Diagnostic.Error(DiagnosticCode.WriteFailed, path ?? "output", message, "Free space or fix the folder's permissions, then build again.");
    }

    /// <summary>A write that failed, with the output path it was writing.</summary>
    public sealed class WrittenFileException(string path, Exception inner) : IOException(inner.Message, inner)
    {
        public string Path { get; } = path;
    }
}
