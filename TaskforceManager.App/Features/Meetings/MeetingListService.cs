using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Meetings;

/// <summary>
/// The filters of the meeting list, as the URL carries them: <c>upcoming=N</c> (scheduled meetings in the next N days)
/// and <c>outcome=Submitted</c> (meetings whose log is at that stage).
/// </summary>
public sealed record MeetingListFilter(int? UpcomingDays = null, OutcomeStatus? Outcome = null);

/// <summary>One meeting in the list. <see cref="Outcome"/> is null when the viewer may not see the log's stage (a contact, before publication).</summary>
public sealed record MeetingRow(
    int Id,
    string Title,
    DateTimeOffset StartsAt,
    string TimeZoneId,
    MeetingFormat Format,
    string? City,
    MeetingStatus Status,
    OutcomeStatus? Outcome,
    int? TaskforceId,
    int? RoundtableId,
    string? CaseTitle);

/// <summary>The meeting list, scoped by the access policy and paged in the database.</summary>
public sealed class MeetingListService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public const int MaxUpcomingDays = 366;

    public static IReadOnlyList<string> SortKeys { get; } = ["date", "title"];

    public async Task<ListPage<MeetingRow>> ListAsync(MeetingListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = access.Meetings(db, viewer).AsNoTracking();
        var taskforces = access.Taskforces(db, viewer);
        var roundtables = access.Roundtables(db, viewer);
        var seesLogStage = !viewer.IsContact;

        if (filter.UpcomingDays is { } days)
        {
            var now = clock.GetUtcNow();
            var until = now.AddDays(Math.Clamp(days, 0, MaxUpcomingDays));
            query = query.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now && m.StartsAt < until);
        }

        if (filter.Outcome is { } outcome)
        {
            // A contact learns nothing about logs that are not published yet, not even that they exist.
            query = seesLogStage || outcome == OutcomeStatus.Published
                ? query.Where(m => m.OutcomeStatus == outcome)
                : query.Where(_ => false);
        }

        // Upcoming meetings read soonest first; otherwise the latest first.
        var desc = paging.Sort is null ? filter.UpcomingDays is null : paging.Descending;
        var ordered = paging.Sort switch
        {
            "title" => query.OrderBy(m => m.Title, desc),
            _ => query.OrderBy(m => m.StartsAt, desc),
        };

        return await ordered.ThenBy(m => m.Id).PageAsync(query, paging, m => new MeetingRow(
            m.Id,
            m.Title,
            m.StartsAt,
            m.TimeZoneId,
            m.Format,
            m.City,
            m.Status,
            seesLogStage || m.OutcomeStatus == OutcomeStatus.Published ? m.OutcomeStatus : null,
            m.TaskforceId,
            m.RoundtableId,
            taskforces.Where(t => t.Id == m.TaskforceId).Select(t => t.Title).FirstOrDefault()
                ?? roundtables.Where(r => r.Id == m.RoundtableId).Select(r => r.Title).FirstOrDefault()), ct);
    }
}
