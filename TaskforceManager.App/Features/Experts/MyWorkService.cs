using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Experts;

public sealed record MyAssignment(int Id, CaseKind CaseKind, int CaseId, string CaseTitle, AssignmentRole Role, Guid Version);

/// <summary>A meeting on the expert's desk; <see cref="ReturnReason"/> says why the secretariat sent its log back, if it did.</summary>
public sealed record MyMeeting(int Id, string Title, DateTimeOffset StartsAt, string TimeZoneId, OutcomeStatus OutcomeStatus, string? ReturnReason = null);

public sealed record MyActionItem(Guid Id, string Text, DateOnly? DueOn, bool IsOverdue, int MeetingId, string MeetingTitle);

/// <summary>What an expert has to do: invitations to answer, cases, meetings ahead and to log, and open action items.</summary>
public sealed record MyWork(
    IReadOnlyList<MyAssignment> Invitations,
    IReadOnlyList<MyAssignment> CurrentCases,
    IReadOnlyList<MyMeeting> UpcomingMeetings,
    IReadOnlyList<MyMeeting> MeetingsToLog,
    IReadOnlyList<MyActionItem> OpenActionItems);

/// <summary>The expert's own workspace, read through the access policy's scopes; answers go through <see cref="ExpertService"/>.</summary>
public sealed class MyWorkService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public async Task<MyWork> LoadAsync(CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        if (v.ExpertId is not { } expertId)
        {
            return new MyWork([], [], [], [], []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var assignments = await access.Assignments(db, v).AsNoTracking()
            .Where(a => a.ExpertId == expertId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
            .Select(a => new
            {
                a.Status,
                Row = new MyAssignment(a.Id, a.CaseKind, a.CaseId, a.CaseTitle, a.Role, EF.Property<Guid>(a, AppDbContext.VersionProperty)),
            })
            .ToListAsync(ct);

        // An expert's meetings are few; reading them whole keeps the date rules in C#, where SQLite cannot compare offsets.
        var meetings = await access.Meetings(db, v).AsNoTracking().Where(m => m.Status == MeetingStatus.Scheduled).ToListAsync(ct);
        var upcoming = meetings.Where(m => m.StartsAt > now).OrderBy(m => m.StartsAt).Select(Row).ToList();
        var toLog = meetings
            .Where(m => m.StartsAt <= now && m.OutcomeStatus is OutcomeStatus.NotLogged or OutcomeStatus.Draft)
            .OrderBy(m => m.StartsAt).Select(Row).ToList();
        var items = meetings
            .SelectMany(m => m.ActionItems.Where(i => i.OwnerExpertId == expertId && i.Status == ActionItemStatus.Open)
                .Select(i => new MyActionItem(i.Id, i.Text, i.DueOn, i.IsOverdue(today), m.Id, m.Title)))
            .OrderByDescending(i => i.IsOverdue).ThenBy(i => i.DueOn is null).ThenBy(i => i.DueOn)
            .ToList();

        return new MyWork(
            assignments.Where(a => a.Status == AssignmentStatus.Invited).Select(a => a.Row).OrderBy(a => a.CaseTitle).ToList(),
            assignments.Where(a => a.Status == AssignmentStatus.Accepted).Select(a => a.Row).OrderBy(a => a.CaseTitle).ToList(),
            upcoming, toLog, items);

        static MyMeeting Row(Meeting m) => new(m.Id, m.Title, m.StartsAt, m.TimeZoneId, m.OutcomeStatus, m.OutcomeStatus == OutcomeStatus.Draft ? m.ReturnReason : null);
    }
}
