using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

/// <summary>One row of the requests list.</summary>
public sealed record RequestRow(
    int Id,
    string Reference,
    string Title,
    string CountryCode,
    string CountryName,
    string Organisation,
    SupportRequestStatus Status,
    Urgency Urgency,
    DateTimeOffset ReceivedAt,
    DateOnly AcknowledgementDueOn,
    int? AcknowledgementDaysLeft,
    bool IsOverdue,
    string? OwnerName);

/// <summary>One page of the list and how many rows the whole filtered list holds.</summary>
public sealed record RequestListPage(IReadOnlyList<RequestRow> Rows, int Total);

public sealed record RequestChoice(string Value, string Label);

/// <summary>What the list's filters offer: countries and themes in use, and the secretariat members who can own a request.</summary>
public sealed record RequestListOptions(IReadOnlyList<RequestChoice> Countries, IReadOnlyList<RequestChoice> Themes, IReadOnlyList<RequestChoice> Owners);

/// <summary>A request a bulk action could not change, and the reason in words.</summary>
public sealed record BulkRefusal(int Id, string Reference, string Reason);

/// <summary>The outcome of a bulk action: how many records changed and why each of the others did not.</summary>
public sealed record BulkResult(string Action, int Succeeded, IReadOnlyList<BulkRefusal> Refusals);

