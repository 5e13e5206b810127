using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Matching;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Matching;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.Benchmarks;

/// <summary>One measured figure: percentiles over <see cref="Runs"/> timed runs (after warm-up), against its target.</summary>
public sealed record Figure(string Name, string What, double P50, double P95, string Unit, int Runs, double TargetP95, string? Note)
{
    public bool Met => P95 <= TargetP95;

    public string Line => FormattableString.Invariant($"{Name} {P50:0.00} {P95:0.00} {Unit}");
}

/// <summary>Times the app's services as the secretariat sees them, each in a fresh DI scope per run (as one page request).</summary>
/// <remarks>With a <paramref name="explain"/> recorder, each figure runs once and its SQL and query plans are printed instead.</remarks>
public sealed class ServiceBenchmarks(ServiceProvider services, int runs, (CommandRecorder Recorder, string File)? explain = null)
{
    /// <summary>Only the figures whose names start with one of these (<c>--figures</c>); all when empty.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    private const int WarmUp = 10;
    private const double ListTarget = 50, SuggestionTarget = 100, DashboardTarget = 200, ProgressReportTarget = 300, PipelineTarget = 2000;

    /// <summary>A figure's runs stop early (at no fewer than 20) once they have taken this long, so slow figures do not eat the budget.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    public async Task<IReadOnlyList<Figure>> RunAllAsync(Action<string> print)
    {
        var (taskforceId, reportTaskforceId, meetingsOfReport) = await SubjectsAsync();
        var figures = new List<Figure>();

        async Task Measure(string name, string what, double target, Func<IServiceProvider, Task> run, string? note = null)
        {
            if (Only.Count > 0 && !Only.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return;
            }

            var figure = await TimeAsync(name, what, target, run, note);
            figures.Add(figure);
            print(figure.Line);
        }

        var all = new RequestListQuery();
        var byCountryAndStatus = new RequestListQuery { Country = "DE", Statuses = [SupportRequestStatus.Declined] };
        var overdue = new RequestListQuery { OverdueOnly = true };
        var search = new RequestListQuery { Text = "robotics" };
        foreach (var (key, label, query) in new[]
                 {
                     ("all", "no filter", all), ("country_status", "country DE + status Declined", byCountryAndStatus),
                     ("overdue", "overdue only", overdue), ("search", "text search \"robotics\"", search),
                 })
        {
            await Measure($"requests.{key}.page1", $"Requests list, {label}, page 1 (25 rows)", ListTarget,
                sp => sp.GetRequiredService<RequestListService>().ListAsync(query));
            var total = (await InScope(sp => sp.GetRequiredService<RequestListService>().ListAsync(query))).Total;
            var lastPage = Math.Max(1, (total + query.Size - 1) / query.Size);
            var page = Math.Min(500, lastPage);
            await Measure($"requests.{key}.page500", $"Requests list, {label}, page {page}{(page < 500 ? " (the last)" : string.Empty)}", ListTarget,
                sp => sp.GetRequiredService<RequestListService>().ListAsync(query with { Page = page }),
                $"{total:N0} matching requests");
        }

        await Measure("taskforces.page1", "Taskforces list, no filter, page 1", ListTarget,
            sp => sp.GetRequiredService<TaskforceListService>().ListAsync(new TaskforceListFilter(), new ListPaging()));
        await Measure("taskforces.page100", "Taskforces list, no filter, page 100", ListTarget,
            sp => sp.GetRequiredService<TaskforceListService>().ListAsync(new TaskforceListFilter(), new ListPaging(Page: 100)));
        await Measure("case.suggestions", "Suggestions for one taskforce: top experts, excluded experts and top practices (SuggestionService)", SuggestionTarget,
            sp => sp.GetRequiredService<SuggestionService>().ForAsync(SuggestionFor.Case(CaseKind.Taskforce, taskforceId)));
        await Measure("case.page_load", "Taskforce case page: details, meetings and history, people, comments, names", ListTarget,
            sp => CasePageAsync(sp, reportTaskforceId), $"the taskforce with {meetingsOfReport} meetings");
        await Measure("dashboard.view", "Dashboard: counts, cases by status, taskforces by country and over time, requests by theme (DashboardService)",
            DashboardTarget, sp => sp.GetRequiredService<DashboardService>().GetAsync(), "no target in the issue; the budget this report holds it to");
        await Measure("report.progress_docx", $"Taskforce progress report .docx ({meetingsOfReport} meetings)", ProgressReportTarget,
            sp => DocxAsync(sp, new ReportRequest(ReportKind.TaskforceProgress, reportTaskforceId)));
        await Measure("report.pipeline_docx", "Pipeline report .docx over all requests (three years)", PipelineTarget,
            sp => DocxAsync(sp, new ReportRequest(ReportKind.Pipeline, From: DateOnly.FromDateTime(BenchDataGenerator.Now.AddYears(-4).UtcDateTime),
                To: DateOnly.FromDateTime(BenchDataGenerator.Now.UtcDateTime))));
        return figures;
    }

