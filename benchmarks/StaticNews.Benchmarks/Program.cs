using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/StaticNews.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(StaticNews.Benchmarks.HotPaths).Assembly).Run(args);
