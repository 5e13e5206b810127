using System.Globalization;
using System.Text;

namespace TaskforceManager.Benchmarks;

/// <summary>The browser-level and memory sections of docs/benchmarks.md.</summary>
internal static class BrowserSection
{
    public static void Append(StringBuilder md, IReadOnlyList<Figure> figures, double seconds)
    {
        md.AppendLine("## Browser level");
        md.AppendLine();
        var clicks = figures.Where(f => f.Unit == "ms").ToList();
        if (clicks.Count == 0)
        {
            md.AppendLine("Not run in this invocation (`./bench.sh --only browser`).");
        }
        else
        {
            md.AppendLine("The published app (Release, Production environment) as its own process on 127.0.0.1, over a copy of the benchmark");
            md.AppendLine("database, driven by Chromium (Playwright) as a secretariat account made through the app's Identity set-up. A click is");
            md.AppendLine("timed inside the page: `performance.now()` before `element.click()`, stopped by a `MutationObserver` at the first DOM");
            md.AppendLine("change after which the expected element or text is there (Playwright's own round trips are outside the figure).");
            md.AppendLine("The dashboard figure is taken with Playwright's clock, from `goto` to the circuit being live and the counts shown.");
            md.AppendLine();
            md.AppendLine("| figure | what | p50 ms | p95 ms | target p95 | met | runs | note |");
            md.AppendLine("|---|---|---:|---:|---:|---|---:|---|");
            foreach (var f in clicks)
            {
                md.AppendLine(FormattableString.Invariant(
                    $"| `{f.Name}` | {f.What} | {f.P50:0.0} | {f.P95:0.0} | {(double.IsFinite(f.TargetP95) ? $"≤ {f.TargetP95:0}" : "—")} | {(double.IsFinite(f.TargetP95) ? (f.Met ? "yes" : "**no**") : "—")} | {f.Runs} | {f.Note} |"));
            }
        }

        md.AppendLine();
        md.AppendLine("## Memory per circuit");
        md.AppendLine();
        var memory = figures.Where(f => f.Unit != "ms").ToList();
        if (memory.Count == 0)
        {
            md.AppendLine("Not run in this invocation (`./bench.sh --only memory`).");
        }
        else
        {
            md.AppendLine("The server's working set after a forced full GC (`GET /_benchmark/memory`, mapped only with `Benchmark:Diagnostics=true`)");
            md.AppendLine("with N pages open, minus the same before them (after 20 pages opened and closed one at a time to warm the server up),");
            md.AppendLine("divided by N; in the same run for the bare Blazor Server template (`benchmarks/BareTemplate`, its counter page). The");
            md.AppendLine("same again after a GC that returns its free memory to the system, and for the managed heap alone.");
            md.AppendLine();
            md.AppendLine("| figure | what | value | unit | target | met |");
            md.AppendLine("|---|---|---:|---|---:|---|");
            foreach (var f in memory)
            {
                var target = double.IsFinite(f.TargetP95) ? "≤ " + f.TargetP95.ToString("0.##", CultureInfo.InvariantCulture) : "—";
                md.AppendLine(FormattableString.Invariant(
                    $"| `{f.Name}` | {f.What} | {f.P50:0.##} | {f.Unit} | {target} | {(double.IsFinite(f.TargetP95) ? (f.Met ? "yes" : "**no**") : "—")} |"));
            }
        }

        md.AppendLine();
        if (seconds > 0)
        {
            md.AppendLine(FormattableString.Invariant($"The browser and memory part took {seconds:0} s."));
            md.AppendLine();
        }
    }
}
