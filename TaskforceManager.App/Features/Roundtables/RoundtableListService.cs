using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Roundtables;

/// <summary>The filters of the roundtable list, as the URL carries them (<c>status</c>, <c>country</c>, <c>theme</c>, <c>q</c>).</summary>
public sealed record RoundtableListFilter(RoundtableStatus? Status = null, string? Country = null, string? Theme = null, string? Text = null);

/// <summary>One roundtable in the list; no country means a European roundtable.</summary>
public sealed record RoundtableRow(
    int Id,
    string Title,
    RoundtableStatus Status,
    string ThemeCode,
    string ThemeName,
    string? CountryCode,
    string? CountryName,
    DateOnly? PlannedOn,
    DateOnly? HeldOn,
    RoundtableFormat Format,
    int? TaskforceId,
    string? TaskforceTitle);

/// <summary>The roundtable list: filtered, ordered and paged in the database, within what the viewer may see.</summary>
public sealed class RoundtableListService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["title", "status", "theme", "country", "date"];

    public async Task<ListPage<RoundtableRow>> ListAsync(RoundtableListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = access.Roundtables(db, viewer).AsNoTracking();
        var taskforces = access.Taskforces(db, viewer);

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            var theme = filter.Theme.Trim().ToLowerInvariant();
            query = query.Where(r => r.ThemeCode == theme);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = ListQueries.Contains(filter.Text);
            query = query.Where(r =>
                EF.Functions.Like(r.Title, pattern, ListQueries.LikeEscape) ||
                (r.RequestedBy != null && EF.Functions.Like(r.RequestedBy, pattern, ListQueries.LikeEscape)) ||
                (r.Place != null && EF.Functions.Like(r.Place, pattern, ListQueries.LikeEscape)));
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "title" => query.OrderBy(r => r.Title, desc),
            "status" => query.OrderBy(r =>
                r.Status == RoundtableStatus.Planned ? 0 :
                r.Status == RoundtableStatus.Held ? 1 :
                r.Status == RoundtableStatus.Reported ? 2 : 3, desc),
            "theme" => query.OrderBy(r => db.Themes.Where(t => t.Code == r.ThemeCode).Select(t => t.Name).FirstOrDefault(), desc),
            "country" => query.OrderBy(r => db.Countries.Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefault(), desc),
            "date" => query.OrderBy(r => r.HeldOn ?? r.PlannedOn, desc),
            _ => query.OrderByDescending(r => r.HeldOn ?? r.PlannedOn),
        };

        // The id last, so that rows with equal keys keep their order from page to page.
        return await ordered.ThenBy(r => r.Id).PageAsync(query, paging, r => new RoundtableRow(
            r.Id,
            r.Title,
            r.Status,
            r.ThemeCode,
            db.Themes.Where(t => t.Code == r.ThemeCode).Select(t => t.Name).FirstOrDefault() ?? r.ThemeCode,
            r.CountryCode,
            db.Countries.Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefault(),
            r.PlannedOn,
            r.HeldOn,
            r.Format,
            r.TaskforceId,
            taskforces.Where(t => t.Id == r.TaskforceId).Select(t => t.Title).FirstOrDefault()), ct);
    }
}
