namespace StaticNews.Model;

/// <summary>How bad a problem in the input is: an error stops the publish, a warning does not.</summary>
public enum Severity { Warning, Error }

/// <summary>A problem found in one input file, with where it is, what kind it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, string File, int? Line, int? Column, string Message, string? Fix = null)
{
    public static Diagnostic Error(DiagnosticCode code, string file, string message, string? fix = null, int? line = null, int? column = null) =>
        new(Severity.Error, code, file, line, column, message, fix);

    public static Diagnostic Warning(DiagnosticCode code, string file, string message, string? fix = null, int? line = null, int? column = null) =>
        new(Severity.Warning, code, file, line, column, message, fix);

    /// <summary>The message and its fix, as one line.</summary>
    public string Text => Fix is null ? Message : $"{Message} {Fix}";

    /// <summary>
    /// The compiler-style form editors and CI logs know, <c>file:line:col: error: message fix [SN2002]</c>, on one
    /// line, control characters escaped.
    /// </summary>
    public override string ToString()
    {
        var where = File;
        if (Line is { } line) where += Column is { } column ? $":{line}:{column}" : $":{line}";
        return Printable.Text($"{where}: {(Severity == Severity.Error ? "error" : "warning")}: {Text} [{Code.Id}]");
    }
}

/// <summary>Thrown by a step that cannot go on; carries every problem found so far.</summary>
public sealed class InputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
