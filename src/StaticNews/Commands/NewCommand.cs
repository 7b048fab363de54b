using System.Globalization;
using StaticNews.Enrich;
using StaticNews.Load;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Text;

namespace StaticNews.Commands;

/// <summary><c>new "Title" [--tags a,b]</c>: starts an article at <c>input/&lt;yyyy&gt;/&lt;slug&gt;.md</c>, dated now in the site's time zone.</summary>
public static class NewCommand
{
    public static int Run(string inputDir, string title, IReadOnlyList<string> tags, DateTimeOffset now, TextWriter output, TextWriter errors)
    {
        // The build refuses a page without a headline: new must not write one.
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.WriteLine("error: the title is empty. Give the headline in quotes: new \"Gipfel in Brüssel\".");
            return ExitCodes.Usage;
        }
        var problems = new List<Diagnostic>();
        SiteConfig config;
        try
        {
            config = ReadSiteConfig.Run(ScanInput.Run(inputDir, problems).SiteConfigPath, problems);
        }
        catch (InputException e)
        {
            foreach (var problem in e.Diagnostics) errors.WriteLine(problem);
            return ExitCodes.Failed;
        }
        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var date = new DateTimeOffset(local.DateTime.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond)), local.Offset);
        var relative = $"{local.Year.ToString(CultureInfo.InvariantCulture)}/{Slug.From(title)}.md";
        var path = Path.Combine(inputDir, relative);
        if (File.Exists(path))
        {
            errors.WriteLine($"{relative}: error: the file already exists; new never overwrites an article. Choose another title or edit that file.");
            return ExitCodes.Failed;
        }
        KeyValuePair<string, object>[] matter = [new("title", title), new("date", IsoDate.Format(date)), new("tags", tags.ToList())];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SchemaFiles.Refresh(inputDir); // what the modeline points at
        var modeline = SchemaFiles.Modeline(path, inputDir, Model.Keys.KeySchema.FrontMatterFile);
        File.WriteAllText(path, FrontMatterText.Page(matter, modeline, "The lead: what happened, where, and why it matters.\n"));
        output.WriteLine($"Created {Model.Printable.Text(Path.Combine(inputDir, relative))}");
        return ExitCodes.Success;
    }
}
