using StaticNews.Model;

namespace StaticNews.Incremental;

/// <summary>How the build's 128-bit hashes (recipes, contents, versions) are stored in its cache files.</summary>
public static class HashFormat
{
    public static void WriteHash(this BinaryWriter writer, Hash128 hash)
    {
        writer.Write(hash.High);
        writer.Write(hash.Low);
    }

    public static Hash128 ReadHash(this BinaryReader reader)
    {
        var upper = reader.ReadUInt64();
        return new Hash128(upper, reader.ReadUInt64());
    }
}
