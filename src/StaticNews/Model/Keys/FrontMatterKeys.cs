namespace StaticNews.Model.Keys;

/// <summary>The keys of front matter: one schema for <c>.md</c> pages, sidecars and <c>import</c> output.</summary>
public static class FrontMatterKeys
{
    public static readonly KeyDeclaration Title = new("title", ValueKind.Text, "headline; **required** in a page (a sidecar may leave it to the dump)");
    public static readonly KeyDeclaration Date = new("date", ValueKind.Date,
        "publication time; with an offset (`2024-12-04T12:00:00+01:00`) or read in the site's `timezone`");
    public static readonly KeyDeclaration Updated = new("updated", ValueKind.Date, "last substantial change");
    public static readonly KeyDeclaration Lang = new("lang", ValueKind.Language, "`de`, `en-GB`", DefaultNote: "detected (dumps) or the site's");
    public static readonly KeyDeclaration Tags = new("tags", ValueKind.TextList, "`[NATO, Südkorea]`", DefaultNote: "suggested from the text (dumps)");
    public static readonly KeyDeclaration Summary = new("summary", ValueKind.Text, "for cards and feeds", DefaultNote: "the lead, shortened");
    public static readonly KeyDeclaration Slug = new("slug", ValueKind.Text, "last URL segment", DefaultNote: "from the title");
    public static readonly KeyDeclaration Author = new("author", ValueKind.Names, "the byline: one name or a list (`[Anna Muster, Ben Beispiel]`); each links to the author's page");
    public static readonly KeyDeclaration Expires = new("expires", ValueKind.Date,
        "the time the story is taken down: its page, feed items and listings go with the first build after it");
    public static readonly KeyDeclaration Image = new("image", ValueKind.Text, "a path under `input/` or an absolute URL");
    public static readonly KeyDeclaration ImageAlt = new("imageAlt", ValueKind.Text,
        "what the picture shows, for readers who do not see it; `check` warns when a picture has none");
    public static readonly KeyDeclaration ImageCaption = new("imageCaption", ValueKind.Text, "the caption under the picture");
    public static readonly KeyDeclaration ImageCredit = new("imageCredit", ValueKind.Text, "who made the picture (`\"Foto: Anna Muster/dpa\"`: quoted, since it holds a colon)");
    public static readonly KeyDeclaration Draft = new("draft", ValueKind.Boolean, "drafts are published only with `--drafts`", false);
    public static readonly KeyDeclaration Aliases = new("aliases", ValueKind.TextList, "old URLs that redirect here");
    public static readonly KeyDeclaration Source = new("source", ValueKind.Text, "the dump a page came from");
    public static readonly KeyDeclaration Prev = new("prev", ValueKind.Text, "title of the previous linked story");
    public static readonly KeyDeclaration Next = new("next", ValueKind.Text, "title of the next linked story");
    public static readonly KeyDeclaration TranslationKey = new("translationKey", ValueKind.Text,
        "shared by translations of one story, which then link each other with `hreflang`");

    /// <summary>In the order the README lists them.</summary>
    public static IReadOnlyList<KeyDeclaration> All { get; } =
        [Title, Date, Updated, Expires, Lang, Tags, Summary, Slug, Author, Image, ImageAlt, ImageCaption, ImageCredit, Draft, Aliases, Source, Prev, Next, TranslationKey];
}
