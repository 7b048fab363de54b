using System.CommandLine;
using StaticNews.Commands;
using StaticNews.Load;
using StaticNews.Model;

// The command line: thin; every command calls the flow in SiteBuilder.
var input = new Option<string>("--input") { Description = "The folder of news documents and site.yml.", DefaultValueFactory = _ => "input" };
var output = new Option<string>("--output") { Description = "Where the site is published.", DefaultValueFactory = _ => "output" };
var baseUrl = new Option<string?>("--base-url") { Description = "Overrides site.yml's baseUrl, e.g. https://example.org/news/." };
var drafts = new Option<bool>("--drafts") { Description = "Publish drafts too." };
var keepGoing = new Option<bool>("--keep-going") { Description = "Publish the good documents when some are bad, list the skipped ones, exit 3." };
var now = new Option<string?>("--now") { Description = "The build's 'now' (ISO 8601); default SOURCE_DATE_EPOCH, else the clock." };

var build = new Command("build", "Build input/ into output/ (the default command).") { input, output, baseUrl, drafts, keepGoing, now };
build.SetAction(result => Options(result, result.GetValue(output)!) is { } options
    ? BuildCommand.Run(options, Console.Out, Console.Error) : ExitCodes.Usage);

var importOutput = new Option<string>("--output") { Description = "Folder for the imported .md pages (required: an import never lands in the published site).", Required = true };
var import = new Command("import", "Write each raw dump as a Markdown page with front matter, for editors to review.") { input, importOutput, now };
import.SetAction(result => Options(result, result.GetValue(importOutput)!) is { } options
    ? ImportCommand.Run(options, Console.Out, Console.Error) : ExitCodes.Usage);

var root = new RootCommand("StaticNews: a static-site generator for news.") { build, import };
root.SetAction(_ => BuildCommand.Run(Options(null, "output")!, Console.Out, Console.Error));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run with --help for the commands and their options.");
    return ExitCodes.Usage;
}
return parsed.Invoke();

BuildOptions? Options(ParseResult? result, string outputDir)
{
    try
    {
        var clock = BuildNow.Resolve(result?.GetValue(now), Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), TimeProvider.System);
        Uri? url = null;
        if (result?.GetValue(baseUrl) is { } text && (url = ReadSiteConfig.ParseBaseUrl(text)) is null)
            throw new ArgumentException($"--base-url must be an absolute http(s) URL, not `{text}`.");
        return new BuildOptions(result?.GetValue(input) ?? "input", outputDir, clock, url,
            result?.GetValue(drafts) ?? false, result?.GetValue(keepGoing) ?? false);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return null;
    }
}
