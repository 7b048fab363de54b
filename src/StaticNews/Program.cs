using System.CommandLine;
using StaticNews.Commands;
using StaticNews.Model;

// The command line: thin; every command calls the flow in SiteBuilder.
var input = new Option<string>("--input") { Description = "The folder of news documents and site.yml.", DefaultValueFactory = _ => "input" };
var output = new Option<string>("--output") { Description = "Where the site is published.", DefaultValueFactory = _ => "output" };
var baseUrl = new Option<string?>("--base-url") { Description = "Overrides site.yml's baseUrl, e.g. https://example.org/news/." };
var drafts = new Option<bool>("--drafts") { Description = "Publish drafts too." };
var keepGoing = new Option<bool>("--keep-going") { Description = "Publish the good documents when some are bad, list the skipped ones, exit 3." };
var now = new Option<string?>("--now") { Description = "The build's 'now' (ISO 8601); default SOURCE_DATE_EPOCH, else the clock." };
var precompress = new Option<bool>("--precompress") { Description = "Write Brotli and gzip twins beside the text files (as precompress: true in site.yml)." };
var force = new Option<bool>("--force") { Description = "Replace an output folder StaticNews did not publish, or let --keep-going publish a site that lost most of its articles." };

var build = new Command("build", "Build input/ into output/ (the default command).") { input, output, baseUrl, drafts, keepGoing, now, force, precompress };
build.SetAction(result => Options(result, result.GetValue(output)!) is { } options
    ? BuildCommand.Run(options, Console.Out, Console.Error, BuildCommand.IsInteractive) : ExitCodes.Usage);

var importOutput = new Option<string>("--output") { Description = "Folder for the imported .md pages (required: an import never lands in the published site).", Required = true };
var import = new Command("import", "Write each raw dump as a Markdown page with front matter, for editors to review.") { input, importOutput, now };
import.SetAction(result => Options(result, result.GetValue(importOutput)!) is { } options
    ? ImportCommand.Run(options, Console.Out, Console.Error) : ExitCodes.Usage);

var port = new Option<int>("--port") { Description = "Port of the preview server on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
port.Validators.Add(PortNumber);
var serve = new Command("serve", "Preview the site with drafts, rebuilding and reloading the browser on every save.") { input, port };
serve.SetAction((result, stop) => ServeCommand.Run(result.GetValue(input)!, result.GetValue(port), Console.Out, Console.Error, stop));

var strict = new Option<bool>("--strict") { Description = "Warnings fail the check too (exit 1)." };
var format = new Option<string>("--format") { Description = "How problems are printed: text, github (Actions annotations), msbuild, json (one object a line).", DefaultValueFactory = _ => "text" };
format.AcceptOnlyFromAmong(DiagnosticFormat.Names);
var suggestedTags = new Option<bool>("--suggested-tags") { Description = "List the tags StaticNews suggests for each raw dump (otherwise counted in one line)." };
var check = new Command("check", "Validate the content without writing a site: errors exit 1, warnings 0 unless --strict.") { input, strict, now, format, suggestedTags };
check.SetAction(result => Options(result, "output") is { } options
    ? CheckCommand.Run(options, result.GetValue(strict), Console.Out, Console.Error, result.GetValue(format)!, result.GetValue(suggestedTags)) : ExitCodes.Usage);

var schemaKind = new Argument<string>("kind") { Description = "site (site.yml) or front-matter (pages, sidecars, imported pages)." };
schemaKind.AcceptOnlyFromAmong(SchemaCommand.Kinds);
var schema = new Command("schema", "Print the JSON Schema of site.yml or of front matter, for editors and CI.") { schemaKind };
schema.SetAction(result => SchemaCommand.Run(result.GetValue(schemaKind)!, Console.Out));

var title = new Argument<string>("title") { Description = "The headline of the new article." };
var tags = new Option<string?>("--tags") { Description = "Comma-separated tags, e.g. --tags NATO,Südkorea." };
var create = new Command("new", "Start an article at input/<yyyy>/<slug>.md, dated now in the site's time zone.") { title, tags, input, now };
create.SetAction(result => Options(result, "output") is { } options
    ? NewCommand.Run(options.InputDir, result.GetValue(title)!, (result.GetValue(tags) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        options.Now, Console.Out, Console.Error)
    : ExitCodes.Usage);

var server = new Argument<string>("server") { Description = "The web server to configure: nginx." };
server.AcceptOnlyFromAmong("nginx");
var listenPort = new Option<int>("--port") { Description = "The port nginx listens on.", DefaultValueFactory = _ => 80 };
listenPort.Validators.Add(PortNumber);
var hosting = new Command("hosting", "Print a web server's configuration for the published site: an nginx server block.") { server, input, output, baseUrl, listenPort };
hosting.SetAction(result => Options(result, result.GetValue(output)!) is { } options
    ? HostingCommand.Run(options, result.GetValue(listenPort), Console.Out, Console.Error) : ExitCodes.Usage);

var root = new RootCommand("StaticNews: a static-site generator for news.") { build, import, serve, check, create, schema, hosting };
root.SetAction(_ => BuildCommand.Run(Options(null, "output")!, Console.Out, Console.Error, BuildCommand.IsInteractive));

// No response files: a title such as "@dpa meldet …" is a title, not a file to read arguments from.
var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {Printable.Text(error.Message)}");
    Console.Error.WriteLine("Run with --help for the commands and their options.");
    return ExitCodes.Usage;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The environment, not the content: a folder that cannot be read or written.
    Console.Error.WriteLine($"error: {Printable.Text(e.Message)} Check that the path exists and that you may read and write it.");
    return ExitCodes.Failed;
}
catch (Exception e)
{
    // Never a stack trace in front of a user; this is a bug in StaticNews, and the line says so.
    Console.Error.WriteLine($"error: StaticNews failed unexpectedly ({e.GetType().Name}: {Printable.Text(e.Message)}). "
        + "Nothing was published. Please report this with the command you ran; STATICNEWS_TRACE=1 shows the details.");
    if (Environment.GetEnvironmentVariable("STATICNEWS_TRACE") == "1") Console.Error.WriteLine(e);
    return ExitCodes.Failed;
}

static void PortNumber(System.CommandLine.Parsing.OptionResult result)
{
    if (result.GetValueOrDefault<int>() is < 1 or > 65535) result.AddError($"--port must be a port number from 1 to 65535, not {result.GetValueOrDefault<int>()}.");
}

BuildOptions? Options(ParseResult? result, string outputDir)
{
    try
    {
        var clock = BuildNow.Resolve(result?.GetValue(now), Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), TimeProvider.System);
        Uri? url = null;
        if (result?.GetValue(baseUrl) is { } text && (url = StaticNews.Parse.SiteUrl.TryParse(text, out var problem)) is null)
            throw new ArgumentException($"--base-url {problem}. Write for example `--base-url https://example.org/news/`.");
        return new BuildOptions(result?.GetValue(input) ?? "input", outputDir, clock, url,
            result?.GetValue(drafts) ?? false, result?.GetValue(keepGoing) ?? false, Force: result?.GetValue(force) ?? false, Precompress: result?.GetValue(precompress) ?? false,
            InCi: Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false");
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"error: {Printable.Text(e.Message)}");
        return null;
    }
}
