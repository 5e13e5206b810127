using System.Diagnostics;

namespace TaskforceManager.App.Infrastructure;

/// <summary>
/// <c>GET /_benchmark/memory</c>: forces a full garbage collection and returns the process's working set, the same after
/// the collector has given its free memory back, the managed heap and the process id, for <c>./bench.sh</c>'s
/// memory-per-circuit figures. Mapped only when <c>Benchmark:Diagnostics</c> is true (off by default, never set in the
/// app's own configuration files).
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
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var workingSet = WorkingSet();
            // The same again after a GC that also hands its free memory back to the system, so the figure counts what is
            // held rather than what the collector keeps in reserve.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return Results.Ok(new
            {
                workingSetBytes = workingSet,
                decommittedWorkingSetBytes = WorkingSet(),
                managedBytes = GC.GetTotalMemory(false),
                processId = Environment.ProcessId,
            });
        });
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
