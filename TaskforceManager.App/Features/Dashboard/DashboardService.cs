using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Dashboard;

/// <summary>The figures on the home dashboard, counted in the database.</summary>
public sealed record DashboardCounts(
    int OpenRequests,
    int OverdueRequests,
    int BriefingsInProgress,
    int ActiveTaskforces,
    int ProposedTaskforces,
    int PlannedRoundtables,
    int UpcomingMeetings,
    int LogsAwaitingReview,
    int Experts,
    int BestPractices,
    int MemberOrganisations);

/// <summary>The secretariat's dashboard figures; they count every country's records, so no other role may read them.</summary>
public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, AcknowledgementPolicy policy, TimeProvider clock)
{
    public async Task<DashboardCounts> GetCountsAsync(CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        if (!AccessPolicy.CanManageCases(viewer))
        {
            throw await access.NotAllowedAsync(viewer, "Dashboard", "secretariat", "read", "The dashboard is for the secretariat.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var overdueBefore = new DateTimeOffset(policy.LatestOverdueReceiptDate(today).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        return new DashboardCounts(
            OpenRequests: await db.SupportRequests.CountAsync(r => r.Status == SupportRequestStatus.Submitted || r.Status == SupportRequestStatus.InReview, ct),
            OverdueRequests: await db.SupportRequests.CountAsync(r => r.Status == SupportRequestStatus.Submitted && r.ReceivedAt < overdueBefore, ct),
            BriefingsInProgress: await db.PolicyBriefings.CountAsync(b => b.Status == PolicyBriefingStatus.Draft || b.Status == PolicyBriefingStatus.InReview, ct),
            ActiveTaskforces: await db.Taskforces.CountAsync(t => t.Status == TaskforceStatus.Active, ct),
            ProposedTaskforces: await db.Taskforces.CountAsync(t => t.Status == TaskforceStatus.Proposed, ct),
            PlannedRoundtables: await db.Roundtables.CountAsync(r => r.Status == RoundtableStatus.Planned, ct),
            UpcomingMeetings: await db.Meetings.CountAsync(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now, ct),
            LogsAwaitingReview: await db.Meetings.CountAsync(m => m.OutcomeStatus == OutcomeStatus.Submitted, ct),
            Experts: await db.Experts.CountAsync(e => e.IsActive, ct),
            BestPractices: await db.BestPractices.CountAsync(ct),
            MemberOrganisations: await db.Organisations.CountAsync(ct));
    }
}
