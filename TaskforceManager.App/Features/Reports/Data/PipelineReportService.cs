using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Reports;

public sealed record CountRow(string Key, string Label, int Count);

public sealed record CaseCountRow(string CaseType, string Status, int Count);

/// <summary>How long requests took to reach a stage, in days: how many did, the median and the 90th percentile.</summary>
public sealed record StageTime(string Stage, int Count, double? MedianDays, double? P90Days);

public sealed record OverdueRequest(string Reference, string Title, string Country, DateOnly ReceivedOn, DateOnly DueOn);

public sealed record OverdueBriefing(string Title, string Country, PolicyBriefingStatus Status, DateOnly DueOn);

public sealed record OverdueActionItem(string Text, string Owner, DateOnly DueOn, string Meeting, string? Case);

public sealed record OverdueDeliverable(string Taskforce, string Title, DeliverableStatus Status, DateOnly DueOn);

/// <summary>How many items are overdue, and the longest-overdue of them.</summary>
public sealed record Overdue<T>(int Total, IReadOnlyList<T> Oldest);

public sealed record PipelineRequestRow(
    string Reference,
    string Title,
    string Country,
    string Themes,
    Urgency Urgency,
    SupportRequestStatus Status,
    DateOnly ReceivedOn,
    DateOnly? AcknowledgedOn,
    DateOnly? DecidedOn,
    CaseKind? AcceptedAs);

public sealed record PipelineData(
    DateOnly From,
    DateOnly To,
    DateOnly Today,
    int Received,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> ByCountry,
    IReadOnlyList<CountRow> ByTheme,
    IReadOnlyList<CaseCountRow> Cases,
    IReadOnlyList<StageTime> Stages,
    Overdue<OverdueRequest> OverdueRequests,
    Overdue<OverdueBriefing> OverdueBriefings,
    Overdue<OverdueActionItem> OverdueActionItems,
    Overdue<OverdueDeliverable> OverdueDeliverables);

/// <summary>
/// The secretariat's pipeline report for a period: the requests received in it counted by status, country and theme;
/// the cases opened in it by status; how long those requests took to be acknowledged, to have a briefing delivered and
/// to have a taskforce active; and what is overdue on the report's day. Counts are grouped in the database; the stage
/// times fetch two dates per request and compute the percentiles here — no query per row.
/// </summary>
public sealed class PipelineReportService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, AcknowledgementPolicy acknowledgement, TimeProvider clock)
{
    public const string Acknowledged = "Receipt to acknowledgement";
    public const string BriefingDelivered = "Receipt to briefing delivered";
    public const string TaskforceActive = "Receipt to taskforce active";

    /// <summary>How many of each kind of overdue item the report lists (all are counted).</summary>
    public const int OverdueListed = 100;

    /// <summary>The history entry <c>Taskforce.Activate</c> writes; its time is when the taskforce became active.</summary>
    private const string ActivatedAction = "Activated";

