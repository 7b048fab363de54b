using System.Collections.Concurrent;
using StaticNews.Model;

namespace StaticNews.Enrich;

/// <summary>
/// Runs one step over many documents on all cores, each with its own list of problems, and reports the
/// problems in input order, so the messages read the same whatever order the threads finished in.
/// </summary>
public static class ParallelMap
{
    public static IReadOnlyList<TResult> Run<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, ICollection<Diagnostic>, TResult?> step,
        ICollection<Diagnostic> problems) where TResult : class
    {
        var results = new TResult?[items.Count];
        var found = new ConcurrentBag<(int Index, List<Diagnostic> Problems)>();
        // Twice the cores: a step that waits for a file read leaves its core to another.
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, i =>
        {
            var local = new List<Diagnostic>();
            results[i] = step(items[i], local);
            if (local.Count > 0) found.Add((i, local));
        });
        foreach (var (_, local) in found.OrderBy(f => f.Index))
            foreach (var problem in local) problems.Add(problem);
        return results.OfType<TResult>().ToList();
    }
}
