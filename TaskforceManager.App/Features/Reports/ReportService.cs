using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Reports;

/// <summary>Something a report can be about, as the subject picker lists it.</summary>
public sealed record ReportSubject(int? RecordId, string? CountryCode, string Label);

/// <summary>
/// The one door to the reports for the page and the download endpoint: it hands a <see cref="ReportRequest"/> to the
/// report's data service (which checks the viewer's scope and <see cref="ReportRules.CanProduce"/>, auditing refusals)
/// and turns the data into a <see cref="ReportDocument"/>.
/// </summary>
public sealed class ReportService(
    IDbContextFactory<AppDbContext> dbFactory,
    AccessPolicy access,
    BriefingReportService briefings,
    TaskforceProgressReportService taskforces,
    RoundtableReportService roundtables,
    CountryOverviewReportService countries,
    PipelineReportService pipeline,
    AcknowledgementPolicy acknowledgement,
    TimeProvider clock)
{
    /// <summary>How many subjects the picker offers for a search.</summary>
    public const int SubjectLimit = 25;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The pipeline's default period: the year so far.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod => (new DateOnly(Today.Year, 1, 1), Today);

    public async Task<IReadOnlyList<ReportKind>> AvailableAsync() => ReportRules.Available(await access.ViewerAsync());

    /// <param name="withDataTables">Adds the tables only the .xlsx and .csv carry (the pipeline's list of requests).</param>
    public async Task<ReportDocument> ProduceAsync(ReportRequest request, bool withDataTables = false, CancellationToken ct = default)
    {
        switch (request.Kind)
        {
            case ReportKind.Briefing:
                return ReportDocuments.Briefing(await briefings.GetAsync(RecordId(request), ct), Today);
            case ReportKind.TaskforceProgress:
                return ReportDocuments.TaskforceProgress(await taskforces.GetAsync(RecordId(request), ct));
            case ReportKind.Roundtable:
                return ReportDocuments.Roundtable(await roundtables.GetAsync(RecordId(request), ct), Today);
            case ReportKind.CountryOverview:
                var country = string.IsNullOrWhiteSpace(request.CountryCode) ? throw new DomainException("Choose a country.") : request.CountryCode;
                return ReportDocuments.CountryOverview(await countries.GetAsync(country, ct));
            default:
                var (from, to) = (request.From ?? DefaultPeriod.From, request.To ?? DefaultPeriod.To);
                var data = await pipeline.GetAsync(from, to, ct);
                var rows = withDataTables ? await pipeline.RequestsAsync(from, to, ct) : null;
                return ReportDocuments.Pipeline(data, rows, acknowledgement.WorkingDays);
        }
    }

    /// <summary>
    /// The subjects the viewer may choose for a report, matching <paramref name="search"/>, newest first: records through
    /// the viewer's scope (for a contact, those whose report is published), countries as <see cref="ReportRules.CanProduce"/>
    /// allows. Nothing for reports they cannot produce.
    /// </summary>
    public async Task<IReadOnlyList<ReportSubject>> SubjectsAsync(ReportKind kind, string? search, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        if (!ReportRules.Available(v).Contains(kind))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var text = search?.Trim().ToLower() ?? string.Empty;
        switch (kind)
        {
            case ReportKind.Briefing:
                var b = await access.Briefings(db, v).AsNoTracking().Where(x => v.IsSecretariat || x.IsReportPublished).Where(x => text == string.Empty || x.Title.ToLower().Contains(text))
                    .OrderByDescending(x => x.CreatedAt).Take(SubjectLimit).Select(x => new { x.Id, x.Title, x.CountryCode, x.Status }).ToListAsync(ct);
                return b.Select(x => new ReportSubject(x.Id, null, $"{x.Title} ({x.CountryCode}, {ReportText.Status(x.Status).ToLowerInvariant()})")).ToList();
            case ReportKind.TaskforceProgress:
                var t = await access.Taskforces(db, v).AsNoTracking().Where(x => v.IsSecretariat || x.IsReportPublished).Where(x => text == string.Empty || x.Title.ToLower().Contains(text))
                    .OrderByDescending(x => x.CreatedAt).Take(SubjectLimit).Select(x => new { x.Id, x.Title, x.CountryCode, x.Status }).ToListAsync(ct);
                return t.Select(x => new ReportSubject(x.Id, null, $"{x.Title} ({x.CountryCode}, {ReportText.Status(x.Status).ToLowerInvariant()})")).ToList();
            case ReportKind.Roundtable:
                var r = await access.Roundtables(db, v).AsNoTracking().Where(x => v.IsSecretariat || x.IsReportPublished).Where(x => text == string.Empty || x.Title.ToLower().Contains(text))
                    .OrderByDescending(x => x.CreatedAt).Take(SubjectLimit).Select(x => new { x.Id, x.Title, x.CountryCode, x.Status }).ToListAsync(ct);
                return r.Select(x => new ReportSubject(x.Id, null, $"{x.Title} ({x.CountryCode ?? "Europe-wide"}, {ReportText.Status(x.Status).ToLowerInvariant()})")).ToList();
            case ReportKind.CountryOverview:
                var c = await db.Countries.AsNoTracking()
                    .Where(x => v.IsSecretariat || x.Code == v.CountryCode)
                    .Where(x => text == string.Empty || x.Name.ToLower().Contains(text) || x.Code.ToLower() == text)
                    .OrderBy(x => x.Name).Select(x => new { x.Code, x.Name }).ToListAsync(ct);
                return c.Select(x => new ReportSubject(null, x.Code, x.Name)).ToList();
            default:
                return [];
        }
    }

    private static int RecordId(ReportRequest request) =>
        request.RecordId ?? throw new DomainException($"Choose a {ReportKinds.SubjectLabel(request.Kind).ToLowerInvariant()}.");
}

public static class ReportServiceCollectionExtensions
{
    /// <summary>The report services; called from <c>AddTaskforceFeatures</c>.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<BriefingReportService>();
        services.AddScoped<TaskforceProgressReportService>();
        services.AddScoped<RoundtableReportService>();
        services.AddScoped<CountryOverviewReportService>();
        services.AddScoped<PipelineReportService>();
        services.AddScoped<ReportService>();
        return services;
    }
}
