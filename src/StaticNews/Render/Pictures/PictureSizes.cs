using StaticNews.Model;

namespace StaticNews.Render.Pictures;

/// <summary>
/// Which files a picture under input/ becomes, and where they live: WebP and the original's format at 480, 960
/// and 1600 pixels wide, never wider than the original (<c>/2024/gipfel.960w.webp</c> beside
/// <c>/2024/gipfel.jpg</c>), and each story's social card of 1200 × 630 beside its page.
/// </summary>
public static class PictureSizes
{
    public static readonly int[] Widths = [480, 960, 1600];
    public const int CardWidth = 1200;
    public const int CardHeight = 630;

    /// <summary>A picture StaticNews resizes: part of the site, of a known size within <see cref="Enrich.PictureHeaders.MaxPixels"/>, in a format browsers show.</summary>
    public static bool Resizable(ArticleImage image) =>
        image is { Source: not null, Width: > 0, Height: > 0, MediaType: "image/jpeg" or "image/png" or "image/webp" }
        && (long)image.Width * image.Height <= Enrich.PictureHeaders.MaxPixels;

    /// <summary>The widths to make: the standard ones below the original's, and the original's own where it is narrower than the widest.</summary>
    public static IReadOnlyList<int> WidthsOf(ArticleImage image) =>
        [.. Widths.Where(w => w < image.Width), .. image.Width <= Widths[^1] ? [image.Width] : Array.Empty<int>()];

    /// <summary>The formats to make: WebP, and the original's own when it is another.</summary>
    public static IReadOnlyList<string> FormatsOf(ArticleImage image) => image.MediaType == "image/webp" ? ["webp"] : ["webp", OwnExtension(image)];

    public static string OwnExtension(ArticleImage image) => image.MediaType switch
    {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "webp",
    };

    /// <summary>A variant's URL: <c>/2024/gipfel.jpg</c> at 960 pixels in WebP is <c>/2024/gipfel.960w.webp</c>.</summary>
    public static string Variant(string url, int width, string extension)
    {
        var dot = url.LastIndexOf('.');
        return $"{(dot > url.LastIndexOf('/') ? url[..dot] : url)}.{width}w.{extension}";
    }

    /// <summary>A story's social card, beside its page: its picture cropped, or a card drawn with its headline.</summary>
    public static string Card(Article article) => article.Url + "card.jpg";
}
