using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;

namespace TaskforceManager.App.Features.Briefings;

/// <summary>The filters of the briefing list, as the URL carries them (<c>status</c>, <c>country</c>, <c>theme</c>, <c>q</c>).</summary>
public sealed record BriefingListFilter(PolicyBriefingStatus? Status = null, string? Country = null, string? Theme = null, string? Text = null);

public sealed record BriefingRow(
    int Id,
    string Title,
    PolicyBriefingStatus Status,
    string CountryCode,
    string CountryName,
    string? RegionName,
    string? RequestingOrganisation,
    DateOnly? DueOn,
    DateTimeOffset CreatedAt,
    int? EscalatedToTaskforceId,
    string? OwnerName);

/// <summary>The policy briefing list: filtered, ordered and paged in the database, within what the viewer may see.</summary>
public sealed class BriefingListService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["title", "status", "country", "due", "created"];

    public async Task<ListPage<BriefingRow>> ListAsync(BriefingListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = access.Briefings(db, viewer).AsNoTracking();

        if (filter.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(b => b.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            var theme = filter.Theme.Trim().ToLowerInvariant();
            query = query.Where(b => b.ThemeCodes.Contains(theme));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = ListQueries.Contains(filter.Text);
            query = query.Where(b =>
                EF.Functions.Like(b.Title, pattern, ListQueries.LikeEscape) ||
                (b.RequestingOrganisation != null && EF.Functions.Like(b.RequestingOrganisation, pattern, ListQueries.LikeEscape)) ||
                EF.Functions.Like(b.Challenge, pattern, ListQueries.LikeEscape));
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "title" => query.OrderBy(b => b.Title, desc),
            "status" => query.OrderBy(b =>
                b.Status == PolicyBriefingStatus.Draft ? 0 :
                b.Status == PolicyBriefingStatus.InReview ? 1 :
                b.Status == PolicyBriefingStatus.Delivered ? 2 : 3, desc),
            "country" => query.OrderBy(b => db.Countries.Where(c => c.Code == b.CountryCode).Select(c => c.Name).FirstOrDefault(), desc),
            "due" => query.OrderBy(b => b.DueOn, desc),
            "created" => query.OrderBy(b => b.CreatedAt, desc),
            _ => query.OrderByDescending(b => b.CreatedAt),
        };

        // The id last, so that rows with equal keys keep their order from page to page.
        return await ordered.ThenBy(b => b.Id).PageAsync(query, paging, b => new BriefingRow(
            b.Id,
            b.Title,
            b.Status,
            b.CountryCode,
            db.Countries.Where(c => c.Code == b.CountryCode).Select(c => c.Name).FirstOrDefault() ?? b.CountryCode,
            db.Regions.Where(r => r.Id == b.RegionId).Select(r => r.Name).FirstOrDefault(),
            b.RequestingOrganisation,
            b.DueOn,
            b.CreatedAt,
            b.EscalatedToTaskforceId,
            b.OwnerName), ct);
    }
}
