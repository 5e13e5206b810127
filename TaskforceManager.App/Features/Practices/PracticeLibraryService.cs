using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Practices;

namespace TaskforceManager.App.Features.Practices;

/// <summary>
/// The filters of the best-practice collection, as the URL carries them (<c>level</c>, <c>country</c>, <c>theme</c>,
/// <c>status</c>, <c>funding</c>, <c>transferred</c>, <c>q</c>). The text is looked for in the name, organisation,
/// focus, impact and reach.
/// </summary>
public sealed record PracticeListFilter(
    EducationLevel? Level = null, string? Country = null, string? Theme = null, PracticeStatus? Status = null,
    FundingModel? Funding = null, bool TransferredOnly = false, string? Text = null);

public sealed record PracticeTransferLine(string CountryCode, string CountryName, int Year, string? Note);

public sealed record PracticeRow(
    int Id, string Name, string? CountryName, string Organisation, EducationLevel EducationLevel, IReadOnlyList<string> ThemeCodes,
    string? Impact, string? Reach, string? Budget, FundingModel FundingModel, int? StartYear, PracticeStatus Status, IReadOnlyList<PracticeTransferLine> Transfers);

/// <summary>Where a practice was cited: a recommendation of a roundtable or of a meeting the viewer may see.</summary>
public sealed record PracticeUse(string Where, string Title, string Href, string Recommendation);

public sealed record PracticeDetails(PracticeRow Practice, string? Focus, string? Summary, IReadOnlyList<PracticeUse> UsedIn);

/// <summary>The coalition's collection of best practices for every signed-in user; archived practices are left out.</summary>
public sealed class PracticeLibraryService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public async Task<ListPage<PracticeRow>> ListAsync(PracticeListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        await EnsureSignedInAsync("list");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.BestPractices.AsNoTracking().Where(p => !p.IsArchived);

        if (filter.Level is { } level)
        {
            query = query.Where(p => p.EducationLevel == level || p.EducationLevel == EducationLevel.AllLevels);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(p => p.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            var theme = filter.Theme.Trim().ToLowerInvariant();
            query = query.Where(p => p.ThemeCodes.Contains(theme));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.Funding is { } funding)
        {
            query = query.Where(p => p.FundingModel == funding);
        }

        if (filter.TransferredOnly)
        {
            query = query.Where(p => p.Transfers.Any());
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = ListQueries.Contains(filter.Text);
            query = query.Where(p =>
                EF.Functions.Like(p.Name, pattern, ListQueries.LikeEscape) ||
                EF.Functions.Like(p.Organisation, pattern, ListQueries.LikeEscape) ||
                (p.Focus != null && EF.Functions.Like(p.Focus, pattern, ListQueries.LikeEscape)) ||
                (p.Impact != null && EF.Functions.Like(p.Impact, pattern, ListQueries.LikeEscape)) ||
                (p.Reach != null && EF.Functions.Like(p.Reach, pattern, ListQueries.LikeEscape)));
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "country" => query.OrderBy(p => db.Countries.Where(c => c.Code == p.CountryCode).Select(c => c.Name).FirstOrDefault(), desc),
            "organisation" => query.OrderBy(p => p.Organisation, desc),
            "level" => query.OrderBy(p => p.EducationLevel, desc),
            "start" => query.OrderBy(p => p.StartYear, desc),
            "status" => query.OrderBy(p => p.Status, desc),
            _ => query.OrderBy(p => p.Name, desc),
        };

        var total = await query.CountAsync(ct);
        var page = await ordered.ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.SafeSize).ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return new ListPage<PracticeRow>(page.Select(p => RowOf(p, countries)).ToList(), total);
    }

    /// <summary>One practice, with the roundtables and meetings (within the viewer's scope) whose recommendations cite it.</summary>
    public async Task<PracticeDetails> GetAsync(int id, CancellationToken ct = default)
    {
        var v = await EnsureSignedInAsync("read");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await db.BestPractices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && !p.IsArchived, ct)
                       ?? throw await access.NotFoundAsync(v, nameof(BestPractice), id, "read");
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);

        var roundtables = await access.Roundtables(db, v).AsNoTracking()
            .Where(r => r.Recommendations.Any(x => x.BestPracticeId == id))
            .ToListAsync(ct);
        var meetings = await access.Meetings(db, v).AsNoTracking()
            .Where(m => m.Recommendations.Any(x => x.BestPracticeId == id))
            .ToListAsync(ct);
        var uses = roundtables
            .SelectMany(r => r.Recommendations.Where(x => x.BestPracticeId == id).Select(x => new PracticeUse("Roundtable", r.Title, $"/roundtables/{r.Id}", x.Text)))
            .Concat(meetings.SelectMany(m => m.Recommendations.Where(x => x.BestPracticeId == id).Select(x => new PracticeUse("Meeting", m.Title, $"/meetings/{m.Id}", x.Text))))
            .ToList();
        return new PracticeDetails(RowOf(practice, countries), practice.Focus, practice.Summary, uses);
    }

    private static PracticeRow RowOf(BestPractice p, IReadOnlyDictionary<string, string> countries) =>
        new(p.Id, p.Name, p.CountryCode is null ? null : countries.GetValueOrDefault(p.CountryCode, p.CountryCode), p.Organisation, p.EducationLevel,
            p.ThemeCodes, p.Impact, p.Reach, p.Budget, p.FundingModel, p.StartYear, p.Status,
            p.Transfers.OrderBy(t => t.Year).Select(t => new PracticeTransferLine(t.ToCountryCode, countries.GetValueOrDefault(t.ToCountryCode, t.ToCountryCode), t.Year, t.Note)).ToList());

    private async Task<Viewer> EnsureSignedInAsync(string action)
    {
        var viewer = await access.ViewerAsync();
        if (viewer.IsAnonymous)
        {
            throw await access.NotAllowedAsync(viewer, nameof(BestPractice), "collection", action, "Sign in to see the best practices.");
        }

        return viewer;
    }
}
