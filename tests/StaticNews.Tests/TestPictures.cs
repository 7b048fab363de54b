using SkiaSharp;

namespace StaticNews.Tests;

/// <summary>Real picture files for tests, drawn on the spot: a gradient with a band, so resizing and cropping have something to show.</summary>
public static class TestPictures
{
    public static byte[] Jpeg(int width, int height, uint colour = 0xFF2266AA) => Draw(width, height, colour, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height, uint colour = 0xFF2266AA) => Draw(width, height, colour, SKEncodedImageFormat.Png);

    private static byte[] Draw(int width, int height, uint colour, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(colour), SKColors.White], SKShaderTileMode.Clamp),
        };
        surface.Canvas.DrawRect(0, 0, width, height, paint);
        using var band = new SKPaint { Color = SKColors.DarkRed };
        surface.Canvas.DrawRect(0, height / 3f, width, height / 6f, band);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
