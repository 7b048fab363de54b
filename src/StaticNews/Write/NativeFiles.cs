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

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
