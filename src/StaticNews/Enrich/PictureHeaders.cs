using SkiaSharp;

namespace StaticNews.Enrich;

/// <summary>What a picture file is, read from its header alone: pages give every picture its width and height, so nothing shifts as it loads.</summary>
public static class PictureHeaders
{
    /// <summary>
    /// The most pixels StaticNews decodes to resize: 40 megapixels (a 50-megapixel camera's full frame is past it,
    /// a 8000 × 5000 photo within), 160 MB decoded. A larger file (or a crafted one that claims to be) is published as it is.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    /// <returns>The size as the picture shows (a camera's rotation applied); null when it is no picture SkiaSharp reads.</returns>
    public static (int Width, int Height)? SizeOf(string path)
    {
        try
        {
            using var codec = SKCodec.Create(path);
            if (codec is null) return null;
            var (width, height) = (codec.Info.Width, codec.Info.Height);
            // Phones store a portrait photo on its side (EXIF orientation 6 or 8); the page shows it upright.
            return codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom ? (height, width) : (width, height);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
