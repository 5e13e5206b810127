using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Reports;

public sealed record ReportParticipant(StakeholderType Type, string Organisation, int People);

public sealed record RoundtableReportData(
    int Id,
    string Title,
    string Theme,
    string Place,
    string? RequestedBy,
    string? Taskforce,
    RoundtableStatus Status,
    DateOnly? PlannedOn,
    DateOnly? HeldOn,
    RoundtableFormat Format,
    string? Venue,
    string? Summary,
    IReadOnlyList<ReportParticipant> Participants,
    IReadOnlyList<string> Bottlenecks,
    IReadOnlyList<ReportRecommendation> Recommendations,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<ReportMeeting> Sessions)
{
    /// <summary>Organisations and people per stakeholder type, in the order of the type list.</summary>
    public IReadOnlyList<(StakeholderType Type, int Organisations, int People)> ByStakeholderType =>
        Participants.GroupBy(p => p.Type).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Sum(p => p.People))).ToList();
}

/// <summary>The roundtable report: theme, participants by stakeholder type, bottlenecks and recommendations.</summary>
public sealed class RoundtableReportService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public async Task<RoundtableReportData> GetAsync(int roundtableId, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await access.Roundtables(db, v).AsNoTracking().Where(x => x.Id == roundtableId)
            .Select(x => new
            {
                x.Id, x.Title, x.ThemeCode, x.CountryCode, x.RequestedBy, x.TaskforceId, x.Status, x.PlannedOn, x.HeldOn, x.Format, x.Place, x.Summary, x.IsReportPublished,
                Participants = x.Participants.Select(p => new ReportParticipant(p.StakeholderType, p.Organisation, p.People)).ToList(),
                Bottlenecks = x.Bottlenecks.Select(b => b.Text).ToList(),
                Recommendations = x.Recommendations.Select(c => new { c.Text, c.BestPracticeId }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct)
            ?? throw await access.NotFoundAsync(v, nameof(Roundtable), roundtableId, "produce the report of");
        await ReportRules.EnsureCanProduceAsync(access, v, ReportKind.Roundtable, new ReportSubjectFacts(r.CountryCode, r.IsReportPublished), nameof(Roundtable), roundtableId);

        var theme = await db.Themes.AsNoTracking().Where(t => t.Code == r.ThemeCode).Select(t => t.Name).SingleOrDefaultAsync(ct) ?? r.ThemeCode;
        var taskforce = r.TaskforceId is null ? null
            : await access.Taskforces(db, v).AsNoTracking().Where(t => t.Id == r.TaskforceId).Select(t => t.Title).SingleOrDefaultAsync(ct);
        var practiceIds = r.Recommendations.Select(c => c.BestPracticeId).OfType<int>().ToList();
        var practices = await db.BestPractices.AsNoTracking().Where(p => practiceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var sessions = await MeetingFactsQuery.Project(access.Meetings(db, v).AsNoTracking().Where(m => m.RoundtableId == roundtableId)).ToListAsync(ct);

        return new RoundtableReportData(
            r.Id, r.Title, theme, await ReportQueries.PlaceAsync(db, r.CountryCode, null, ct), r.RequestedBy, taskforce, r.Status, r.PlannedOn, r.HeldOn,
            r.Format, r.Place, r.Summary,
            r.Participants.OrderBy(p => p.Type).ThenBy(p => p.Organisation, StringComparer.CurrentCultureIgnoreCase).ToList(),
            r.Bottlenecks,
            r.Recommendations.Select(c => new ReportRecommendation(null, null, c.Text, c.BestPracticeId is { } id ? practices.GetValueOrDefault(id) : null)).ToList(),
            await ReportQueries.TeamAsync(db, access, v, CaseKind.Roundtable, [r.Id], ct),
            sessions.Select(m => MeetingFactsQuery.ToReportMeeting(m, TaskforceProgressReportService.HasOutcomes(m, v))).ToList());
    }
}
