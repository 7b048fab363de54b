using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace StaticNews.Tests;

/// <summary>Checks every published file is well-formed for the readers that will parse it.</summary>
public static class OutputChecks
{
    private static readonly HtmlParser StrictHtml = new(new HtmlParserOptions { IsStrictMode = true });

    /// <summary>Every HTML page parses without a single HTML5 parse error; every XML file parses; every path stays inside.</summary>
    public static void AllWellFormed(TestSite site)
    {
        var root = Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar;
        foreach (var file in site.OutputFiles())
        {
            var full = Path.GetFullPath(Path.Combine(site.Output, file));
            Assert.StartsWith(root, full, StringComparison.Ordinal);
            if (file.EndsWith(".html", StringComparison.Ordinal)) Html(site.Read(file), file);
            else if (file.EndsWith(".xml", StringComparison.Ordinal)) XDocument.Parse(site.Read(file));
            else if (file.EndsWith(".json", StringComparison.Ordinal)) System.Text.Json.JsonDocument.Parse(site.Read(file)).Dispose();
        }
    }

    public static void Html(string html, string file)
    {
        try
        {
            StrictHtml.ParseDocument(html).Dispose();
        }
        catch (HtmlParseException e)
        {
            Assert.Fail($"{file}:{e.Position.Line}:{e.Position.Column}: {(HtmlParseError)e.Code}: {e.Message}");
        }
    }
}
