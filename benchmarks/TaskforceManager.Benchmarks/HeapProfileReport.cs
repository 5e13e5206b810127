using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaskforceManager.Benchmarks;

/// <summary>
/// The heap profile of the memory part (<c>./bench.sh --only memory --heap-profile</c>): what each circuit holds, from the
/// live objects of the server before and after the pages were opened (benchmarks/HeapProfile), by type and, for the
/// render tree buffers, by component. Written to docs/benchmarks-heap.md.
/// </summary>
public static class HeapProfileReport
{
    private const int Rows = 25;

    public static string Write(MemoryReading dashboard, MemoryReading counter)
    {
        var md = new StringBuilder();
        md.AppendLine("# Heap profile of a circuit");
        md.AppendLine();
        md.AppendLine("Written by `./bench.sh --only memory --heap-profile`: the live managed objects of each server (walked from the GC's roots");
        md.AppendLine("with ClrMD, `benchmarks/HeapProfile`) after the pages were opened, minus the same before, divided by the pages. Render");
        md.AppendLine("tree buffers are the frame arrays each component keeps for its current render and the previous one it diffs against.");
        md.AppendLine(FormattableString.Invariant($"Taken {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC."));
        Section(md, "Dashboard (`/`)", dashboard);
        Section(md, "Bare Blazor Server template (`/counter`)", counter);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, MemoryReading reading)
    {
        md.AppendLine();
        md.AppendLine($"## {title}");
        md.AppendLine();
        if (reading.ProfileBefore is null || reading.ProfileAfter is null)
        {
            md.AppendLine("No profile.");
            return;
        }

        var pages = Math.Max(1, reading.Pages);
        using var before = JsonDocument.Parse(File.ReadAllText(reading.ProfileBefore));
        using var after = JsonDocument.Parse(File.ReadAllText(reading.ProfileAfter));
        var types = Difference(before, after, "types", "bytes");
        var components = Difference(before, after, "components", "bytes");
        md.AppendLine(FormattableString.Invariant(
            $"{reading.Pages} pages; per circuit {types.Sum(t => t.Bytes) / 1024d / pages:0} KB of live objects, of which {components.Sum(c => c.Bytes) / 1024d / pages:0} KB render tree buffers."));
        md.AppendLine();
        md.AppendLine("| type | objects per circuit | KB per circuit |");
        md.AppendLine("|---|---:|---:|");
        foreach (var t in types.OrderByDescending(t => t.Bytes).Take(Rows))
        {
            md.AppendLine(FormattableString.Invariant($"| `{Shorten(t.Name)}` | {t.Count / (double)pages:0.#} | {t.Bytes / 1024d / pages:0.0} |"));
        }

        md.AppendLine();
        md.AppendLine("| component | instances per circuit | render tree buffers, KB per circuit |");
        md.AppendLine("|---|---:|---:|");
        foreach (var c in components.OrderByDescending(c => c.Bytes).Take(Rows))
        {
            md.AppendLine(FormattableString.Invariant($"| `{Shorten(c.Name)}` | {c.Count / (double)pages:0.#} | {c.Bytes / 1024d / pages:0.0} |"));
        }
    }

    private static List<(string Name, long Count, long Bytes)> Difference(JsonDocument before, JsonDocument after, string list, string size)
    {
        var earlier = before.RootElement.GetProperty(list).EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => (Count: e.GetProperty("count").GetInt64(), Bytes: e.GetProperty(size).GetInt64()));
        return after.RootElement.GetProperty(list).EnumerateArray()
            .Select(e =>
            {
                var name = e.GetProperty("name").GetString()!;
                var was = earlier.GetValueOrDefault(name);
                return (name, e.GetProperty("count").GetInt64() - was.Count, e.GetProperty(size).GetInt64() - was.Bytes);
            })
            .Where(x => x.Item3 > 0)
            .ToList();
    }

    private static string Shorten(string type)
    {
        var s = type.Replace("Microsoft.AspNetCore.Components.", "", StringComparison.Ordinal)
            .Replace("System.Collections.Generic.", "", StringComparison.Ordinal)
            .Replace("TaskforceManager.App.", "", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal);
        return s.Length > 110 ? s[..107] + "…" : s;
    }
}
