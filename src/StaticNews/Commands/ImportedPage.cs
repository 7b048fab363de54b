using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Commands;

/// <summary>A dump's article as a Markdown page with front matter: the same schema the build reads back.</summary>
public static class ImportedPage
{
    /// <param name="body">The page's Markdown body (the article keeps only its HTML).</param>
    /// <param name="modeline">The first line of the front matter: where editors find its schema.</param>
    public static string Write(Article article, string body, string modeline)
    {
        var matter = article.Page.FrontMatter;
        var fields = new List<KeyValuePair<string, object>>
        {
            new("title", article.Title),
            new("date", IsoDate.Format(article.Date)),
            new("lang", article.Lang),
            new("tags", article.Tags.Select(t => t.Name).ToList()),
            new("slug", article.Slug),
            new("summary", article.Summary),
            new("source", matter.Source ?? Path.GetFileName(article.Page.Document.RelativePath)),
        };
        if (matter.Updated is { } updated) fields.Add(new("updated", IsoDate.Format(updated)));
        if (matter.Authors is [var author]) fields.Add(new("author", author));
        else if (matter.Authors.Count > 1) fields.Add(new("author", matter.Authors.ToList()));
        if (matter.Expires is { } expires) fields.Add(new("expires", IsoDate.Format(expires)));
        if (matter.Image is { } image) fields.Add(new("image", image));
        if (matter.ImageAlt is { } alt) fields.Add(new("imageAlt", alt));
        if (matter.ImageCaption is { } caption) fields.Add(new("imageCaption", caption));
        if (matter.ImageCredit is { } credit) fields.Add(new("imageCredit", credit));
        if (matter.Draft) fields.Add(new("draft", true));
        if (matter.Aliases.Count > 0) fields.Add(new("aliases", matter.Aliases.ToList()));
        if (matter.Prev is { } prev) fields.Add(new("prev", prev));
        if (matter.Next is { } next) fields.Add(new("next", next));
        foreach (var (key, value) in matter.Params) fields.Add(new(key, value));

        return FrontMatterText.Page(fields, modeline, body);
    }
}
