using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Cases;

/// <summary>A link to a record on the case's path (request → briefing → taskforce → roundtables).</summary>
public sealed record CaseLink(string Kind, string Title, string Href, string Status);

/// <summary>A meeting of the case as its Meetings tab lists it.</summary>
public sealed record CaseMeeting(int Id, string Title, DateTimeOffset StartsAt, string TimeZoneId, MeetingStatus Status, OutcomeStatus OutcomeStatus);

/// <summary>An action item of one of the case's meetings, as the case page lists it.</summary>
public sealed record CaseActionItem(
    Guid Id, string Text, string OwnerName, DateOnly? DueOn, ActionItemStatus Status, string? ResolutionReason, bool IsOverdue, int MeetingId, string MeetingTitle);

/// <summary>
/// The facts a case page shows beside the record itself: names for codes, the linked records and the meetings. Each
/// linked record is read through the viewer's scope, so a link only appears when the viewer may open it.
/// </summary>
public static class CaseFacts
{
    /// <summary>"Basque Country, Spain", "Spain", or "Europe-wide" when there is no country.</summary>
    public static async Task<string> PlaceAsync(AppDbContext db, string? countryCode, int? regionId, CancellationToken ct = default)
    {
        if (countryCode is null)
        {
            return "Europe-wide";
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Code == countryCode).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? countryCode;
        var region = regionId is null ? null : await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        return region is null ? country : $"{region}, {country}";
    }

    public static async Task<IReadOnlyList<string>> ThemeNamesAsync(AppDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var names = await db.Themes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return codes.Select(c => names.GetValueOrDefault(c, c)).ToList();
    }

    public static async Task<CaseLink?> RequestAsync(AppDbContext db, AccessPolicy access, Viewer v, int? id, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }

        var r = await access.Requests(db, v).AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, x.Status, x.ReceivedAt }).SingleOrDefaultAsync(ct);
        return r is null ? null : new CaseLink($"Support request SR-{r.ReceivedAt.Year}-{r.Id:D4}", r.Title, $"/requests/{r.Id}", CaseFormat.Status(r.Status));
    }

    public static async Task<CaseLink?> BriefingAsync(AppDbContext db, AccessPolicy access, Viewer v, int? id, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }

        var b = await access.Briefings(db, v).AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Id, x.Title, x.Status }).SingleOrDefaultAsync(ct);
        return b is null ? null : new CaseLink("Policy briefing", b.Title, $"/briefings/{b.Id}", CaseFormat.Status(b.Status));
    }

    public static async Task<CaseLink?> TaskforceAsync(AppDbContext db, AccessPolicy access, Viewer v, int? id, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }

        var t = await access.Taskforces(db, v).AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Id, x.Title, x.Status }).SingleOrDefaultAsync(ct);
        return t is null ? null : new CaseLink("Taskforce", t.Title, $"/taskforces/{t.Id}", CaseFormat.Status(t.Status));
    }

    /// <summary>The roundtables a taskforce convened, oldest first.</summary>
    public static async Task<IReadOnlyList<CaseLink>> RoundtablesOfAsync(AppDbContext db, AccessPolicy access, Viewer v, int taskforceId, CancellationToken ct = default)
    {
        var rows = await access.Roundtables(db, v).AsNoTracking().Where(r => r.TaskforceId == taskforceId)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Title, r.Status }).ToListAsync(ct);
        return rows.Select(r => new CaseLink("Roundtable", r.Title, $"/roundtables/{r.Id}", CaseFormat.Status(r.Status))).ToList();
    }

    /// <summary>The meetings of a taskforce or the sessions of a roundtable, newest first.</summary>
    public static async Task<IReadOnlyList<CaseMeeting>> MeetingsAsync(AppDbContext db, AccessPolicy access, Viewer v, int? taskforceId, int? roundtableId, CancellationToken ct = default)
    {
        var query = access.Meetings(db, v).AsNoTracking();
        query = taskforceId is not null ? query.Where(m => m.TaskforceId == taskforceId) : query.Where(m => m.RoundtableId == roundtableId);
        var rows = await query.Select(m => new CaseMeeting(m.Id, m.Title, m.StartsAt, m.TimeZoneId, m.Status, m.OutcomeStatus)).ToListAsync(ct);
        return rows.OrderByDescending(m => m.StartsAt).ToList();
    }

    /// <summary>
    /// The action items of the case's meetings: open ones first (overdue before the rest, then by due date), then the
    /// resolved. A member-state contact sees only those of published logs.
    /// </summary>
    public static async Task<IReadOnlyList<CaseActionItem>> ActionItemsAsync(
        AppDbContext db, AccessPolicy access, Viewer v, int? taskforceId, int? roundtableId, DateOnly today, CancellationToken ct = default)
    {
        var query = access.Meetings(db, v).AsNoTracking().Where(m => m.Status == MeetingStatus.Scheduled);
        query = taskforceId is not null ? query.Where(m => m.TaskforceId == taskforceId) : query.Where(m => m.RoundtableId == roundtableId);
        if (!AccessPolicy.CanSeeOutcomes(v, OutcomeStatus.Draft))
        {
            query = query.Where(m => m.OutcomeStatus == OutcomeStatus.Published);
        }

        var rows = await query
            .SelectMany(m => m.ActionItems, (m, i) => new { i.Id, i.Text, i.OwnerName, i.DueOn, i.Status, i.ResolutionReason, MeetingId = m.Id, MeetingTitle = m.Title })
            .ToListAsync(ct);
        return rows
            .Select(r => new CaseActionItem(r.Id, r.Text, r.OwnerName, r.DueOn, r.Status, r.ResolutionReason,
                r.Status == ActionItemStatus.Open && r.DueOn is { } due && due < today, r.MeetingId, r.MeetingTitle))
            .OrderBy(i => i.Status != ActionItemStatus.Open)
            .ThenByDescending(i => i.IsOverdue)
            .ThenBy(i => i.DueOn is null)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Text, StringComparer.CurrentCulture)
            .ToList();
    }
}
