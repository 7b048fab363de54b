using System.Diagnostics;
using System.Globalization;

namespace StaticNews.Enrich;

/// <summary>What git can say of when the files under a folder were first committed.</summary>
/// <param name="Dates">Relative path (forward slashes) → author date of the commit that added it, where that is known for sure.</param>
/// <param name="Doubt">Why some files' first commit cannot be told (a shallow clone, a repository git refuses), with the fix; null when git's answer is complete.</param>
/// <param name="Doubtful">The files the doubt is about (committed in a shallow clone's oldest commit); null when it is about every file.</param>
public sealed record GitHistory(IReadOnlyDictionary<string, DateTimeOffset> Dates, string? Doubt = null, IReadOnlySet<string>? Doubtful = null)
{
    public static readonly GitHistory None = new(new Dictionary<string, DateTimeOffset>());

    /// <summary>Why this file's date cannot be told, when git has no sure date for it but might have one.</summary>
    public string? DoubtAbout(string file) => Doubt is not null && (Doubtful is null || Doubtful.Contains(file)) ? Doubt : null;
}

/// <summary>
/// The date each file under a folder was first committed to git: the same on every clone, unlike a file's
/// modification time, which a checkout sets to "now". One <c>git log</c> for the whole folder. In a shallow clone
/// (most CI checkouts) the oldest commit it holds seems to add every file that is older: those dates are not
/// taken, and the build says why.
/// </summary>
public static class GitDates
{
    public static GitHistory FirstCommitted(string folder)
    {
        var log = Git(folder, "-c", "core.quotepath=off", "log", "--diff-filter=A", "--no-renames", "--relative", "--name-only", "--format=%x01%H %aI", "--", ".");
        if (log is null) return GitHistory.None; // no git on this machine
        var (exit, output, errors) = log.Value;
        if (exit != 0)
        {
            if (errors.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)) return GitHistory.None;
            var reason = errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"exit code {exit}";
            return new GitHistory(new Dictionary<string, DateTimeOffset>(), $"git refused to read the repository ({reason}). "
                + (errors.Contains("safe.directory", StringComparison.Ordinal) ? $"Run `git config --global --add safe.directory {QuotedPath(errors) ?? Path.GetFullPath(folder)}`, or give" : "Give")
                + " the dump a date in a sidecar `.yml`.");
        }
        var boundary = ShallowBoundary(folder);
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var uncertain = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? current = null;
        var atBoundary = false;
        // Newest commit first, so the last date seen for a path is the one that added it first.
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith('\u0001') && line.Split(' ', 2) is [var hash, var date])
            {
                current = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.None);
                atBoundary = boundary.Contains(hash[1..]);
            }
            else if (line.Length > 0 && current is { } added)
            {
                dates[line] = added;
                if (atBoundary) uncertain.Add(line);
                else uncertain.Remove(line);
            }
        }
        foreach (var path in uncertain) dates.Remove(path);
        return uncertain.Count == 0 ? new GitHistory(dates) : new GitHistory(dates, "this is a shallow clone, whose history does not say when older files were first committed. "
              + "Fetch the full history (`git fetch --unshallow`; in GitHub Actions `fetch-depth: 0`), or give the dump a date in a sidecar `.yml`.", uncertain);
    }

    /// <summary>The repository git names in <c>… repository at '/path'</c>.</summary>
    private static string? QuotedPath(string errors)
    {
        var start = errors.IndexOf(" at '", StringComparison.Ordinal);
        var end = start < 0 ? -1 : errors.IndexOf('\'', start + 5);
        return end < 0 ? null : errors[(start + 5)..end];
    }

    /// <summary>The commits a shallow clone was cut at; none in a full clone.</summary>
    private static HashSet<string> ShallowBoundary(string folder)
    {
        var path = Git(folder, "rev-parse", "--git-path", "shallow");
        if (path is not (0, var relative, _)) return [];
        var file = Path.Combine(folder, relative.Trim());
        return File.Exists(file) ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : [];
    }

    private static (int Exit, string Output, string Errors)? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            var errors = git.StandardError.ReadToEndAsync(); // drained so a chatty git cannot block on a full pipe
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return (git.ExitCode, output, errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
