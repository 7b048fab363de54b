using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>
/// The bodies in one segment file of <see cref="KnownArticles"/>, read when a page or feed shows them: a rebuild
/// after one edit reads a few dozen of 10,000 (0.3 s on two cores; their hashes stand in for them until then). The
/// file is held open from the start, so a segment saved anew (written beside it, then renamed over it) leaves
/// every body it held readable.
/// </summary>
internal sealed class KeptBodies(string path) : IDisposable
{
    private readonly SafeFileHandle _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    /// <summary>The body at the reader's position, stepped over: its hash and length now, its bytes when first shown.</summary>
    public ArticleBody Next(BinaryReader reader)
    {
        var hash = reader.ReadHash();
        var length = reader.ReadInt32();
        if (length < 0) throw new FormatException($"{path}: a body of {length} bytes");
        var offset = reader.BaseStream.Position;
        reader.BaseStream.Seek(length, SeekOrigin.Current);
        return new ArticleBody(hash, length, () => Read(offset, length, hash));
    }

    private byte[] Read(long offset, int length, Hash128 hash)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var done = 0;
        for (int read; done < length && (read = RandomAccess.Read(_file, bytes.AsSpan(done), offset + done)) > 0;) done += read;
        // Only a file damaged on disk (or changed behind the output lock) holds other bytes than it said.
        if (done < length || Hash128.Of(bytes) != hash) throw new KeptBodyDamagedException(path);
        return bytes;
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>A kept body no longer has the hash it was kept with: the cache was damaged on disk, or written behind the output lock.</summary>
internal sealed class KeptBodyDamagedException(string path)
    : Exception($"{path} no longer holds the article bodies the last build kept in it.")
{
    public string Path => path;

    /// <summary>The damaged segment, when that is what <paramref name="e"/> (or what it wraps) tells of.</summary>
    public static string? In(Exception e) => e switch
    {
        KeptBodyDamagedException damaged => damaged.Path,
        AggregateException all => all.InnerExceptions.Select(In).FirstOrDefault(p => p is not null),
        { InnerException: { } inner } => In(inner),
        _ => null,
    };
}
