using System.Runtime.InteropServices;

namespace StaticNews.Write;

/// <summary>The two file-system calls .NET does not offer: an atomic exchange of two folders, and hard links.</summary>
internal static partial class NativeFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps two paths in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>); false where the platform or file system cannot.</summary>
    public static bool TryExchange(string a, string b) =>
        OperatingSystem.IsLinux() && RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;

    /// <summary>Makes <paramref name="link"/> another name of <paramref name="existing"/>, keeping its modification time.</summary>
    public static bool TryHardLink(string existing, string link) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, link) == 0;

    /// <summary>
    /// Opens (creating it) and locks a file exclusively with <c>flock</c>, without waiting; the descriptor, or -1
    /// while another open file holds the lock. Its own descriptor, not a FileStream: .NET takes a lock of its own on
    /// a FileStream (unless System.IO.DisableFileLocking, as in the program) and would throw instead of telling.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened at all.</exception>
    public static int TryLock(string path)
    {
        const int readWrite = 2, create = 0x40, closeOnExec = 0x80000, exclusive = 2, noWait = 4;
        var descriptor = Open(path, readWrite | create | closeOnExec, 0x180); // 0600
        if (descriptor < 0) throw new IOException($"cannot open the lock file {path}: error {Marshal.GetLastPInvokeError()}.");
        if (Flock(descriptor, exclusive | noWait) == 0) return descriptor;
        Close(descriptor);
        return -1;
    }

    public static void Unlock(int descriptor) => Close(descriptor); // closing releases the lock

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