/// <summary>
/// The requests list and its bulk actions. The list starts from the viewer's scope in the access policy and filters,
/// sorts and pages in the database; bulk actions run each record through its own domain call and save.
/// </summary>
public sealed partial class RequestListService(
    IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, RecordWork work, AcknowledgementPolicy policy, TimeProvider clock)
{
    public async Task<RequestListPage> ListAsync(RequestListQuery query, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // A text search long enough for the full-text index looks it up once, for the count and the page to share.
        await using var hits = query.Text is { } text && RequestSearch.CanUseIndex(text) ? await RequestSearch.FindAsync(db, text, ct) : null;
        var filtered = Filter(access.Requests(db, viewer).AsNoTracking(), hits, query, today);

        // When the search is the only filter on the whole list, every request it found is in the list: count the hits
        // rather than look each one up among the requests.
        var total = hits is not null && viewer.IsSecretariat && !(query with { Text = null }).HasFilters && !ReferencePattern().IsMatch(query.Text!)
            ? await hits.CountAsync(ct)
            : await filtered.CountAsync(ct);
        var size = Math.Clamp(query.Size, 1, RequestListQuery.MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var rows = await Sort(filtered, db, query)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.CountryCode,
                CountryName = db.Countries.Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefault(),
                r.RequestingOrganisation,
                r.Status,
                r.Urgency,
                r.ReceivedAt,
                r.OwnerName,
            })
            .ToListAsync(ct);

        return new RequestListPage(rows.Select(r =>
        {
            var due = policy.DueOn(DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime));
            var waiting = r.Status == SupportRequestStatus.Submitted;
            return new RequestRow(
                r.Id, RequestReference.Format(r.Id, r.ReceivedAt), r.Title, r.CountryCode, r.CountryName ?? r.CountryCode, r.RequestingOrganisation,
                r.Status, r.Urgency, r.ReceivedAt, due,
                waiting ? WorkingDays.Between(today, due, policy.Holidays) : null,
                waiting && today > due,
                r.OwnerName);
        }).ToList(), total);
    }

    public async Task<RequestListOptions> OptionsAsync(CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var countries = await db.Countries.AsNoTracking()
            .Where(c => viewer.IsSecretariat || c.Code == viewer.CountryCode)
            .OrderBy(c => c.Name).Select(c => new RequestChoice(c.Code, c.Name)).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.Name).Select(t => new RequestChoice(t.Code, t.Name)).ToListAsync(ct);
        var owners = viewer.IsSecretariat ? await RequestOwners.ListAsync(db, ct) : [];
        return new RequestListOptions(countries, themes, owners);
    }

    /// <summary>Acknowledges each selected request on its own; one that cannot be acknowledged does not stop the others.</summary>
    public Task<BulkResult> AcknowledgeAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        BulkAsync(ids, "acknowledge", "Acknowledged", (id, token) => work.ChangeAsync(access.Requests, id, null, "request", "acknowledge",
            (v, _) => AccessPolicy.CanManageCases(v), (r, v, now) => r.Acknowledge(v.Actor, now), (_, _, _) => Task.FromResult(true), token), ct);

    /// <summary>Makes one secretariat member the owner of each selected request, each checked by the domain.</summary>
    public async Task<BulkResult> AssignOwnerAsync(IReadOnlyCollection<int> ids, string ownerUserId, CancellationToken ct = default)
    {
        await EnsureSecretariatAsync("assign an owner to");
        Actor owner;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            owner = await RequestOwners.FindAsync(db, ownerUserId, ct);
        }

        return await BulkAsync(ids, "assign an owner to", $"Assigned to {owner.Name}", (id, token) => work.ChangeAsync(access.Requests, id, null, "request",
            "assign an owner to", (v, _) => AccessPolicy.CanManageCases(v), (r, v, now) => r.AssignOwner(owner, v.Actor, now),
            (_, _, _) => Task.FromResult(true), token), ct);
    }

    private async Task<BulkResult> BulkAsync(
        IReadOnlyCollection<int> ids, string action, string done, Func<int, CancellationToken, Task<bool>> change, CancellationToken ct)
    {
        var viewer = await EnsureSecretariatAsync(action);
        var distinct = ids.Distinct().ToList();
        Dictionary<int, string> references;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var found = await access.Requests(db, viewer).AsNoTracking()
                .Where(r => distinct.Contains(r.Id))
                .Select(r => new { r.Id, r.ReceivedAt })
                .ToListAsync(ct);
            references = found.ToDictionary(r => r.Id, r => RequestReference.Format(r.Id, r.ReceivedAt));
        }

        var succeeded = 0;
        var refusals = new List<BulkRefusal>();
        foreach (var id in distinct)
        {
            var reference = references.GetValueOrDefault(id, $"Request {id}");
            try
            {
                await change(id, ct);
                succeeded++;
            }
            catch (Exception ex) when (ex is DomainException or ActionNotAllowedException or RecordNotFoundException or ConcurrencyConflictException)
            {
                refusals.Add(new BulkRefusal(id, reference, ex.Message));
            }
        }

        return new BulkResult(done, succeeded, refusals);
    }

    private async Task<Viewer> EnsureSecretariatAsync(string action)
    {
        var viewer = await access.ViewerAsync();
        return AccessPolicy.CanManageCases(viewer)
            ? viewer
            : throw await access.NotAllowedAsync(viewer, nameof(SupportRequest), "bulk", action, $"Only the secretariat can {action} requests.");
    }

    private IQueryable<SupportRequest> Filter(IQueryable<SupportRequest> requests, SearchHits? hits, RequestListQuery q, DateOnly today)
    {
        if (q.Statuses.Count > 0)
        {
            var statuses = q.Statuses.ToList();
            requests = requests.Where(r => statuses.Contains(r.Status));
        }

        if (q.Country is { } country)
        {
            requests = requests.Where(r => r.CountryCode == country);
        }

        if (q.Theme is { } theme)
        {
            requests = requests.Where(r => r.ThemeCodes.Contains(theme));
        }

        if (q.Instrument is { } instrument)
        {
            requests = requests.Where(r => r.HopedInstrument == instrument);
        }

        if (q.Urgency is { } urgency)
        {
            requests = requests.Where(r => r.Urgency == urgency);
        }

        if (q.From is { } from)
        {
            var start = StartOf(from);
            requests = requests.Where(r => r.ReceivedAt >= start);
        }

        if (q.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            requests = requests.Where(r => r.ReceivedAt < end);
        }

        if (q.OverdueOnly)
        {
            // Overdue means still waiting after the due date; the latest such receipt date turns it into a range in the database.
            var overdueBefore = StartOf(policy.LatestOverdueReceiptDate(today).AddDays(1));
            requests = requests.Where(r => r.Status == SupportRequestStatus.Submitted && r.ReceivedAt < overdueBefore);
        }

        if (q.Owner is { } owner)
        {
            requests = owner == RequestListQuery.NoOwner ? requests.Where(r => r.OwnerId == null) : requests.Where(r => r.OwnerId == owner);
        }

        if (q.Text is { } text)
        {
            var id = ReferencePattern().Match(text) is { Success: true } m ? int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
            if (hits is not null)
            {
                // The full-text index found the substring without reading every request (see RequestSearch).
                var found = hits.Ids;
                // "Id + 0" keeps SQLite from fetching every match by its key and sorting them all: it walks the sort's
                // index instead and keeps the rows found, so a page stops reading once it is full however many match.
                requests = id > 0
                    ? requests.Where(r => r.Id == id || found.Contains(r.Id + 0))
                    : requests.Where(r => found.Contains(r.Id + 0));
            }
            else
            {
                // One or two characters are too short for trigrams: read the rows, as few as the other filters leave.
                var pattern = $"%{EscapeLike(text)}%";
                requests = requests.Where(r =>
                    r.Id == id ||
                    EF.Functions.Like(r.Title, pattern, "\\") ||
                    EF.Functions.Like(r.RequestingOrganisation, pattern, "\\") ||
                    EF.Functions.Like(r.Challenge, pattern, "\\"));
            }
        }

        return requests;
    }

    private static IOrderedQueryable<SupportRequest> Sort(IQueryable<SupportRequest> requests, AppDbContext db, RequestListQuery q)
    {
        IOrderedQueryable<SupportRequest> sorted = q.Sort switch
        {
            RequestSort.Reference => By(r => r.Id),
            RequestSort.Title => By(r => r.Title),
            RequestSort.Country => By(r => db.Countries.Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefault()),
            RequestSort.Organisation => By(r => r.RequestingOrganisation),
            // The workflow's order, not the alphabet's.
            RequestSort.Status => By(r =>
                r.Status == SupportRequestStatus.Submitted ? 0 :
                r.Status == SupportRequestStatus.InReview ? 1 :
                r.Status == SupportRequestStatus.Accepted ? 2 :
                r.Status == SupportRequestStatus.Declined ? 3 : 4),
            RequestSort.Urgency => By(r => r.Urgency == Urgency.Low ? 0 : r.Urgency == Urgency.Normal ? 1 : 2),
            RequestSort.Owner => By(r => r.OwnerName),
            _ => By(r => r.ReceivedAt),
        };

        // The id breaks ties, so the same sort always pages the same way.
        return q.Descending ? sorted.ThenByDescending(r => r.Id) : sorted.ThenBy(r => r.Id);

        IOrderedQueryable<SupportRequest> By<TKey>(System.Linq.Expressions.Expression<Func<SupportRequest, TKey>> key) =>
            q.Descending ? requests.OrderByDescending(key) : requests.OrderBy(key);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    [GeneratedRegex(@"^SR-\d{4}-(?<id>\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}

/// <summary>
/// The request's reference as <see cref="SupportRequest.Reference"/> writes it, from the two columns it is made of, so
/// lists can show it without loading whole records.
/// </summary>
public static class RequestReference
{
    public static string Format(int id, DateTimeOffset receivedAt) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SR-{receivedAt.UtcDateTime.Year}-{id:D4}");
}
