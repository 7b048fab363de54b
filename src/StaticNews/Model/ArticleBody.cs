using System.IO.Hashing;

namespace StaticNews.Model;

/// <summary>
/// An article's body rendered to HTML, with root-relative links, as UTF-8 (half the memory of a string, which is
/// what lets 100,000 articles fit in the site model), and the hash of those bytes. A body the last build kept is
/// read from disk only when a page or feed shows it: a rebuild after one edit compares the hashes of 10,000 bodies
/// and reads the few dozen it renders.
/// </summary>
public sealed class ArticleBody : IEquatable<ArticleBody>
{
    private byte[]? _utf8;
    private readonly Func<byte[]>? _read;
    private object? _loading;

    /// <summary>A body in memory, as a build derives it.</summary>
    public ArticleBody(byte[] utf8) => (_utf8, Length, Hash) = (utf8, utf8.Length, Hash128.Of(utf8));

    /// <summary>A body read when first shown.</summary>
    /// <param name="read">Gives the very bytes whose hash is <paramref name="hash"/>; called once.</param>
    public ArticleBody(Hash128 hash, int length, Func<byte[]> read) => (Hash, Length, _read) = (hash, length, read);

    /// <summary>The XxHash128 of <see cref="Utf8"/>: what a rebuild compares instead of the bytes.</summary>
    public Hash128 Hash { get; }

    /// <summary>Its length in bytes.</summary>
    public int Length { get; }

    /// <summary>The bytes, read on first use; a thread that asks meanwhile waits for them, so once this returned on
    /// any thread, the body is never read again (the file it came from may go).</summary>
    public byte[] Utf8 => LazyInitializer.EnsureInitialized(ref _utf8, ref _loading, _read!);

    /// <summary>The HTML as text, decoded on each call: for the one page and the few feeds that show it.</summary>
    public string Html => System.Text.Encoding.UTF8.GetString(Utf8);

    public bool Equals(ArticleBody? other) => other is not null && other.Hash == Hash && other.Length == Length;

    public override bool Equals(object? obj) => Equals(obj as ArticleBody);

    public override int GetHashCode() => Hash.GetHashCode();
}
