using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Reports;

public sealed record OverviewRequest(
    string Reference,
    string Title,
    DateOnly ReceivedOn,
    SupportRequestStatus Status,
    HopedInstrument HopedInstrument,
    DateOnly? AcknowledgedOn,
    DateOnly? AcknowledgementDueOn,
    CaseKind? AcceptedAs,
    string? DeclineReason);

public sealed record OverviewBriefing(string Title, PolicyBriefingStatus Status, DateOnly? DueOn, DateOnly? DeliveredOn);

public sealed record OverviewTaskforce(
    int Id,
    string Title,
    string HostOrganisation,
    TaskforceStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Summary,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<ReportDeliverable> Deliverables);

public sealed record OverviewRoundtable(string Title, string Theme, RoundtableStatus Status, DateOnly? PlannedOn, DateOnly? HeldOn);

public sealed record CountryOverviewData(
    string CountryCode,
    string Place,
    DateOnly Today,
    IReadOnlyList<OverviewRequest> Requests,
    IReadOnlyList<OverviewBriefing> Briefings,
    IReadOnlyList<OverviewTaskforce> Taskforces,
    IReadOnlyList<OverviewRoundtable> Roundtables,
    IReadOnlyList<ReportMeeting> UpcomingMeetings,
    IReadOnlyList<ReportMeeting> PublishedMeetings,
    IReadOnlyList<ReportDecision> Decisions,
    IReadOnlyList<ReportRecommendation> Recommendations,
    IReadOnlyList<ReportActionItem> ActionItems);

/// <summary>
/// The country overview: what a member-state contact sees of their country, whoever produces it. It reads through the
/// viewer's scopes (a contact bound to a region sees their region's records) and, as the portal does for contacts,
/// shows published meeting outcomes only, never internal notes, and of experts only their names, organisations and
/// roles.
/// </summary>
public sealed class CountryOverviewReportService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, AcknowledgementPolicy acknowledgement, TimeProvider clock)
{
    public async Task<CountryOverviewData> GetAsync(string countryCode, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        var code = countryCode.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == code).Select(c => c.Name).SingleOrDefaultAsync(ct)
            ?? throw await access.NotFoundAsync(v, nameof(Country), code, "produce the country overview of");
        await ReportRules.EnsureCanProduceAsync(access, v, ReportKind.CountryOverview, new ReportSubjectFacts(code), nameof(Country), code);

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var region = v.RegionId is null ? null : await db.Regions.AsNoTracking().Where(r => r.Id == v.RegionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        var themes = await ReportQueries.ThemeNamesAsync(db, ct);

        var requests = await access.Requests(db, v).AsNoTracking().Where(r => r.CountryCode == code)
            .OrderByDescending(r => r.ReceivedAt)
            .Select(r => new { r.Id, r.Title, r.ReceivedAt, r.Status, r.HopedInstrument, r.AcknowledgedAt, r.AcceptedAs, r.DeclineReason })
            .ToListAsync(ct);
        var briefings = await access.Briefings(db, v).AsNoTracking().Where(b => b.CountryCode == code)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new OverviewBriefing(b.Title, b.Status, b.DueOn, b.DeliveredAt == null ? null : DateOnly.FromDateTime(b.DeliveredAt.Value.UtcDateTime)))
            .ToListAsync(ct);
        var taskforces = await access.Taskforces(db, v).AsNoTracking().Where(t => t.CountryCode == code)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new
            {
                t.Id, t.Title, t.HostOrganisation, t.Status, t.StartDate, t.EndDate, t.Summary, t.Objectives,
                Deliverables = t.Deliverables.Select(d => new { d.Title, d.DueOn, d.Status, d.DeliveredAt }).ToList(),
            })
            .ToListAsync(ct);
        var roundtables = await access.Roundtables(db, v).AsNoTracking().Where(r => r.CountryCode == code)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Title, r.ThemeCode, r.Status, r.PlannedOn, r.HeldOn })
            .ToListAsync(ct);

        var taskforceIds = taskforces.Select(t => t.Id).ToList();
        var roundtableIds = roundtables.Select(r => r.Id).ToList();
        var caseTitles = taskforces.ToDictionary(t => ("t", t.Id), t => t.Title);
        foreach (var r in roundtables)
        {
            caseTitles[("r", r.Id)] = r.Title;
        }

        var meetings = await MeetingFactsQuery.Project(access.Meetings(db, v).AsNoTracking().Where(m =>
                (m.TaskforceId != null && taskforceIds.Contains(m.TaskforceId.Value)) ||
                (m.RoundtableId != null && roundtableIds.Contains(m.RoundtableId.Value))))
            .ToListAsync(ct);
        string? CaseOf(MeetingFacts m) => m.TaskforceId is { } t ? caseTitles.GetValueOrDefault(("t", t)) : m.RoundtableId is { } r ? caseTitles.GetValueOrDefault(("r", r)) : null;

        // The portal's rule for contacts, applied to every reader of this report: outcomes only once published.
        var published = meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.OutcomeStatus == OutcomeStatus.Published).ToList();
        var practices = await TaskforceProgressReportService.PracticeNamesAsync(db, published, ct);
        var team = await ReportQueries.TeamAsync(db, access, v, CaseKind.Taskforce, taskforceIds, ct);

        return new CountryOverviewData(
            code,
            region is null ? country : $"{region}, {country}",
            today,
            requests.Select(r => new OverviewRequest(
                ReportQueries.RequestReference(r.Id, r.ReceivedAt), r.Title, DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime), r.Status, r.HopedInstrument,
                r.AcknowledgedAt is { } a ? DateOnly.FromDateTime(a.UtcDateTime) : null,
                r.Status == SupportRequestStatus.Submitted ? acknowledgement.DueOn(DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime)) : null,
                r.AcceptedAs, r.DeclineReason)).ToList(),
            briefings,
            taskforces.Select(t => new OverviewTaskforce(
                t.Id, t.Title, t.HostOrganisation, t.Status, t.StartDate, t.EndDate, t.Summary, t.Objectives,
                team.Where(m => m.CaseId == t.Id).ToList(),
                t.Deliverables.OrderBy(d => d.DueOn ?? DateOnly.MaxValue)
                    .Select(d => new ReportDeliverable(t.Title, d.Title, d.DueOn, d.Status, d.DeliveredAt, null,
                        d.Status is DeliverableStatus.Planned or DeliverableStatus.InProgress && d.DueOn is { } due && due < today))
                    .ToList())).ToList(),
            roundtables.Select(r => new OverviewRoundtable(r.Title, themes.GetValueOrDefault(r.ThemeCode, r.ThemeCode), r.Status, r.PlannedOn, r.HeldOn)).ToList(),
            meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now)
                .Select(m => MeetingFactsQuery.ToReportMeeting(m, outcomesShown: false, CaseOf(m))).ToList(),
            published.Select(m => MeetingFactsQuery.ToReportMeeting(m, outcomesShown: true, CaseOf(m))).ToList(),
            MeetingFactsQuery.Decisions(published).ToList(),
            MeetingFactsQuery.Recommendations(published, practices).ToList(),
            MeetingFactsQuery.ActionItems(published, today).ToList());
    }
}
