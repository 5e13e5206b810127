using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TaskforceManager.Benchmarks;

/// <summary>Writes docs/benchmarks.md (a table against the targets, with the machine) and docs/benchmarks.json.</summary>
public static class BenchReport
{
    /// <summary>The machine's 1-minute load average when the measurements started (other work on a shared machine inflates the figures).</summary>
    public static string LoadAtStart { get; set; } = LoadAverage();

    /// <summary>The browser-level and memory figures (<see cref="BrowserBenchmarks"/>), when that part ran.</summary>
    public static IReadOnlyList<Figure> BrowserFigures { get; set; } = [];

    public static double BrowserSeconds { get; set; }

    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static void Write(string docsDirectory, IReadOnlyList<Figure> figures, BenchOptions options, string dataFile)
    {
        Directory.CreateDirectory(docsDirectory);
        var machine = Machine();
        var date = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var size = new BenchDataSize(options.Scale);

        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine("Written by `./bench.sh` (see the README); do not edit by hand — rerun it. Figures are milliseconds at the");
        md.AppendLine("service (the app's real services, a secretariat viewer, one DI scope per run as one page request), p50 and p95");
        md.AppendLine($"over the runs shown after 10 warm-up runs, on a SQLite file made by the benchmark data generator (version {BenchDataGenerator.Version}).");
        md.AppendLine();
        md.AppendLine($"- Date: {date}");
        md.AppendLine($"- Machine: {machine.Cores} cores, {machine.MemoryGb:0.0} GB memory, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        md.AppendLine($"- Load average (1 min) on the machine: {LoadAtStart} when the measurements started, {LoadAverage()} when they ended — on a shared machine the p95s move with it.");
        md.AppendLine($"- Data (scale {options.Scale.ToString(CultureInfo.InvariantCulture)}): {size.Requests:N0} support requests, {size.Briefings:N0} briefings, {size.Taskforces:N0} taskforces, " +
            $"{size.Roundtables:N0} roundtables, {size.Meetings:N0} meetings, {size.ActionItems:N0} action items, {size.Experts:N0} experts, " +
            $"{size.Practices:N0} best practices, {BenchDataSize.Countries} countries; audit trail of the bulk load {(options.Audit ? "written" : "not written")}.");
        md.AppendLine();
        md.AppendLine("## Service level");
        md.AppendLine();
        md.AppendLine("| figure | what | p50 ms | p95 ms | target p95 | met | runs | note |");
        md.AppendLine("|---|---|---:|---:|---:|---|---:|---|");
        foreach (var f in figures)
        {
            md.AppendLine(FormattableString.Invariant(
                $"| `{f.Name}` | {f.What} | {f.P50:0.0} | {f.P95:0.0} | ≤ {f.TargetP95:0} | {(f.Met ? "yes" : "**no**")} | {f.Runs} | {f.Note} |"));
        }

        md.AppendLine();
        BrowserSection.Append(md, BrowserFigures, BrowserSeconds);
        var analysis = Path.Combine(docsDirectory, "benchmarks-analysis.md");
        if (File.Exists(analysis))
        {
            md.AppendLine();
            md.Append(File.ReadAllText(analysis));
        }

        File.WriteAllText(Path.Combine(docsDirectory, "benchmarks.md"), md.ToString());

        var json = new
        {
            date,
            loadAverage = new { start = LoadAtStart, end = LoadAverage() },
            machine = new { cores = machine.Cores, memoryGb = Math.Round(machine.MemoryGb, 1), os = RuntimeInformation.OSDescription, runtime = RuntimeInformation.FrameworkDescription },
            generatorVersion = BenchDataGenerator.Version,
            scale = options.Scale,
            audit = options.Audit,
            figures = figures.Select(f => new
            {
                name = f.Name, what = f.What, p50 = Math.Round(f.P50, 2), p95 = Math.Round(f.P95, 2), unit = f.Unit, runs = f.Runs,
                targetP95 = f.TargetP95, met = f.Met, note = f.Note,
            }),
            browserAndMemory = BrowserFigures.Select(f => new
            {
                name = f.Name, what = f.What, p50 = Math.Round(f.P50, 2), p95 = Math.Round(f.P95, 2), unit = f.Unit, runs = f.Runs,
                targetP95 = double.IsFinite(f.TargetP95) ? Math.Round(f.TargetP95, 2) : (double?)null, met = f.Met, note = f.Note,
            }),
            browserAndMemorySeconds = Math.Round(BrowserSeconds),
        };
        File.WriteAllText(Path.Combine(docsDirectory, "benchmarks.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static (int Cores, double MemoryGb) Machine()
    {
        double memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            if (line is not null)
            {
                memory = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // Not Linux: the GC's view of the memory is good enough.
        }

        return (Environment.ProcessorCount, memory / (1024d * 1024 * 1024));
    }
}
