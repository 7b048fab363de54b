using System.Collections.Concurrent;
using System.IO.Hashing;
using SkiaSharp;
using StaticNews.Model;

namespace StaticNews.Render.Pictures;

/// <summary>
/// One picture under input/, decoded once for all the files made from it (its sizes, its story's card), and let
/// go when the last of them is made. A rebuild that finds every file's recipe unchanged never decodes it.
/// </summary>
/// <param name="path">The file on disk.</param>
/// <param name="uses">How many files are made from it.</param>
public sealed class PictureSource(string path, int uses)
{
    private readonly Lazy<Hash128> _hash = new(() => Hash128.Of(File.ReadAllBytes(path)));
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<int, SKImage> _resized = new();
    private SKBitmap? _decoded;
    private int _left = uses;

    /// <summary>The bytes of the file: what its variants' recipes are made of.</summary>
    public Hash128 Hash => _hash.Value;

    /// <summary>The picture at <paramref name="width"/> pixels wide, encoded as <paramref name="format"/>.</summary>
    public byte[] Encode(int width, SKEncodedImageFormat format) => Take(decoded =>
    {
        var image = _resized.GetOrAdd(width, w =>
        {
            var height = Math.Max(1, (int)Math.Round((double)decoded.Height * w / decoded.Width));
            using var scaled = decoded.Resize(new SKImageInfo(w, height, decoded.ColorType, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            return SKImage.FromBitmap(scaled);
        });
        using var data = image.Encode(format, Quality(format));
        return data.ToArray();
    });

    /// <summary>The picture cropped to fill <paramref name="width"/> × <paramref name="height"/> from its centre, as JPEG.</summary>
    public byte[] Cover(int width, int height) => Take(decoded =>
    {
        var scale = Math.Max((float)width / decoded.Width, (float)height / decoded.Height);
        var (w, h) = (width / scale, height / scale);
        var source = SKRect.Create((decoded.Width - w) / 2, (decoded.Height - h) / 2, w, h);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White); // a transparent PNG shows on white, as on the page
        using var image = SKImage.FromBitmap(decoded);
        surface.Canvas.DrawImage(image, source, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, 82);
        return data.ToArray();
    });

    private static int Quality(SKEncodedImageFormat format) => format == SKEncodedImageFormat.Png ? 100 : 80;

    private byte[] Take(Func<SKBitmap, byte[]> make)
    {
        SKBitmap decoded;
        lock (_gate)
        {
            // Turned upright as the camera meant it: a phone's portrait photo is stored on its side.
            decoded = _decoded ??= Upright(path) ?? throw new IOException($"{path} can no longer be read as a picture");
        }
        try
        {
            return make(decoded);
        }
        finally
        {
            if (Interlocked.Decrement(ref _left) == 0) Release();
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            foreach (var image in _resized.Values) image.Dispose();
            _resized.Clear();
            _decoded?.Dispose();
            _decoded = null;
        }
    }

    /// <summary>The picture turned as its camera says (EXIF orientation 3, 6 or 8: what phones write); a mirrored one is left as stored.</summary>
    private static SKBitmap? Upright(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null) return null;
        var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null || Turn(codec.EncodedOrigin) is not { } degrees) return bitmap;
        var sideways = degrees != 180;
        var upright = new SKBitmap(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using (var canvas = new SKCanvas(upright))
        {
            canvas.SetMatrix(degrees switch
            {
                90 => SKMatrix.CreateTranslation(bitmap.Height, 0).PreConcat(SKMatrix.CreateRotationDegrees(90)),
                270 => SKMatrix.CreateTranslation(0, bitmap.Width).PreConcat(SKMatrix.CreateRotationDegrees(270)),
                _ => SKMatrix.CreateRotationDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f),
            });
            using var stored = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(stored, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }
        bitmap.Dispose();
        return upright;
    }

    /// <summary>Degrees clockwise a stored picture is turned to show upright; null when it shows as stored.</summary>
    public static int? Turn(SKEncodedOrigin origin) => origin switch
    {
        SKEncodedOrigin.BottomRight => 180,
        SKEncodedOrigin.RightTop => 90,
        SKEncodedOrigin.LeftBottom => 270,
        _ => null,
    };
}
