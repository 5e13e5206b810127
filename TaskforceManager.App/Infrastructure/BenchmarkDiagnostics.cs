using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace TaskforceManager.App.Infrastructure;

/// <summary>
/// <c>GET /_benchmark/memory</c>: forces a full garbage collection and returns the process's working set, the same after
/// the collector has given its free memory back, the managed heap and the process id, for <c>./bench.sh</c>'s
/// memory-per-circuit figures, with the number of open circuits. Mapped only when <c>Benchmark:Diagnostics</c> is true (off by default, never set in the
/// app's own configuration files).
/// </summary>
public static class BenchmarkDiagnostics
{
    public const string FlagName = "Benchmark:Diagnostics";
    public const string Path = "/_benchmark/memory";

    /// <summary>Counts the open circuits, for the endpoint, when the flag is on.</summary>
    public static IServiceCollection AddBenchmarkDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue(FlagName, false))
        {
            services.AddSingleton<OpenCircuits>();
            services.AddScoped<CircuitHandler, OpenCircuits.Handler>();
        }

        return services;
    }

    public static void MapBenchmarkDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue(FlagName, false))
        {
            return;
        }

        app.MapGet(Path, (OpenCircuits circuits) =>
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
                openCircuits = circuits.Count,
            });
        });
    }

    /// <summary>How many circuits are open now: the benchmark waits for the closed pages' circuits to be gone.</summary>
    public sealed class OpenCircuits
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public sealed class Handler(OpenCircuits open) : CircuitHandler
        {
            public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref open._count);
                return Task.CompletedTask;
            }

            public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
            {
                Interlocked.Decrement(ref open._count);
                return Task.CompletedTask;
            }
        }
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
