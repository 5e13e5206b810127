using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Taskforces;

/// <summary>The filters of the taskforce list, as the URL carries them (<c>status</c>, <c>country</c>, <c>theme</c>, <c>q</c>).</summary>
public sealed record TaskforceListFilter(TaskforceStatus? Status = null, string? Country = null, string? Theme = null, string? Text = null);

public sealed record TaskforceRow(
    int Id,
    string Title,
    TaskforceStatus Status,
    string CountryCode,
    string CountryName,
    string? RegionName,
    string HostOrganisation,
    DateOnly? StartDate,
    string? OwnerName);

/// <summary>The taskforce list: filtered, ordered and paged in the database, within what the viewer may see.</summary>
public sealed class TaskforceListService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["title", "status", "country", "host", "start"];

    public async Task<ListPage<TaskforceRow>> ListAsync(TaskforceListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = access.Taskforces(db, viewer).AsNoTracking();

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(t => t.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            var theme = filter.Theme.Trim().ToLowerInvariant();
            query = query.Where(t => t.ThemeCodes.Contains(theme));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = ListQueries.Contains(filter.Text);
            query = query.Where(t =>
                EF.Functions.Like(t.Title, pattern, ListQueries.LikeEscape) ||
                EF.Functions.Like(t.HostOrganisation, pattern, ListQueries.LikeEscape) ||
                (t.Summary != null && EF.Functions.Like(t.Summary, pattern, ListQueries.LikeEscape)));
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "title" => query.OrderBy(t => t.Title, desc),
            "status" => query.OrderBy(t =>
                t.Status == TaskforceStatus.Proposed ? 0 :
                t.Status == TaskforceStatus.Active ? 1 :
                t.Status == TaskforceStatus.Suspended ? 2 :
                t.Status == TaskforceStatus.Concluded ? 3 : 4, desc),
            "country" => query.OrderBy(t => db.Countries.Where(c => c.Code == t.CountryCode).Select(c => c.Name).FirstOrDefault(), desc),
            "host" => query.OrderBy(t => t.HostOrganisation, desc),
            "start" => query.OrderBy(t => t.StartDate, desc),
            _ => query.OrderByDescending(t => t.StartDate == null).ThenByDescending(t => t.StartDate),
        };

        // The id last, so that rows with equal keys keep their order from page to page.
        return await ordered.ThenBy(t => t.Id).PageAsync(query, paging, t => new TaskforceRow(
            t.Id,
            t.Title,
            t.Status,
            t.CountryCode,
            db.Countries.Where(c => c.Code == t.CountryCode).Select(c => c.Name).FirstOrDefault() ?? t.CountryCode,
            db.Regions.Where(r => r.Id == t.RegionId).Select(r => r.Name).FirstOrDefault(),
            t.HostOrganisation,
            t.StartDate,
            t.OwnerName), ct);
    }
}
