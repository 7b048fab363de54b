using System.IO.Compression;
using StaticNews.Model;

namespace StaticNews.Write;

/// <summary>
/// Brotli and gzip twins (<c>index.html.br</c>, <c>index.html.gz</c>) beside every text file of at least 1 KiB,
/// for web servers that serve them as they are (nginx's <c>brotli_static</c> and <c>gzip_static</c>). A twin is
/// made from its file's bytes, so its recipe is the file's content hash: a file that did not change keeps its
/// twins as hard links, and only changed files are compressed again.
/// </summary>
internal static class Precompress
{
    /// <summary>Brotli at 5 compresses 133 MB of pages in about 2 s; at 11, in 98 s for a few per cent more.</summary>
    private const int BrotliQuality = 5, BrotliWindow = 22, GzipLevel = 4;

    /// <summary>The twins of the files just placed in <paramref name="tree"/>, to be placed like any other file.</summary>
    /// <param name="placed">Each file's size and content hash as placed.</param>
    public static List<OutputFile> TwinsOf(IReadOnlyList<OutputFile> files, IReadOnlyList<(long Length, Hash128 Content)> placed, string tree)
    {
        var twins = new List<OutputFile>();
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i].Path;
            if (placed[i].Length < Delivery.MinCompressibleBytes || !Delivery.CompressibleExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())) continue;
            var source = Path.Combine(tree, path);
            var content = placed[i].Content;
            twins.Add(Twin(path + ".br", content, "br", () => Brotli(File.ReadAllBytes(source))));
            twins.Add(Twin(path + ".gz", content, "gz", () => Gzip(File.ReadAllBytes(source))));
        }
        return twins;
    }

    private static OutputFile Twin(string path, Hash128 content, string kind, RenderFile compress) =>
        new(path, compress, Plan: () => new FilePlan(new DerivedIngredients(kind, content, $"{BrotliQuality}|{BrotliWindow}|{GzipLevel}"), compress));

    private static byte[] Brotli(byte[] bytes)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, buffer, out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size.");
        return buffer[..written];
    }

    /// <summary>
    /// The twin for the few clients without Brotli, at zlib's level 4: the middle of what CDNs use on the fly.
    /// .NET writes no time or name into the gzip header: the same bytes give the same twin on every build.
    /// </summary>
    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(compressed, new ZLibCompressionOptions { CompressionLevel = GzipLevel }, leaveOpen: true)) gzip.Write(bytes);
        return compressed.ToArray();
    }
}
