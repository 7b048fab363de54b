namespace StaticNews.Model;

/// <summary>A file's size and modification time, read with one <c>stat</c>.</summary>
public readonly record struct FileStamp(long Length, long Modified)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// Whether a change to the file would change its stamp. A file written in the last two seconds may be written
    /// again within the same tick of the file system's clock, at the same size, and keep its stamp ("racy git");
    /// only a settled stamp vouches for the bytes.
    /// </summary>
    /// <param name="clock">The build's clock: the system's, or a test's.</param>
    public bool SettledBy(TimeProvider clock) => clock.GetUtcNow().UtcTicks - Modified > 2 * TimeSpan.TicksPerSecond;
}
