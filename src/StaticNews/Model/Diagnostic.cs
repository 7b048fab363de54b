namespace StaticNews.Model;

/// <summary>How bad a problem in the input is: an error stops the publish, a warning does not.</summary>
public enum Severity { Warning, Error }

/// <summary>A problem found in one input file, with where it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, int? Column, string Message, string? Fix = null)
{
    public static Diagnostic Error(string file, string message, string? fix = null, int? line = null, int? column = null) =>
        new(Severity.Error, file, line, column, message, fix);

    public static Diagnostic Warning(string file, string message, string? fix = null, int? line = null, int? column = null) =>
        new(Severity.Warning, file, line, column, message, fix);

    /// <summary>The compiler-style form editors and CI logs know: <c>file:line:col: error: message</c>, on one line, control characters escaped.</summary>
    public override string ToString() => Printable.Text(Raw());

    private string Raw()
    {
        var where = File;
        if (Line is { } line) where += Column is { } column ? $":{line}:{column}" : $":{line}";
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Fix is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} {Fix}";
    }
}

/// <summary>Thrown by a step that cannot go on; carries every problem found so far.</summary>
public sealed class InputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
