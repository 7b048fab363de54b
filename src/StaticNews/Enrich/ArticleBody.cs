using System.Text;

namespace StaticNews.Enrich;

/// <summary>
/// Where article bodies live in memory: they are the bulk of the site model (50 MB for 10,000 articles) and live
/// for the whole build, so they go straight to the pinned-object heap, which the collector never compacts,
/// instead of being copied from generation to generation; and into arrays it need not clear first.
/// </summary>
public static class ArticleBody
{
    public static byte[] Allocate(int length) => GC.AllocateUninitializedArray<byte>(length, pinned: true);

    public static byte[] Utf8(string html)
    {
        var bytes = Allocate(Encoding.UTF8.GetByteCount(html));
        Encoding.UTF8.GetBytes(html, bytes);
        return bytes;
    }
}
