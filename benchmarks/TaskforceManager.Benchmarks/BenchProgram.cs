using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.Benchmarks;

/// <summary>
/// <c>./bench.sh</c>'s program: makes (or reuses) the cached benchmark database, then times the app's real services as a
/// secretariat viewer and writes the figures to the console, docs/benchmarks.md and docs/benchmarks.json.
/// Arguments: <c>--data DIR</c> (cache folder), <c>--docs DIR</c>, <c>--runs N</c>, <c>--scale X</c>, <c>--audit</c>,
/// <c>--explain</c> (run each figure once and print its SQL with SQLite's EXPLAIN QUERY PLAN instead of timing).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        Directory.CreateDirectory(options.DataDirectory);
        var scaleTag = options.Scale == 1.0 ? string.Empty : "-s" + options.Scale.ToString("0.####", CultureInfo.InvariantCulture);
        var file = Path.Combine(options.DataDirectory, $"bench-v{BenchDataGenerator.Version}{scaleTag}{(options.Audit ? "-audit" : string.Empty)}.db");
        if (!File.Exists(file))
        {
            var partial = file + ".partial";
            File.Delete(partial);
            Console.Error.WriteLine($"Generating the benchmark data (generator version {BenchDataGenerator.Version}, scale {options.Scale}) into {file} …");
            var watch = Stopwatch.StartNew();
            var generator = new BenchDataGenerator(new BenchDataSize(options.Scale))
            {
                Audit = options.Audit,
                Log = m => Console.Error.WriteLine($"  {watch.Elapsed.TotalSeconds,6:0.0}s  {m}"),
            };
            await generator.GenerateAsync(ContextOptions(partial));
            SqliteConnection.ClearAllPools();
            File.Move(partial, file);
            Console.Error.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:0.0} s.");
        }
        else
        {
            Console.Error.WriteLine($"Using the cached benchmark data {file}.");
        }

        await BenchDataGenerator.BringUpToDateAsync(ContextOptions(file));

        if (options.Explain)
        {
            var recorder = new CommandRecorder();
            var explained = BuildServices(new DbContextOptionsBuilder<AppDbContext>(ContextOptions(file)).AddInterceptors(recorder).Options);
            await new ServiceBenchmarks(explained, 1, (recorder, file)) { Only = options.Figures }.RunAllAsync(_ => { });
            return 0;
        }

        BenchReport.LoadAtStart = BenchReport.LoadAverage();
        var figures = options.Includes("service")
            ? await new ServiceBenchmarks(BuildServices(ContextOptions(file)), options.Runs) { Only = options.Figures }.RunAllAsync(line => Console.WriteLine(line))
            : [];
        if (options.Includes("browser") || options.Includes("memory"))
        {
            var watch = Stopwatch.StartNew();
            var profiler = options.HeapProfile ? Path.Combine("benchmarks", "HeapProfile", "bin", "Release", "net10.0", "HeapProfile.dll") : null;
            var benchmarks = new BrowserBenchmarks(options.AppFolder, options.BareFolder, file, options.BrowserRuns, options.Pages, m => Console.Error.WriteLine(m), profiler);
            var browser = await benchmarks.RunAsync(options.Includes("browser"), options.Includes("memory"));
            if (benchmarks.HeapProfile is { } profile && options.DocsDirectory is { } heapDocs)
            {
                await File.WriteAllTextAsync(Path.Combine(heapDocs, "benchmarks-heap.md"), profile);
                Console.Error.WriteLine($"Wrote {Path.Combine(heapDocs, "benchmarks-heap.md")}.");
            }
            foreach (var figure in browser)
            {
                Console.WriteLine(figure.Line);
            }

            BenchReport.BrowserFigures = browser;
            BenchReport.BrowserSeconds = watch.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"Browser and memory part: {watch.Elapsed.TotalSeconds:0} s.");
        }

        if (options.DocsDirectory is { } docs)
        {
            BenchReport.Write(docs, figures, options, file);
            Console.Error.WriteLine($"Wrote {Path.Combine(docs, "benchmarks.md")} and benchmarks.json.");
        }

        return 0;
    }

    private static DbContextOptions<AppDbContext> ContextOptions(string file) =>
        new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file }.ToString())
            .Options;

    /// <summary>
    /// The app's own registrations (<see cref="FeatureServiceCollectionExtensions.AddTaskforceFeatures"/>), with the
    /// database at <paramref name="options"/>, the data's clock and a signed-in secretariat viewer, as the tests do.
    /// </summary>
    public static ServiceProvider BuildServices(DbContextOptions<AppDbContext> options)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new BenchEnvironment());
        services.AddSingleton<TimeProvider>(new FixedClock(BenchDataGenerator.Now));
        var viewer = Viewer.Secretariat("bench-secretariat", "Benchmark Secretariat");
        services.AddScoped(_ => new FixedUser(viewer));
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<FixedUser>());
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<FixedUser>());
        services.AddSingleton(options);
        services.AddScoped<IDbContextFactory<AppDbContext>, AppDbContextFactory>();
        services.AddTaskforceFeatures(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "TaskforceManager.Benchmarks";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

public sealed record BenchOptions(string DataDirectory, string? DocsDirectory, int Runs, double Scale, bool Audit, bool Explain = false)
{
    /// <summary><c>--only service,browser,memory</c> (default: all three).</summary>
    public IReadOnlyList<string> Parts { get; init; } = ["service", "browser", "memory"];

    /// <summary><c>--app DIR</c>, <c>--bare DIR</c>: the published app and bare template for the browser and memory parts.</summary>
    public string AppFolder { get; init; } = Path.Combine("benchmarks", ".build", "app");

    public string BareFolder { get; init; } = Path.Combine("benchmarks", ".build", "bare");

    /// <summary><c>--heap-profile</c>: also profile the servers' heaps for the memory part (docs/benchmarks-heap.md).</summary>
    public bool HeapProfile { get; init; }

    /// <summary><c>--browser-runs N</c> (default 50) and <c>--pages N</c> (default 100).</summary>
    public int BrowserRuns { get; init; } = 50;

    public int Pages { get; init; } = 100;

    /// <summary><c>--figures a,b</c>: only the service figures whose names start with these (for working on one figure).</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    public bool Includes(string part) => Parts.Contains(part);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        return new BenchOptions(
            Value("--data") ?? Path.Combine("benchmarks", ".data"),
            Value("--docs"),
            int.Parse(Value("--runs") ?? "200", CultureInfo.InvariantCulture),
            double.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture),
            args.Contains("--audit"),
            args.Contains("--explain"))
        {
            Parts = Value("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? ["service", "browser", "memory"],
            AppFolder = Value("--app") ?? Path.Combine("benchmarks", ".build", "app"),
            BareFolder = Value("--bare") ?? Path.Combine("benchmarks", ".build", "bare"),
            BrowserRuns = int.Parse(Value("--browser-runs") ?? "50", CultureInfo.InvariantCulture),
            Pages = int.Parse(Value("--pages") ?? "100", CultureInfo.InvariantCulture),
            HeapProfile = args.Contains("--heap-profile"),
            Figures = Value("--figures")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
    }
}