    private async Task<(int Taskforce, int ReportTaskforce, int Meetings)> SubjectsAsync()
    {
        using var scope = services.CreateScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var report = await db.Taskforces.Where(t => t.Title == BenchDataGenerator.ReportTaskforceTitle).Select(t => t.Id).SingleAsync();
        var meetings = await db.Meetings.CountAsync(m => m.TaskforceId == report);
        var middle = await db.Taskforces.OrderBy(t => t.Id).Skip(await db.Taskforces.CountAsync() / 2).Select(t => t.Id).FirstAsync();
        return (middle, report, meetings);
    }

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }

    private async Task<Figure> TimeAsync(string name, string what, double target, Func<IServiceProvider, Task> run, string? note)
    {
        if (explain is { } e)
        {
            e.Recorder.TakeAll();
            e.Recorder.Recording = true;
            await InScope(async sp => { await run(sp); return 0; });
            e.Recorder.Recording = false;
            Console.WriteLine($"### {name}: {what}\n\n{CommandRecorder.Explain(e.File, e.Recorder.TakeAll())}");
            return new Figure(name, what, 0, 0, "ms", 1, target, note);
        }

        for (var i = 0; i < WarmUp; i++)
        {
            await InScope(async sp => { await run(sp); return 0; });
        }

        var times = new List<double>(runs);
        var total = Stopwatch.StartNew();
        while (times.Count < runs && (times.Count < 20 || total.Elapsed < Budget))
        {
            var watch = Stopwatch.StartNew();
            await InScope(async sp => { await run(sp); return 0; });
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var runNote = times.Count < runs ? $"stopped after {times.Count} runs ({Budget.TotalSeconds:0} s budget)" : null;
        return new Figure(name, what, Percentile(times, 0.50), Percentile(times, 0.95), "ms", times.Count, target,
            string.Join("; ", new[] { note, runNote }.Where(n => n is not null)) is { Length: > 0 } n ? n : null);
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /// <summary>What the taskforce page and its tabs ask for when it opens.</summary>
    private static async Task CasePageAsync(IServiceProvider sp, int taskforceId)
    {
        var view = await sp.GetRequiredService<TaskforceService>().GetAsync(taskforceId);
        var reference = sp.GetRequiredService<CaseReferenceService>();
        await reference.CountriesAsync();
        await reference.ThemesAsync();
        await sp.GetRequiredService<ExpertService>().TeamAsync(CaseKind.Taskforce, taskforceId);
        await sp.GetRequiredService<CaseCommentService>().ListAsync(CaseSubject.Taskforce, taskforceId);
        GC.KeepAlive(view);
    }

    private static async Task DocxAsync(IServiceProvider sp, ReportRequest request)
    {
        var document = await sp.GetRequiredService<ReportService>().ProduceAsync(request);
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream);
    }
}
