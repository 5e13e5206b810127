using System.Diagnostics;

namespace TaskforceManager.App.Infrastructure;

/// <summary>
/// <c>GET /_benchmark/memory</c>: forces a full garbage collection and returns the process's working set, for
/// <c>./bench.sh</c>'s memory-per-circuit figure. Mapped only when <c>Benchmark:Diagnostics</c> is true (off by default,
/// never set in the app's own configuration files).
/// </summary>
public static class BenchmarkDiagnostics
{
    public const string FlagName = "Benchmark:Diagnostics";
    public const string Path = "/_benchmark/memory";

    public static void MapBenchmarkDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue(FlagName, false))
        {
            return;
        }

        app.MapGet(Path, () =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            return Results.Ok(new { workingSetBytes = process.WorkingSet64, managedBytes = GC.GetTotalMemory(false), processId = Environment.ProcessId });
        });
    }
}
