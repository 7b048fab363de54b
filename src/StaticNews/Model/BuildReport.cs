namespace StaticNews.Model;

/// <summary>What a build did: its problems, and what it published when it published.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, Site? Site, int FilesWritten, TimeSpan Elapsed, bool Published)
{
    /// <summary>HTML pages published.</summary>
    public int Pages { get; init; }
    /// <summary>Feeds published (RSS, Atom, JSON Feed, per-tag RSS).</summary>
    public int Feeds { get; init; }
    /// <summary>The deletion of earlier generations, left running in the background; waiting for it is optional.</summary>
    public Task CleanUp { get; init; } = Task.CompletedTask;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
