using StaticNews.Enrich.Names;
using StaticNews.Model;
using StaticNews.Parse;
using StaticNews.Text.Unicode;

namespace StaticNews.Enrich;

/// <summary>
/// Derives everything an article page needs from one parsed document: slug, URL, date, language, tags,
/// summary and body HTML. Pure, so the pages can be enriched on all cores.
/// </summary>
public sealed class DeriveArticle(SiteConfig config, InputTree input, MarkdownRenderer markdown, ChooseTags tags,
    Lazy<GitHistory> committed, DateTimeOffset now, bool inCi = false, bool keepSource = false)
{
    /// <summary>
    /// The derivation of a site's documents, with what they all share: one Markdown pipeline, the taxonomy, and one
    /// git log for the whole folder, read only if some document has no date of its own.
    /// </summary>
    public static DeriveArticle For(SiteConfig config, InputTree input, BuildOptions options)
    {
        if (input.Documents.Any(d => d.Kind == DocumentKind.RawDump)) Gazetteer.Preload();
        return new DeriveArticle(config, input, new MarkdownRenderer(config.UnsafeHtml, config.BasePath), new ChooseTags(new MatchTaxonomy(config.Taxonomy)),
            new Lazy<GitHistory>(() => GitDates.FirstCommitted(input.Root)), options.Now, options.InCi, options.KeepSource);
    }

    // What input/ publishes as it is, by path below it: the scan's word, which leaves out hidden files and links.
    private readonly Dictionary<string, StaticFile> _published = input.StaticFiles.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

    public Article? Run(ParsedDocument page, ICollection<Diagnostic> problems)
    {
        var matter = page.FrontMatter;
        var file = page.Document.RelativePath;
        var folder = Folder(file);
        var body = (page.PlainParagraphs is { } plain ? PlainBody.TryRender(plain) : null) ?? markdown.TryRender(ReadDump.MarkdownOf(page), folder, file, problems);
        if (body is null) return null;
        var title = Collapse(matter.Title);
        var lang = matter.Lang ?? DetectLanguage.Run(title, body.Paragraphs) ?? config.Language;
        var date = matter.Date ?? DumpDate(page, problems);
        var slug = Slug.From(string.IsNullOrWhiteSpace(matter.Slug) ? title : matter.Slug);
        var local = TimeZoneInfo.ConvertTime(date, config.TimeZone);

        var aliases = new List<string>();
        foreach (var alias in matter.Aliases)
        {
            if (AliasPath.TryNormalize(alias, out var path)) aliases.Add(config.BasePath + path);
            else problems.Add(Diagnostic.Error(DiagnosticCode.BadAlias, file, $"alias `{alias}` is not a usable old URL.",
                "Write a path from the site's root without `..`, like `/2019/old-story/`."));
        }

        return new Article
        {
            // The Markdown is rendered now: keeping it would hold every body twice for the rest of the build.
            Page = keepSource ? page : page with { Body = "", PlainParagraphs = null },
            Title = title,
            Slug = slug,
            Url = config.BasePath + Permalink.Expand(config.Permalink, local, slug, lang),
            Date = date,
            Updated = matter.Updated,
            Lang = lang,
            Tags = tags.Run(page, title, body.Paragraphs, lang)
                .Select(tag => (Name: Bidi.Balance(tag.Name), tag.Alias)).Select(tag => new Tag(Slug.From(tag.Name), tag.Name) { Alias = tag.Alias }).ToList(),
            Summary = Collapse(matter.Summary ?? Summaries.Shorten(body.Paragraphs.FirstOrDefault() ?? "")),
            Body = new ArticleBody(System.Text.Encoding.UTF8.GetBytes(body.Html)),
            WordCount = body.WordCount,
            Authors = matter.Authors.Select(name => Collapse(name)).Where(name => name.Length > 0)
                .Select(name => new Author(Slug.From(name), name)).DistinctBy(a => a.Slug).ToList(),
            Expires = matter.Expires,
            Image = Image(matter, folder, file, problems),
            AliasUrls = aliases,
            Draft = matter.Draft,
        };
    }

    /// <summary>
    /// A dump's date when neither it nor its sidecar states one: the day it was first committed, the same on
    /// every clone; before its first commit, the build's now, with a warning that it is provisional.
    /// </summary>
    private DateTimeOffset DumpDate(ParsedDocument page, ICollection<Diagnostic> problems)
    {
        var file = page.Document.RelativePath;
        if (committed.Value.Dates.TryGetValue(file, out var date)) return date;
        if (committed.Value.DoubtAbout(file) is { } doubt)
        {
            // A CI build would publish other dates, and so other URLs, than a build from a full clone.
            problems.Add(new Diagnostic(inCi ? Severity.Error : Severity.Warning, DiagnosticCode.UncertainGitDate, file, null, null, $"no date, and {doubt}"));
            return now;
        }
        problems.Add(Diagnostic.Warning(DiagnosticCode.NoDate, file, "no date: using the build time until the file is committed.", page.FromDump
            ? "Give it a date: a sidecar `.yml` beside it with `date: 2024-12-04T12:00:00+01:00`, or a line of the dump that states only the date."
            : "Add `date: 2024-12-04T12:00:00+01:00` to its front matter."));
        return now;
    }

    /// <summary>The image's path below input/: from input/ with a leading <c>/</c>, else from the document's folder.</summary>
    private static string ImagePath(string image, string folder) =>
        string.Join('/', (image.StartsWith('/') ? image : folder + image).Split('/', StringSplitOptions.RemoveEmptyEntries));

    private ArticleImage? Image(FrontMatter matter, string folder, string file, ICollection<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(matter.Image)) return null;
        var image = matter.Image;
        if (matter.ImageAlt is null)
            problems.Add(Diagnostic.Warning(DiagnosticCode.NoImageAlt, file, $"the picture `{image}` has no `imageAlt`.",
                "Add `imageAlt:` saying in a sentence what it shows, for readers who do not see it."));
        var words = (Alt: matter.ImageAlt is { } alt ? Collapse(alt) : null, Caption: matter.ImageCaption is { } caption ? Collapse(caption) : null,
            Credit: matter.ImageCredit is { } credit ? Collapse(credit) : null);
        if (Uri.TryCreate(image, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return new ArticleImage(absolute.AbsoluteUri, 0, MediaTypes.Of(absolute.AbsolutePath)) { Alt = words.Alt, Caption = words.Caption, Credit = words.Credit };
        var path = ImagePath(image, folder);
        if (!_published.TryGetValue(path, out var published))
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.ImageOutsideInput, file, $"the image `{image}` is not a file that input/ publishes.",
                "Put the file under input/ (a path from this document's folder, or from input/ with a leading /), not in a hidden folder and not as a symbolic link, or give an absolute https:// URL."));
            return null;
        }
        var onDisk = new FileInfo(published.Path);
        var size = PictureHeaders.SizeOf(onDisk.FullName);
        if (size is null && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.UnreadablePicture, file, $"the image `{image}` cannot be read as a picture.",
                "Save it as JPEG, PNG, WebP or GIF (or SVG), or check that the file is whole."));
            return null;
        }
        if (size is { } pixels && (long)pixels.Width * pixels.Height > PictureHeaders.MaxPixels)
            problems.Add(Diagnostic.Warning(DiagnosticCode.PictureTooLarge, file,
                $"the picture `{image}` is {pixels.Width} × {pixels.Height} pixels, more than StaticNews resizes ({PictureHeaders.MaxPixels / 1_000_000} megapixels): it is published as it is, in one size.",
                "Save it smaller (3,000 pixels wide is plenty for the web)."));
        return new ArticleImage(config.BasePath + "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), onDisk.Length, MediaTypes.Of(path))
        {
            Alt = words.Alt, Caption = words.Caption, Credit = words.Credit,
            Width = size?.Width ?? 0, Height = size?.Height ?? 0, Source = path,
        };
    }

    private static string Folder(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..(slash + 1)];
    }

    /// <summary>One line: runs of white space as one space, bidi controls balanced.</summary>
    private static string Collapse(string text) => Bidi.Balance(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
