using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.App.Features.Experts;

/// <summary>
/// The filters of the expert directory, as the URL carries them (<c>theme</c>, <c>language</c>, <c>country</c>,
/// <c>organisation</c>, <c>sector</c>, <c>available</c>, <c>q</c>). Available means no unavailable period covers today.
/// </summary>
public sealed record ExpertListFilter(
    string? Theme = null, string? Language = null, string? Country = null, int? OrganisationId = null,
    HelixSector? Sector = null, bool AvailableOnly = false, string? Text = null);

public sealed record ExpertRow(
    int Id, string FullName, string OrganisationName, string CountryCode, string CountryName, HelixSector Sector,
    IReadOnlyList<string> LanguageCodes, IReadOnlyList<string> ThemeCodes, int ActiveAssignments);

public sealed record ExpertThemeView(string Code, string Name, ExpertiseLevel Level);

public sealed record ExpertAssignmentLine(CaseKind Kind, int CaseId, string CaseTitle, AssignmentRole Role, AssignmentStatus Status, DateTimeOffset InvitedAt)
{
    public bool IsCurrent => Status is AssignmentStatus.Invited or AssignmentStatus.Accepted;
}

/// <summary>
/// An expert's page. The private part (contact data, days a month, unavailable periods with their notes, declared
/// conflicts) is null unless the viewer is the secretariat or the expert themself.
/// </summary>
public sealed record ExpertDetails(
    int Id, string FullName, string OrganisationName, MembershipStatus Membership, string CountryName, HelixSector Sector,
    IReadOnlyList<string> LanguageCodes, IReadOnlyList<ExpertThemeView> Themes, bool IsActive, bool UnavailableToday,
    IReadOnlyList<ExpertAssignmentLine> Assignments, ExpertPrivateDetails? Private);

public sealed record ExpertPrivateDetails(
    string Email, string? Phone, int AvailableDaysPerMonth,
    IReadOnlyList<UnavailablePeriodView> UnavailablePeriods, IReadOnlyList<ConflictView> Conflicts);

public sealed record UnavailablePeriodView(DateOnly From, DateOnly To, string? Note);

public sealed record ConflictView(ConflictKind Kind, string Subject, string? Note);

/// <summary>The expert directory and expert pages, within the experts the viewer may see.</summary>
public sealed class ExpertDirectoryService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, RecordWork work, TimeProvider clock)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "organisation", "country", "sector"];

    public async Task<ListPage<ExpertRow>> ListAsync(ExpertListFilter filter, ListPaging paging, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = access.Experts(db, viewer).AsNoTracking();

        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            var theme = filter.Theme.Trim().ToLowerInvariant();
            query = query.Where(e => e.Expertise.Any(x => x.ThemeCode == theme));
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            var language = filter.Language.Trim().ToLowerInvariant();
            query = query.Where(e => e.LanguageCodes.Contains(language));
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(e => e.CountryCode == country);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(e => e.OrganisationId == organisationId);
        }

        if (filter.Sector is { } sector)
        {
            query = query.Where(e => e.Sector == sector);
        }

        if (filter.AvailableOnly)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            query = query.Where(e => e.IsActive && !e.UnavailablePeriods.Any(p => p.From <= today && p.To >= today));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = ListQueries.Contains(filter.Text);
            query = query.Where(e => EF.Functions.Like(e.FullName, pattern, ListQueries.LikeEscape));
        }

        var desc = paging.Descending;
        var ordered = paging.Sort switch
        {
            "organisation" => query.OrderBy(e => db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.Name).FirstOrDefault(), desc),
            "country" => query.OrderBy(e => db.Countries.Where(c => c.Code == e.CountryCode).Select(c => c.Name).FirstOrDefault(), desc),
            "sector" => query.OrderBy(e => e.Sector, desc),
            _ => query.OrderBy(e => e.FullName, desc),
        };

        return await ordered.ThenBy(e => e.Id).PageAsync(query, paging, e => new ExpertRow(
            e.Id,
            e.FullName,
            db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
            e.CountryCode,
            db.Countries.Where(c => c.Code == e.CountryCode).Select(c => c.Name).FirstOrDefault() ?? e.CountryCode,
            e.Sector,
            e.LanguageCodes,
            e.Expertise.Select(x => x.ThemeCode).ToList(),
            db.Assignments.Count(a => a.ExpertId == e.Id && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))), ct);
    }

    /// <summary>The languages the visible experts work in, for the filter.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lists = await access.Experts(db, viewer).AsNoTracking().Select(e => e.LanguageCodes).ToListAsync(ct);
        return lists.SelectMany(l => l).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The address of a case's page.</summary>
    public static string CasePath(CaseKind kind, int id) => kind switch
    {
        CaseKind.PolicyBriefing => $"/briefings/{id}",
        CaseKind.Taskforce => $"/taskforces/{id}",
        _ => $"/roundtables/{id}",
    };

    /// <summary>One expert's page; an expert the viewer may not see is "not found" (audited).</summary>
    public Task<ExpertDetails> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Experts, id, ProjectAsync, ct);

    private async Task<ExpertDetails> ProjectAsync(AppDbContext db, Expert e, Viewer v)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == e.OrganisationId).Select(o => new { o.Name, o.Membership }).SingleAsync();
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == e.CountryCode).Select(c => c.Name).SingleOrDefaultAsync() ?? e.CountryCode;
        var codes = e.Expertise.Select(x => x.ThemeCode).ToList();
        var themeNames = await db.Themes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name);
        var assignments = await access.Assignments(db, v).AsNoTracking()
            .Where(a => a.ExpertId == e.Id)
            .OrderByDescending(a => a.InvitedAt)
            .Select(a => new ExpertAssignmentLine(a.CaseKind, a.CaseId, a.CaseTitle, a.Role, a.Status, a.InvitedAt))
            .ToListAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var privateData = AccessPolicy.CanSeePrivateContact(v, e.Id)
            ? new ExpertPrivateDetails(e.Email, e.Phone, e.AvailableDaysPerMonth,
                e.UnavailablePeriods.OrderBy(p => p.From).Select(p => new UnavailablePeriodView(p.From, p.To, p.Note)).ToList(),
                e.Conflicts.Select(c => new ConflictView(c.Kind, c.Subject, c.Note)).ToList())
            : null;
        return new ExpertDetails(
            e.Id, e.FullName, organisation.Name, organisation.Membership, country, e.Sector, e.LanguageCodes,
            e.Expertise.OrderByDescending(x => x.Level).ThenBy(x => x.ThemeCode)
                .Select(x => new ExpertThemeView(x.ThemeCode, themeNames.GetValueOrDefault(x.ThemeCode) ?? x.ThemeCode, x.Level)).ToList(),
            e.IsActive, e.IsUnavailableBetween(today, today),
            assignments.OrderBy(a => a.IsCurrent ? 0 : 1).ThenByDescending(a => a.InvitedAt).ToList(),
            privateData);
    }
}
