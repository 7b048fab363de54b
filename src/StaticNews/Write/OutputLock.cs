namespace StaticNews.Write;

/// <summary>
/// One build at a time per output folder: two builds swapping generations at once would each publish a site
/// without the other's pages. The lock is an advisory <c>flock</c> on a file beside the output (on Windows, the
/// file held open unshared), which the system releases when its process dies, however it dies.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly int _descriptor;
    private readonly FileStream? _windows;

    private OutputLock(int descriptor, FileStream? windows) => (_descriptor, _windows) = (descriptor, windows);

    /// <summary>Takes the lock, waiting while another build holds it.</summary>
    /// <param name="waiting">Told once, when this build has to wait.</param>
    public static OutputLock Take(string outputDir, Action<string>? waiting = null)
    {
        var folders = OutputHome.Of(outputDir);
        Directory.CreateDirectory(folders.Home);
        var told = false;
        while (true)
        {
            if (TryTake(folders.Lock) is { } taken) return taken;
            if (!told) waiting?.Invoke($"Another build is publishing to {Model.Printable.Text(outputDir)}; waiting for it to finish");
            told = true;
            Thread.Sleep(100);
        }
    }

    private static OutputLock? TryTake(string path)
    {
        if (!OperatingSystem.IsWindows())
            return NativeFiles.TryLock(path) is var descriptor and >= 0 ? new OutputLock(descriptor, null) : null;
        try
        {
            return new OutputLock(-1, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // held open by another build
        }
    }

    public void Dispose()
    {
        if (_windows is not null) _windows.Dispose();
        else NativeFiles.Unlock(_descriptor);
    }
}
