// The floor under a full build on this machine: a site's output tree written again from memory, and nothing else —
// no input read, no page made. run.sh times it for each tool's own output, in the conditions it times the builds,
// so that what a build costs above it can be compared.
//   dotnet run benchmarks/floor.cs -- SITE-TREE DESTINATION     prints: files megabytes seconds
using System.Diagnostics;

if (args.Length != 2 || !Directory.Exists(args[0]) || Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: dotnet run floor.cs -- SITE-TREE DESTINATION (an existing tree, a folder that does not exist yet)");
    return 2;
}
var tree = Path.GetFullPath(args[0]);
var destination = Path.GetFullPath(args[1]);
var files = Directory.EnumerateFiles(tree, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
    .Select(path => (Path: Path.Combine(destination, Path.GetRelativePath(tree, path)), Bytes: File.ReadAllBytes(path)))
    .ToArray();

// As a build writes, a folder made when a file needs it, each file created, written, closed; but one worker per core,
// where a build has two (to render while another waits on the disk): for writing alone two workers did better than
// four here (StaticNews's tree in 0.63 s against 0.90 s, a C loop on a quiet disk).
var clock = Stopwatch.StartNew();
Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    Directory.CreateDirectory(Path.GetDirectoryName(files[i].Path)!);
    using var handle = File.OpenHandle(files[i].Path, FileMode.CreateNew, FileAccess.Write);
    RandomAccess.Write(handle, files[i].Bytes, 0);
});
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(FormattableString.Invariant($"{files.Length} {files.Sum(f => (long)f.Bytes.Length) / 1e6:F1} {seconds:F2}"));
return 0;
