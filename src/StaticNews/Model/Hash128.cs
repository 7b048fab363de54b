using System.Buffers.Binary;
using System.IO.Hashing;

namespace StaticNews.Model;

/// <summary>
/// A 128-bit XxHash128 of what an article, a body or a published file is made of, as two 64-bit halves: what
/// the recipes, manifests and kept articles compare. Not <see cref="UInt128"/>: its 16-byte alignment on Unix
/// keeps ReadyToRun from compiling any method that lays out a type holding one, so every method that touched an
/// article was compiled at run time (some 800 methods, a fifth of a one-edit rebuild's processor time).
/// </summary>
public readonly record struct Hash128(ulong High, ulong Low)
{
    /// <summary>No hash: a recipe that cannot be told, an article not yet hashed.</summary>
    public static Hash128 None => default;

    public static Hash128 Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return FromBigEndian(hash);
    }

    /// <summary>What <paramref name="hash"/> has been given so far.</summary>
    public static Hash128 Of(XxHash128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash.GetCurrentHash(bytes);
        return FromBigEndian(bytes);
    }

    /// <summary>XxHash128's canonical form, most significant byte first: the halves <see cref="UInt128"/> would have.</summary>
    private static Hash128 FromBigEndian(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    /// <summary>Sixteen bytes, low half first, each little-endian (as <see cref="UInt128"/> is laid out on x64).</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], High);
    }

    /// <summary>32 lowercase hexadecimal digits, high half first.</summary>
    public string ToHex() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");

    public byte[] ToBytes()
    {
        var bytes = new byte[16];
        WriteTo(bytes);
        return bytes;
    }
}
