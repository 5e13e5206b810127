using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Reports;

public sealed record TaskforceProgressData(
    int Id,
    string Title,
    string Place,
    string HostOrganisation,
    TaskforceStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string> Themes,
    string? Summary,
    string? Background,
    IReadOnlyList<string> Objectives,
    string? Results,
    string? FinalReport,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<ReportMeeting> Meetings,
    IReadOnlyList<ReportDecision> Decisions,
    IReadOnlyList<ReportRecommendation> Recommendations,
    IReadOnlyList<ReportActionItem> ActionItems,
    IReadOnlyList<ReportDeliverable> Deliverables,
    IReadOnlyList<(string Title, RoundtableStatus Status)> Roundtables,
    DateOnly Today);

/// <summary>
/// The taskforce progress report: objectives, team, the timeline of meetings, their decisions, recommendations and
/// action items, and the deliverables. A meeting's outcomes count once its log has been submitted to the secretariat:
/// a draft log is the experts' work in progress. Internal notes are never part of it.
/// </summary>
public sealed class TaskforceProgressReportService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public async Task<TaskforceProgressData> GetAsync(int taskforceId, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var t = await access.Taskforces(db, v).AsNoTracking().Where(x => x.Id == taskforceId)
            .Select(x => new
            {
                x.Id, x.Title, x.CountryCode, x.RegionId, x.HostOrganisation, x.Status, x.StartDate, x.EndDate, x.ThemeCodes, x.Summary,
                x.Background, x.Objectives, x.Results, x.FinalReport, x.IsReportPublished,
                Deliverables = x.Deliverables.Select(d => new { d.Title, d.DueOn, d.Status, d.DeliveredAt, d.DropReason }).ToList(),
            })
            .SingleOrDefaultAsync(ct)
            ?? throw await access.NotFoundAsync(v, nameof(Taskforce), taskforceId, "produce the progress report of");
        await ReportRules.EnsureCanProduceAsync(access, v, ReportKind.TaskforceProgress, new ReportSubjectFacts(t.CountryCode, t.IsReportPublished), nameof(Taskforce), taskforceId);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var meetings = await MeetingFactsQuery.Project(access.Meetings(db, v).AsNoTracking().Where(m => m.TaskforceId == taskforceId)).ToListAsync(ct);
        var withOutcomes = meetings.Where(m => HasOutcomes(m, v)).ToList();
        var practices = await PracticeNamesAsync(db, withOutcomes, ct);
        var themes = await ReportQueries.ThemeNamesAsync(db, ct);
        var roundtables = await access.Roundtables(db, v).AsNoTracking().Where(r => r.TaskforceId == taskforceId)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Title, r.Status }).ToListAsync(ct);

        return new TaskforceProgressData(
            t.Id, t.Title, await ReportQueries.PlaceAsync(db, t.CountryCode, t.RegionId, ct), t.HostOrganisation, t.Status, t.StartDate, t.EndDate,
            t.ThemeCodes.Select(c => themes.GetValueOrDefault(c, c)).ToList(), t.Summary, t.Background, t.Objectives, t.Results, t.FinalReport,
            await ReportQueries.TeamAsync(db, access, v, CaseKind.Taskforce, [t.Id], ct),
            meetings.Select(m => MeetingFactsQuery.ToReportMeeting(m, HasOutcomes(m, v))).ToList(),
            MeetingFactsQuery.Decisions(withOutcomes).ToList(),
            MeetingFactsQuery.Recommendations(withOutcomes, practices).ToList(),
            MeetingFactsQuery.ActionItems(withOutcomes, today).ToList(),
            t.Deliverables.OrderBy(d => d.DueOn ?? DateOnly.MaxValue).ThenBy(d => d.Title)
                .Select(d => new ReportDeliverable(t.Title, d.Title, d.DueOn, d.Status, d.DeliveredAt, d.DropReason,
                    d.Status is DeliverableStatus.Planned or DeliverableStatus.InProgress && d.DueOn is { } due && due < today))
                .ToList(),
            roundtables.Select(r => (r.Title, r.Status)).ToList(),
            today);
    }

    /// <summary>
    /// Outcomes the secretariat has received (submitted or published) of a meeting that was not cancelled; for a
    /// member-state contact reading a published report, published outcomes only.
    /// </summary>
    internal static bool HasOutcomes(MeetingFacts m, Viewer v) =>
        m.Status == MeetingStatus.Scheduled && m.OutcomeStatus is OutcomeStatus.Submitted or OutcomeStatus.Published
        && AccessPolicy.CanSeeOutcomes(v, m.OutcomeStatus);

    internal static async Task<IReadOnlyDictionary<int, string>> PracticeNamesAsync(AppDbContext db, IEnumerable<MeetingFacts> meetings, CancellationToken ct)
    {
        var ids = meetings.SelectMany(m => m.Recommendations).Select(r => r.BestPracticeId).OfType<int>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<int, string>()
            : await db.BestPractices.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }
}