    public async Task<PipelineData> GetAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var v = await EnsureAsync(from, to);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (start, end) = Bounds(from, to);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var countries = await ReportQueries.CountryNamesAsync(db, ct);
        var themes = await ReportQueries.ThemeNamesAsync(db, ct);
        var requests = access.Requests(db, v).AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end);

        var byStatus = (await requests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        var byCountry = await requests.GroupBy(r => r.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTheme = await RequestThemes(db).Where(x => requests.Select(r => r.Id).Contains(x.RequestId))
            .GroupBy(x => x.Code).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        return new PipelineData(
            from,
            to,
            today,
            byStatus.Values.Sum(),
            Enum.GetValues<SupportRequestStatus>().Select(s => new CountRow(s.ToString(), Words.Capitalised(Words.Of(s)), byStatus.GetValueOrDefault(s))).ToList(),
            byCountry.Select(x => new CountRow(x.Key, countries.GetValueOrDefault(x.Key, x.Key), x.Count))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Label, StringComparer.CurrentCulture).ToList(),
            byTheme.Select(x => new CountRow(x.Key, themes.GetValueOrDefault(x.Key, x.Key), x.Count))
                .OrderByDescending(x => x.Count).ThenBy(x => x.Label, StringComparer.CurrentCulture).ToList(),
            await CasesAsync(db, v, start, end, ct),
            await StagesAsync(db, v, requests, ct),
            await OverdueRequestsAsync(db, v, today, countries, ct),
            await OverdueBriefingsAsync(db, v, today, countries, ct),
            await OverdueActionItemsAsync(db, v, today, ct),
            await OverdueDeliverablesAsync(db, v, today, ct));
    }

    /// <summary>Every request received in the period, for the .xlsx and .csv.</summary>
    public async Task<IReadOnlyList<PipelineRequestRow>> RequestsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var v = await EnsureAsync(from, to);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (start, end) = Bounds(from, to);
        var countries = await ReportQueries.CountryNamesAsync(db, ct);
        var themes = await ReportQueries.ThemeNamesAsync(db, ct);
        var rows = await access.Requests(db, v).AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .OrderBy(r => r.ReceivedAt)
            .Select(r => new { r.Id, r.Title, r.CountryCode, r.ThemeCodes, r.Urgency, r.Status, r.ReceivedAt, r.AcknowledgedAt, r.DecidedAt, r.AcceptedAs })
            .ToListAsync(ct);
        return rows.Select(r => new PipelineRequestRow(
            ReportQueries.RequestReference(r.Id, r.ReceivedAt), r.Title, countries.GetValueOrDefault(r.CountryCode, r.CountryCode),
            ReportQueries.Names(r.ThemeCodes, themes), r.Urgency, r.Status, DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime),
            DayOf(r.AcknowledgedAt), DayOf(r.DecidedAt), r.AcceptedAs)).ToList();
    }

    private async Task<Viewer> EnsureAsync(DateOnly from, DateOnly to)
    {
        var v = await access.ViewerAsync();
        await ReportRules.EnsureCanProduceAsync(access, v, ReportKind.Pipeline, new ReportSubjectFacts(null), "Pipeline", $"{ReportKinds.Iso(from)}..{ReportKinds.Iso(to)}");
        if (to < from)
        {
            throw new DomainException("The period must end on or after the day it starts.");
        }

        return v;
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>
    /// One row per request and theme. EF cannot expand a JSON column into rows on SQLite (it would need APPLY), so this
    /// one fixed statement does it with json_each; the caller composes the viewer's scope and the grouping onto it in
    /// LINQ, and the whole count still runs as one query in the database.
    /// </summary>
    private static IQueryable<RequestTheme> RequestThemes(AppDbContext db) =>
        db.Database.SqlQueryRaw<RequestTheme>("SELECT r.\"Id\" AS \"RequestId\", j.value AS \"Code\" FROM \"SupportRequests\" AS r, json_each(r.\"ThemeCodes\") AS j");

    private static DateOnly? DayOf(DateTimeOffset? at) => at is { } a ? DateOnly.FromDateTime(a.UtcDateTime) : null;

    private async Task<IReadOnlyList<CaseCountRow>> CasesAsync(AppDbContext db, Viewer v, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var briefings = await access.Briefings(db, v).Where(b => b.CreatedAt >= start && b.CreatedAt < end)
            .GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var taskforces = await access.Taskforces(db, v).Where(t => t.CreatedAt >= start && t.CreatedAt < end)
            .GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var roundtables = await access.Roundtables(db, v).Where(r => r.CreatedAt >= start && r.CreatedAt < end)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [
            .. Rows("Policy briefings", briefings.ToDictionary(x => x.Key, x => x.Count)),
            .. Rows("Taskforces", taskforces.ToDictionary(x => x.Key, x => x.Count)),
            .. Rows("Roundtables", roundtables.ToDictionary(x => x.Key, x => x.Count)),
        ];

        static IEnumerable<CaseCountRow> Rows<T>(string type, Dictionary<T, int> counts) where T : struct, Enum =>
            Enum.GetValues<T>().Select(s => new CaseCountRow(type, Words.Capitalised(Words.Of(s)), counts.GetValueOrDefault(s)));
    }

    /// <summary>
    /// Two instants per request that reached each stage: receipt and acknowledgement; receipt and the delivery of the
    /// briefing opened from it; receipt and the activation of the taskforce it led to (directly, or through a
    /// briefing that was escalated). Durations below zero (records entered after the fact) are left out.
    /// </summary>
    private async Task<IReadOnlyList<StageTime>> StagesAsync(AppDbContext db, Viewer v, IQueryable<SupportRequest> requests, CancellationToken ct)
    {
        var acknowledged = await requests.Where(r => r.AcknowledgedAt != null && r.AcknowledgedAt >= r.ReceivedAt)
            .Select(r => new Span(r.ReceivedAt, r.AcknowledgedAt!.Value)).ToListAsync(ct);

        var delivered = await (
            from b in access.Briefings(db, v)
            where b.DeliveredAt != null
            join r in requests on b.SupportRequestId equals (int?)r.Id
            where b.DeliveredAt >= r.ReceivedAt
            select new Span(r.ReceivedAt, b.DeliveredAt!.Value)).ToListAsync(ct);

        var active = await (
            from t in access.Taskforces(db, v)
            let requestId = t.SupportRequestId ?? db.PolicyBriefings.Where(b => b.Id == t.PolicyBriefingId).Select(b => b.SupportRequestId).FirstOrDefault()
            let activatedAt = t.History.Where(h => h.Action == ActivatedAction).Min(h => (DateTimeOffset?)h.At)
            where activatedAt != null
            join r in requests on requestId equals (int?)r.Id
            where activatedAt >= r.ReceivedAt
            select new Span(r.ReceivedAt, activatedAt!.Value)).ToListAsync(ct);

        return [Stage(Acknowledged, acknowledged), Stage(BriefingDelivered, delivered), Stage(TaskforceActive, active)];

        static StageTime Stage(string name, List<Span> spans)
        {
            var days = spans.Select(s => (s.End - s.Start).TotalDays).ToList();
            return new StageTime(name, days.Count, Percentiles.Median(days), Percentiles.Of(days, 0.9));
        }
    }

    private async Task<Overdue<OverdueRequest>> OverdueRequestsAsync(AppDbContext db, Viewer v, DateOnly today, Dictionary<string, string> countries, CancellationToken ct)
    {
        // A request still waiting is overdue exactly when it was received on or before this day: a range in the database.
        var receivedBefore = new DateTimeOffset(acknowledgement.LatestOverdueReceiptDate(today).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var overdue = access.Requests(db, v).AsNoTracking().Where(r => r.Status == SupportRequestStatus.Submitted && r.ReceivedAt < receivedBefore);
        var oldest = await overdue.OrderBy(r => r.ReceivedAt).Take(OverdueListed)
            .Select(r => new { r.Id, r.Title, r.CountryCode, r.ReceivedAt }).ToListAsync(ct);
        return new Overdue<OverdueRequest>(await overdue.CountAsync(ct), oldest.Select(r =>
        {
            var received = DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime);
            return new OverdueRequest(ReportQueries.RequestReference(r.Id, r.ReceivedAt), r.Title, countries.GetValueOrDefault(r.CountryCode, r.CountryCode),
                received, acknowledgement.DueOn(received));
        }).ToList());
    }

    private async Task<Overdue<OverdueBriefing>> OverdueBriefingsAsync(AppDbContext db, Viewer v, DateOnly today, Dictionary<string, string> countries, CancellationToken ct)
    {
        var overdue = access.Briefings(db, v).AsNoTracking()
            .Where(b => (b.Status == PolicyBriefingStatus.Draft || b.Status == PolicyBriefingStatus.InReview) && b.DueOn != null && b.DueOn < today);
        var oldest = await overdue.OrderBy(b => b.DueOn).Take(OverdueListed)
            .Select(b => new { b.Title, b.CountryCode, b.Status, DueOn = b.DueOn!.Value }).ToListAsync(ct);
        return new Overdue<OverdueBriefing>(await overdue.CountAsync(ct),
            oldest.Select(b => new OverdueBriefing(b.Title, countries.GetValueOrDefault(b.CountryCode, b.CountryCode), b.Status, b.DueOn)).ToList());
    }

    private async Task<Overdue<OverdueActionItem>> OverdueActionItemsAsync(AppDbContext db, Viewer v, DateOnly today, CancellationToken ct)
    {
        var overdue = access.Meetings(db, v).AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled)
            .SelectMany(m => m.ActionItems, (m, i) => new { i.Text, i.OwnerName, i.Status, i.DueOn, Meeting = m.Title, m.TaskforceId, m.RoundtableId })
            .Where(i => i.Status == ActionItemStatus.Open && i.DueOn != null && i.DueOn < today);
        var oldest = await overdue.OrderBy(i => i.DueOn).Take(OverdueListed).ToListAsync(ct);
        var taskforceIds = oldest.Select(i => i.TaskforceId).OfType<int>().Distinct().ToList();
        var roundtableIds = oldest.Select(i => i.RoundtableId).OfType<int>().Distinct().ToList();
        var taskforces = await db.Taskforces.AsNoTracking().Where(t => taskforceIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        var roundtables = await db.Roundtables.AsNoTracking().Where(r => roundtableIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        return new Overdue<OverdueActionItem>(await overdue.CountAsync(ct), oldest.Select(i => new OverdueActionItem(i.Text, i.OwnerName, i.DueOn!.Value, i.Meeting,
            i.TaskforceId is { } t ? taskforces.GetValueOrDefault(t) : i.RoundtableId is { } r ? roundtables.GetValueOrDefault(r) : null)).ToList());
    }

    private async Task<Overdue<OverdueDeliverable>> OverdueDeliverablesAsync(AppDbContext db, Viewer v, DateOnly today, CancellationToken ct)
    {
        var overdue = access.Taskforces(db, v).AsNoTracking()
            .Where(t => t.Status == TaskforceStatus.Active || t.Status == TaskforceStatus.Suspended || t.Status == TaskforceStatus.Proposed)
            .SelectMany(t => t.Deliverables, (t, d) => new { Taskforce = t.Title, d.Title, d.Status, d.DueOn })
            .Where(d => (d.Status == DeliverableStatus.Planned || d.Status == DeliverableStatus.InProgress) && d.DueOn != null && d.DueOn < today);
        var oldest = await overdue.OrderBy(d => d.DueOn).Take(OverdueListed).ToListAsync(ct);
        return new Overdue<OverdueDeliverable>(await overdue.CountAsync(ct),
            oldest.Select(d => new OverdueDeliverable(d.Taskforce, d.Title, d.Status, d.DueOn!.Value)).ToList());
    }

    private sealed record Span(DateTimeOffset Start, DateTimeOffset End);

    private sealed record RequestTheme(int RequestId, string Code);
}
