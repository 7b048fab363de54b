using System.Diagnostics;
using System.Globalization;

namespace StaticNews.Enrich;

/// <summary>
/// The date each file under a folder was first committed to git: the same on every clone, unlike a file's
/// modification time, which a checkout sets to "now". One <c>git log</c> for the whole folder.
/// </summary>
public static class GitDates
{
    /// <returns>Relative path (forward slashes) → author date of the commit that added it; empty outside a repository.</returns>
    public static IReadOnlyDictionary<string, DateTimeOffset> FirstCommitted(string folder)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git", ["-c", "core.quotepath=off", "log", "--diff-filter=A", "--no-renames", "--relative", "--name-only", "--format=%x01%aI", "--", "."])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null) return dates;
            _ = git.StandardError.ReadToEndAsync(); // drained so a chatty git cannot block on a full pipe
            DateTimeOffset? current = null;
            // Newest commit first, so the last date seen for a path is the one that added it first.
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('\u0001'))
                    current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture, DateTimeStyles.None);
                else if (line.Length > 0 && current is { } date)
                    dates[line] = date;
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? dates : new Dictionary<string, DateTimeOffset>();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return dates; // no git on this machine
        }
    }
}
