namespace StaticNews.Incremental;

/// <summary>How the build's 128-bit hashes (recipes, contents, versions) are stored in its cache files.</summary>
public static class HashFormat
{
    public static void WriteHash(this BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }

    public static UInt128 ReadHash(this BinaryReader reader)
    {
        var upper = reader.ReadUInt64();
        return new UInt128(upper, reader.ReadUInt64());
    }
}
