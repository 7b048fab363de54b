using System.Diagnostics;

namespace StaticNews.Tests;

/// <summary>Runs the built StaticNews program as a user would, for exit codes and command-line behaviour.</summary>
public static class ProgramRunner
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "StaticNews.dll");

    public static int Run(params string[] args) => Start(args).Process.WaitForExitAndGet();

    public static (Process Process, Task<string> Output, Task<string> Errors) Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        return (process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    private static int WaitForExitAndGet(this Process process)
    {
        process.WaitForExit();
        return process.ExitCode;
    }
}
