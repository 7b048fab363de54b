namespace StaticNews.Write;

/// <summary>
/// One build at a time per output folder: two builds swapping generations at once would each publish a site
/// without the other's pages. The lock is an advisory <c>flock</c> on a file beside the output, which the system
/// releases when its process dies, however it dies.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _held;

    private OutputLock(FileStream held) => _held = held;

    /// <summary>Takes the lock, waiting while another build holds it.</summary>
    /// <param name="waiting">Told once, when this build has to wait.</param>
    public static OutputLock Take(string outputDir, Action<string>? waiting = null)
    {
        var folders = Generations.Of(outputDir);
        Directory.CreateDirectory(folders.Home);
        var told = false;
        while (true)
        {
            var file = Open(folders.Lock);
            if (file is not null && NativeFiles.TryLock(file.SafeFileHandle)) return new OutputLock(file);
            file?.Dispose();
            if (!told) waiting?.Invoke($"Another build is publishing to {Model.Printable.Text(outputDir)}; waiting for it to finish");
            told = true;
            Thread.Sleep(100);
        }
    }

    /// <returns>Null while another process holds the file open exclusively (Windows).</returns>
    private static FileStream? Open(string path)
    {
        try
        {
            // On Unix the lock is flock's alone: .NET's own (for FileShare.None) would throw instead of telling.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsWindows() ? FileShare.None : FileShare.ReadWrite);
        }
        catch (IOException) when (OperatingSystem.IsWindows())
        {
            return null;
        }
    }

    public void Dispose() => _held.Dispose();
}
