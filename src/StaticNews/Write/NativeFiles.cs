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
    /// Takes an exclusive advisory lock on an open file without waiting (<c>flock</c>); false while another open
    /// file holds it. The program turns off .NET's own locking (System.IO.DisableFileLocking), so it asks itself.
    /// </summary>
    public static bool TryLock(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return true; // Windows: FileShare.None locks already
        const int exclusive = 2, noWait = 4;
        return Flock((int)file.DangerousGetHandle(), exclusive | noWait) == 0;
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
