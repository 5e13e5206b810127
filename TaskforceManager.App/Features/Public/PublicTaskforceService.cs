using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Public;

/// <summary>A row of the public overview: exactly the fields the coalition's website shows, nothing else.</summary>
public sealed record PublicTaskforce(
    int Id,
    string Title,
    string Country,
    string CountryName,
    string? Region,
    string HostOrganisation,
    DateOnly? StartDate,
    string Summary);

/// <summary>A public meeting: when, where and who hosted it; its summary only once the outcomes are published.</summary>
public sealed record PublicMeeting(DateOnly Date, string Title, string? City, string? HostOrganisation, string? Summary);

public sealed record PublicTaskforceDetail(PublicTaskforce Taskforce, IReadOnlyList<string> Objectives, IReadOnlyList<PublicMeeting> Meetings);

/// <summary>
/// The public overview of ongoing taskforces, for anonymous visitors and the website's feed. Only active taskforces the
/// secretariat has listed publicly, only their public fields; cached for a minute.
/// </summary>
public sealed class PublicTaskforceService(IDbContextFactory<AppDbContext> dbFactory, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private const string ListKey = "public-taskforces";

    public async Task<IReadOnlyList<PublicTaskforce>> OngoingAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(ListKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await Listed(db)
                .OrderByDescending(t => t.StartDate)
                .Select(t => new PublicTaskforce(
                    t.Id, t.Title, t.CountryCode,
                    db.Countries.Where(c => c.Code == t.CountryCode).Select(c => c.Name).First(),
                    db.Regions.Where(r => r.Id == t.RegionId).Select(r => r.Name).FirstOrDefault(),
                    t.HostOrganisation, t.StartDate, t.Summary!))
                .AsNoTracking()
                .ToListAsync(ct);
        }))!;

    /// <summary>One listed taskforce's public page; null for anything not publicly listed (it reads as not found).</summary>
    public async Task<PublicTaskforceDetail?> DetailAsync(int id, CancellationToken ct = default)
    {
        var row = (await OngoingAsync(ct)).FirstOrDefault(t => t.Id == id);
        if (row is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var objectives = await Listed(db).Where(t => t.Id == id).Select(t => t.Objectives).SingleAsync(ct);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.TaskforceId == id && m.Status == MeetingStatus.Scheduled)
            .OrderByDescending(m => m.StartsAt)
            .Select(m => new { m.StartsAt, m.Title, m.City, m.HostOrganisation, m.OutcomeStatus, m.Summary })
            .ToListAsync(ct);
        return new PublicTaskforceDetail(row, objectives, meetings
            .Select(m => new PublicMeeting(DateOnly.FromDateTime(m.StartsAt.UtcDateTime), m.Title, m.City, m.HostOrganisation,
                m.OutcomeStatus == OutcomeStatus.Published ? m.Summary : null))
            .ToList());
    }

    private static IQueryable<Taskforce> Listed(AppDbContext db) =>
        db.Taskforces.Where(t => t.IsListedPublicly && t.Status == TaskforceStatus.Active && t.Summary != null);
}
