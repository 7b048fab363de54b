using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Write;

/// <summary>
/// The file-system calls .NET does not offer (an atomic exchange of two folders, hard links, a lock that tells
/// rather than throws), and the fewest calls for a new file and a new folder.
/// </summary>
public static partial class NativeFiles
{
    // Linux's open flags on x64 and arm64 (asm-generic): the platforms the fast paths below are taken on.
    private const int WriteOnly = 1, ReadWrite = 2, Create = 0x40, Exclusive = 0x80, CloseOnExec = 0x80000;
    private const int Interrupted = 4; // EINTR

    private static readonly bool Fast = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>
    /// Creates a file that must not exist yet with <paramref name="content"/>: open, write, fstat, close. .NET's
    /// own open adds an lseek to each (21,000 calls in a 10,000-article build). Null, with nothing created, where
    /// the platform is another or the file cannot be created: .NET's own calls then do it, or say why.
    /// </summary>
    /// <returns>The file's modification time.</returns>
    /// <exception cref="IOException">The file was created, but writing it failed (no space left, say): its errno is the HResult, as .NET's own.</exception>
    public static unsafe DateTime? TryWriteNew(string path, ReadOnlySpan<byte> content)
    {
        if (!Fast) return null;
        var descriptor = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, 0x1B6); // 0666, less the umask, as .NET creates files
        if (descriptor < 0) return null;
        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        fixed (byte* start = content)
            for (var done = 0; done < content.Length;)
            {
                var written = Write(descriptor, start + done, content.Length - done);
                if (written >= 0) { done += (int)written; continue; }
                if (Marshal.GetLastPInvokeError() != Interrupted) throw Failure("cannot write", path);
            }
        return File.GetLastWriteTimeUtc(handle);
    }

    /// <summary>
    /// Makes a folder whose parent exists: one mkdir, where .NET's CreateDirectory adds an lstat and a geteuid
    /// (20,000 each in a 10,000-article build). False, with nothing made, where the platform is another or mkdir
    /// fails: .NET's own call then makes it, or says why.
    /// </summary>
    public static bool TryMakeFolder(string path) => Fast && MakeDirectory(path, 0x1FF) == 0; // 0777, less the umask

    /// <summary>The last call's failure in the system's words ("No space left on device"), its errno as the HResult, as .NET's own.</summary>
    private static IOException Failure(string what, string path)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException($"{what} {path}: {Marshal.GetPInvokeErrorMessage(error)}.", error);
    }

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
        const int lockExclusive = 2, noWait = 4; // flock's LOCK_EX, LOCK_NB
        var descriptor = Open(path, ReadWrite | Create | CloseOnExec, 0x180); // 0600
        if (descriptor < 0) throw Failure("cannot open the lock file", path);
        if (Flock(descriptor, lockExclusive | noWait) == 0) return descriptor;
        Close(descriptor);
        return -1;
    }

    public static void Unlock(int descriptor) => Close(descriptor); // closing releases the lock

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int descriptor, byte* bytes, nint count);

    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeDirectory(string path, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
