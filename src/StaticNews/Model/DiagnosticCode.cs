namespace StaticNews.Model;

/// <summary>A kind of problem, with a stable code that CI annotations, editors and the README use.</summary>
/// <param name="Id">Never reused for another kind: <c>SN</c> and four digits, the first naming the stage.</param>
/// <param name="Meaning">One line for the README's table of codes.</param>
public sealed record DiagnosticCode(string Id, string Meaning)
{
    // Input and its files.
    public static readonly DiagnosticCode InputMissing = new("SN1001", "the input folder does not exist");
    public static readonly DiagnosticCode FolderUnreadable = new("SN1002", "a folder under the input cannot be read");
    public static readonly DiagnosticCode UnusableName = new("SN1003", "a file name no URL or path can hold (not UTF-8, control characters)");
    public static readonly DiagnosticCode SymbolicLink = new("SN1004", "a symbolic link, not followed");
    public static readonly DiagnosticCode LoneYaml = new("SN1005", "a YAML file with no dump beside it, ignored");
    public static readonly DiagnosticCode FileUnreadable = new("SN1006", "a document cannot be read");
    public static readonly DiagnosticCode BinaryFile = new("SN1007", "a document that is not text");
    public static readonly DiagnosticCode EmptyFile = new("SN1008", "an empty document");
    public static readonly DiagnosticCode TooLarge = new("SN1009", "a document over the size limit");
    public static readonly DiagnosticCode NotUtf8 = new("SN1010", "a document, sidecar or site.yml not in UTF-8: read as UTF-16, UTF-32 or Windows-1252, or its stray bytes replaced");
    // YAML and the values of site.yml, front matter and sidecars.
    public static readonly DiagnosticCode MalformedYaml = new("SN2001", "YAML that cannot be read");
    public static readonly DiagnosticCode WrongValue = new("SN2002", "a key's value of the wrong type or form");
    public static readonly DiagnosticCode KeySetTwice = new("SN2003", "a key set twice");
    public static readonly DiagnosticCode UnknownKey = new("SN2004", "a key that site.yml or a sidecar does not have");
    public static readonly DiagnosticCode NoSiteConfig = new("SN2005", "no site.yml");
    public static readonly DiagnosticCode NoBaseUrl = new("SN2006", "no `baseUrl` in site.yml");
    // Documents.
    public static readonly DiagnosticCode NoFrontMatter = new("SN3001", "a page without front matter, or with front matter not closed or too large");
    public static readonly DiagnosticCode NoTitle = new("SN3002", "a page or dump without a title");
    public static readonly DiagnosticCode NoParagraphs = new("SN3003", "a dump with a title but no paragraphs");
    public static readonly DiagnosticCode MarkdownTooDeep = new("SN3004", "Markdown nested too deep or with too many openers in a paragraph");
    public static readonly DiagnosticCode BadAlias = new("SN3005", "an alias that is no usable old URL");
    public static readonly DiagnosticCode NoDate = new("SN3006", "no date: the build time is used");
    public static readonly DiagnosticCode UncertainGitDate = new("SN3007", "no date, and git cannot tell the first commit (shallow clone, refused repository)");
    public static readonly DiagnosticCode ImageOutsideInput = new("SN3008", "an image that is not under input/");
    public static readonly DiagnosticCode UnreadablePicture = new("SN3009", "an image file that is no picture StaticNews can read (JPEG, PNG, WebP, GIF)");
    public static readonly DiagnosticCode PictureTooLarge = new("SN3011", "a picture of more pixels than StaticNews resizes: published as it is");
    public static readonly DiagnosticCode NoImageAlt = new("SN3010", "a picture without `imageAlt`: readers who do not see it learn nothing");
    public static readonly DiagnosticCode ExpiresFirst = new("SN3012", "`expires` not after `date`: the story is never published");
    // The site.
    public static readonly DiagnosticCode SharedUrl = new("SN4001", "two documents at one URL");
    public static readonly DiagnosticCode PathClash = new("SN4002", "a file where another file needs a folder, or two files at one path");
    public static readonly DiagnosticCode UnusablePath = new("SN4003", "an output path no file system can hold");
    public static readonly DiagnosticCode SiteWouldShrink = new("SN4004", "--keep-going would publish fewer than half of the live site's articles");
    public static readonly DiagnosticCode RedirectsLeftOut = new("SN4005", "more aliases than `_redirects` may hold on Cloudflare Pages");
    public static readonly DiagnosticCode SearchUnavailable = new("SN4006", "`search: true`, but Pagefind is missing or failed");
    public static readonly DiagnosticCode MergedTags = new("SN4007", "two tag spellings that share a URL, shown as one tag");
    // Writing.
    public static readonly DiagnosticCode WriteFailed = new("SN5001", "the site could not be written (disk full, permissions)");
    public static readonly DiagnosticCode NotKept = new("SN5002", "the site was published, but the cache or a manifest was not kept");
    // Content warnings from check and import.
    public static readonly DiagnosticCode TagOutsideTaxonomy = new("SN6001", "a tag that is not in the taxonomy");
    public static readonly DiagnosticCode UnmatchedStory = new("SN6002", "a `PREV`/`NEXT` title that matches no article");
    public static readonly DiagnosticCode NoSummary = new("SN6003", "no `summary`");
    public static readonly DiagnosticCode NoImage = new("SN6004", "no `image`");
    public static readonly DiagnosticCode BrokenLink = new("SN6005", "a link to no page of the site");
    public static readonly DiagnosticCode EditedSinceImport = new("SN6006", "an imported page edited since, kept as it is");
    public static readonly DiagnosticCode Unexpected = new("SN9001", "StaticNews failed unexpectedly: a bug to report");

    /// <summary>Every code, in order: what the README's table lists.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(DiagnosticCode)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
}
