using System.Buffers.Binary;
using System.IO.Hashing;
using StaticNews.Model;

namespace StaticNews.Tests.Reliability;

/// <summary>
/// <see cref="Hash128"/> took the place of <see cref="UInt128"/> for every recipe, manifest entry and kept article:
/// it must be the same number, written the same way, or every site published before would be rendered again and
/// every cache read as another's.
/// </summary>
public sealed class Hash128Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("Bundestag")]
    [InlineData("<p>Ein längerer Text, über sechzehn Bytes hinaus, mit Umlauten.</p>")]
    public void A_hash_is_the_number_xxhash128_gives_in_the_same_bytes(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var expected = XxHash128.HashToUInt128(bytes);

        var hash = Hash128.Of(bytes);
        Assert.Equal(((ulong)(expected >> 64), (ulong)expected), (hash.High, hash.Low));
        var streamed = new XxHash128();
        streamed.Append(bytes);
        Assert.Equal(hash, Hash128.Of(streamed));

        Span<byte> written = stackalloc byte[16];
        Span<byte> asBefore = stackalloc byte[16];
        hash.WriteTo(written);
        BinaryPrimitives.WriteUInt128LittleEndian(asBefore, expected);
        Assert.True(written.SequenceEqual(asBefore));
        Assert.Equal(expected.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), hash.ToHex());
    }

    [Fact]
    public void A_hash_is_written_to_a_cache_file_and_read_back_as_it_was()
    {
        var hash = Hash128.Of("Kanzleramt"u8);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) StaticNews.Incremental.HashFormat.WriteHash(writer, hash);
        Assert.Equal(16, stream.Length);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        Assert.Equal(hash, StaticNews.Incremental.HashFormat.ReadHash(reader));
        Assert.NotEqual(Hash128.None, hash);
    }
}
