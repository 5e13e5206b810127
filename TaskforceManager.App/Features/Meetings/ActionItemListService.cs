using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Meetings;

/// <summary>
/// The filters of the action item list: <c>overdue=true</c> (open items past their due date), or a <c>status</c>;
/// with neither, the open items.
/// </summary>
public sealed record ActionItemListFilter(bool OverdueOnly = false, ActionItemStatus? Status = null);

public sealed record ActionItemRow(
    Guid Id,
    string Text,
    string OwnerName,
    DateOnly? DueOn,
    ActionItemStatus Status,
    bool IsOverdue,
    int MeetingId,
    string MeetingTitle,
    DateTimeOffset MeetingStartsAt,
    string? CaseTitle);

/// <summary>
/// Action items belong to meeting logs, so they are read through the meetings the viewer may see; a member-state
/// contact sees only those of published logs.
/// </summary>
public sealed class ActionItemListService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["due", "owner", "meeting"];

    public async Task<ListPage<ActionItemRow>> ListAsync(ActionItemListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = access.Meetings(db, viewer).AsNoTracking();
        if (!AccessPolicy.CanSeeOutcomes(viewer, OutcomeStatus.Draft))
        {
            meetings = meetings.Where(m => m.OutcomeStatus == OutcomeStatus.Published);
        }

        var taskforces = access.Taskforces(db, viewer);
        var roundtables = access.Roundtables(db, viewer);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = meetings.SelectMany(m => m.ActionItems, (m, i) => new
        {
            Item = i,
            MeetingId = m.Id,
            MeetingTitle = m.Title,
            m.StartsAt,
            m.TaskforceId,
            m.RoundtableId,
        });

        if (filter.OverdueOnly)
        {
            query = query.Where(x => x.Item.Status == ActionItemStatus.Open && x.Item.DueOn != null && x.Item.DueOn < today);
        }
        else
        {
            var status = filter.Status ?? ActionItemStatus.Open;
            query = query.Where(x => x.Item.Status == status);
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "owner" => query.OrderBy(x => x.Item.OwnerName, desc),
            "meeting" => query.OrderBy(x => x.StartsAt, desc),
            _ => query.OrderBy(x => x.Item.DueOn == null, desc).ThenBy(x => x.Item.DueOn, desc),
        };

        return await ordered.ThenBy(x => x.StartsAt).ThenBy(x => x.Item.Id).PageAsync(query, paging, x => new ActionItemRow(
            x.Item.Id,
            x.Item.Text,
            x.Item.OwnerName,
            x.Item.DueOn,
            x.Item.Status,
            x.Item.Status == ActionItemStatus.Open && x.Item.DueOn != null && x.Item.DueOn < today,
            x.MeetingId,
            x.MeetingTitle,
            x.StartsAt,
            taskforces.Where(t => t.Id == x.TaskforceId).Select(t => t.Title).FirstOrDefault()
                ?? roundtables.Where(r => r.Id == x.RoundtableId).Select(r => r.Title).FirstOrDefault()), ct);
    }
}
