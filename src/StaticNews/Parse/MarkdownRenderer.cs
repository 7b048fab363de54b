using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Parse;

/// <summary>
/// The build's one Markdig pipeline: built once, immutable, shared by every thread. Links come out
/// root-relative with the site's base path, so the site works in a sub-folder of a CDN bucket.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];
    private readonly MarkdownPipeline _pipeline;
    private readonly bool _unsafeHtml;
    private readonly string _basePath;

    /// <param name="basePath">The base URL's path without trailing slash (<c>""</c> or <c>/news</c>).</param>
    public MarkdownRenderer(bool unsafeHtml, string basePath)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks();
        if (!unsafeHtml) builder.DisableHtml();
        _pipeline = builder.Build();
        _unsafeHtml = unsafeHtml;
        _basePath = basePath;
    }

    /// <param name="folder">The page's folder below <c>input/</c> (<c>""</c> or <c>2024/</c>): where its relative links point.</param>
    public RenderedBody Render(string markdown, string folder)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var paragraphs = document.Descendants<ParagraphBlock>().Select(PlainText).Where(p => p.Length > 0).ToList();
        // Both lists first: unwrapping a link changes the tree that is being walked.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links) Rewrite(link, folder);
        foreach (var link in autolinks)
            if (!_unsafeHtml && !link.IsEmail && !IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline(link.Url)); // the text stays, the link goes
        // Markdig lends a renderer it has set up for the pipeline, with its grown buffer: a new renderer, its two dozen
        // object renderers and a buffer grown to the body's size for each body were a quarter of what rendering it allocated.
        return new RenderedBody(document.ToHtml(_pipeline), paragraphs);
    }

    /// <summary>What a paragraph says, without markup: for summaries, language and tags.</summary>
    private static string PlainText(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            }
        }
        return text.ToString().Trim();
    }

    private void Rewrite(LinkInline link, string folder)
    {
        var url = link.Url ?? "";
        if (!_unsafeHtml && !IsSafe(url))
        {
            // As Hugo does by default: a javascript: or data: link loses its target but keeps its text.
            if (link.IsImage) link.Url = "";
            else Unwrap(link);
            return;
        }
        if (url.StartsWith("//", StringComparison.Ordinal)) return; // protocol-relative: another host, as written
        if (url.StartsWith('/')) link.Url = _basePath + url;
        else if (!HasScheme(url) && url.Length > 0 && url[0] is not ('#' or '?')) link.Url = _basePath + "/" + folder + url;
    }

    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    /// <summary>
    /// Read as a browser reads the URL (WHATWG URL parsing): leading and trailing C0 controls and spaces are
    /// stripped and tabs and newlines removed anywhere, so <c>java&#9;script:</c> is <c>javascript:</c>. Entities
    /// and backslash escapes are already decoded by Markdig. Only http, https, mailto and tel are let through.
    /// </summary>
    public static bool IsSafe(string url)
    {
        var browserSees = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(UrlTrim);
        return !HasScheme(browserSees) || SafeSchemes.Any(s => browserSees.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly char[] UrlTrim = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>A scheme is letters before the first colon, and that colon comes before any slash, ? or #.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var cut = url.AsSpan(0, colon);
        return cut.IndexOfAny("/?#") < 0;
    }
}
