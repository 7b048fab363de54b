using SkiaSharp;
using StaticNews.Model;

namespace StaticNews.Render.Pictures;

/// <summary>
/// The files made from pictures: each picture under input/ in its sizes and formats, and each story's social
/// card. Each is rendered only when the writer asks for it, and its recipe is what it is made of, so a rebuild
/// re-encodes only what changed (the rest are hard links, like every unchanged file).
/// </summary>
public sealed class PictureFiles(Site site, SiteUrls urls, NewsDates dates)
{
    private readonly Dictionary<string, string> _onDisk = site.StaticFiles.ToDictionary(f => f.RelativePath, f => f.Path, StringComparer.Ordinal);

    public IEnumerable<OutputFile> Files()
    {
        var sources = new Dictionary<string, PictureSource>(StringComparer.Ordinal);
        // Every picture an article shows from input/ is one of its static files: DeriveArticle refuses any other.
        var pictured = site.Articles.Where(a => a.Image is { } image && PictureSizes.Resizable(image)).ToList();
        foreach (var group in pictured.GroupBy(a => a.Image!.Source!, StringComparer.Ordinal))
        {
            var image = group.First().Image!;
            var variants = PictureSizes.WidthsOf(image).SelectMany(w => PictureSizes.FormatsOf(image).Select(f => (Width: w, Format: f))).ToList();
            var cards = site.Config.SocialCards ? group.Count() : 0;
            var source = sources[image.Source!] = new PictureSource(_onDisk[image.Source!], variants.Count + cards);
            foreach (var (width, format) in variants)
            {
                var encoding = Encoding(format);
                RenderFile render = () => source.Encode(width, encoding);
                // Beside the picture's file, by its path below input/ (the URL is escaped: `m%C3%BCnchen.jpg`).
                yield return new OutputFile(PictureSizes.Variant(image.Source!, width, format), render,
                    Plan: () => new FilePlan(new DerivedIngredients("picture", source.Hash, $"{width}\0{format}"), render)) { Origin = image.Source };
            }
        }
        if (!site.Config.SocialCards) yield break;
        foreach (var article in site.Articles)
        {
            var origin = article.Page.Document.RelativePath;
            if (article.Image is { } image && sources.TryGetValue(image.Source ?? "", out var source))
            {
                RenderFile crop = () => source.Cover(PictureSizes.CardWidth, PictureSizes.CardHeight);
                yield return new OutputFile(urls.FileOf(PictureSizes.Card(article)), crop, Plan: () => new FilePlan(new DerivedIngredients("card-picture", source.Hash, ""), crop)) { Origin = origin };
                continue;
            }
            var (headline, name, date) = (article.Title, site.EditionOf(article).Title, dates.DateAndTime(article.Date, article.Lang));
            RenderFile draw = () => SocialCard.Draw(headline, name, date);
            yield return new OutputFile(urls.FileOf(PictureSizes.Card(article)), draw,
                Plan: () => new FilePlan(new DerivedIngredients("card", Hash128.None, $"{headline}\0{name}\0{date}"), draw)) { Origin = origin };
        }
    }

    private static SKEncodedImageFormat Encoding(string extension) => extension switch
    {
        "jpg" => SKEncodedImageFormat.Jpeg,
        "png" => SKEncodedImageFormat.Png,
        _ => SKEncodedImageFormat.Webp,
    };
}
