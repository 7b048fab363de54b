using System.Text.Json;
using StaticNews.Model;

namespace StaticNews.Commands;

/// <summary>
/// How <c>check</c> prints its diagnostics: for a person (<c>text</c>), as GitHub Actions annotations on the changed
/// file (<c>github</c>), in the form MSBuild, Azure DevOps and most IDEs read (<c>msbuild</c>), or one JSON object a
/// line (<c>json</c>). Every form carries the problem's stable code.
/// </summary>
public static class DiagnosticFormat
{
    public static readonly string[] Names = ["text", "github", "msbuild", "json"];

    /// <param name="inputDir">The input folder as given: diagnostics name files below it, CI wants them from the repository's root.</param>
    public static string Write(Diagnostic diagnostic, string format, string inputDir) => format switch
    {
        "github" => GitHub(diagnostic, PathOf(diagnostic, inputDir)),
        "msbuild" => MsBuild(diagnostic, PathOf(diagnostic, inputDir)),
        "json" => Json(diagnostic, PathOf(diagnostic, inputDir)),
        _ => diagnostic.ToString(),
    };

    private static string Kind(Diagnostic d) => d.Severity == Severity.Error ? "error" : "warning";

    /// <summary><c>::error file=…,line=…,col=…,title=SN2002::message</c>, escaped as the runner's command syntax asks.</summary>
    private static string GitHub(Diagnostic d, string path)
    {
        var properties = $"file={Property(Printable.Text(path))}";
        if (d.Line is { } line) properties += $",line={line}";
        if (d.Column is { } column) properties += $",col={column}";
        return $"::{Kind(d)} {properties},title={Property(d.Code.Id)}::{Data(Printable.Text(d.Text))}";
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary><c>file(line,col): error SN2002: message</c>.</summary>
    private static string MsBuild(Diagnostic d, string path)
    {
        var where = d.Line is { } line ? d.Column is { } column ? $"{path}({line},{column})" : $"{path}({line})" : path;
        return Printable.Text($"{where}: {Kind(d)} {d.Code.Id}: {d.Text}");
    }

    private static string Json(Diagnostic d, string path)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("severity", Kind(d));
            json.WriteString("code", d.Code.Id);
            json.WriteString("file", path);
            if (d.Line is { } line) json.WriteNumber("line", line);
            if (d.Column is { } column) json.WriteNumber("column", column);
            json.WriteString("message", d.Message);
            if (d.Fix is { } fix) json.WriteString("fix", fix);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string PathOf(Diagnostic d, string inputDir) =>
        Path.IsPathRooted(d.File) ? d.File : Path.Join(inputDir, d.File).Replace('\\', '/');
}
