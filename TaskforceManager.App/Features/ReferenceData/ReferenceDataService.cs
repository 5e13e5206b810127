using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;

namespace TaskforceManager.App.Features.ReferenceData;

public sealed record ThemeOption(string Code, string Name, bool IsArchived = false);

public sealed record CountryOption(string Code, string Name, bool IsEuMember, bool IsArchived = false);

public sealed record RegionOption(int Id, string CountryCode, string Name, bool IsArchived = false);

public sealed record OrganisationOption(int Id, string Name, string CountryCode, bool IsArchived = false);

/// <summary>
/// The reference data other features choose from. Pickers for new work use the <c>Active…</c> lists, which leave
/// archived items out; lists and filters over existing records use the <c>All…</c> lists, which keep them (marked), so
/// old records can still be found and named.
/// </summary>
public sealed class ReferenceDataService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    public Task<IReadOnlyList<ThemeOption>> ActiveThemesAsync(CancellationToken ct = default) => ThemesAsync(includeArchived: false, ct);

    public Task<IReadOnlyList<ThemeOption>> AllThemesAsync(CancellationToken ct = default) => ThemesAsync(includeArchived: true, ct);

    public Task<IReadOnlyList<CountryOption>> ActiveCountriesAsync(CancellationToken ct = default) => CountriesAsync(includeArchived: false, ct);

    public Task<IReadOnlyList<CountryOption>> AllCountriesAsync(CancellationToken ct = default) => CountriesAsync(includeArchived: true, ct);

    /// <summary>Regions that may be chosen for new work, of one country or of all.</summary>
    public async Task<IReadOnlyList<RegionOption>> ActiveRegionsAsync(string? countryCode = null, CancellationToken ct = default)
    {
        await EnsureSignedInAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Regions.AsNoTracking().Where(r => !r.IsArchived);
        if (!string.IsNullOrWhiteSpace(countryCode))
        {
            var code = countryCode.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryCode == code);
        }

        // Archived countries take their regions out of the choice too.
        query = query.Where(r => db.Countries.Any(c => c.Code == r.CountryCode && !c.IsArchived));
        return await query.OrderBy(r => r.CountryCode).ThenBy(r => r.Name)
            .Select(r => new RegionOption(r.Id, r.CountryCode, r.Name, r.IsArchived)).ToListAsync(ct);
    }

    /// <summary>Member organisations that may be chosen for new work (not archived).</summary>
    public async Task<IReadOnlyList<OrganisationOption>> ActiveOrganisationsAsync(CancellationToken ct = default)
    {
        await EnsureSignedInAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => !o.IsArchived).OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.CountryCode, o.IsArchived)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<ThemeOption>> ThemesAsync(bool includeArchived, CancellationToken ct)
    {
        await EnsureSignedInAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking().Where(t => includeArchived || !t.IsArchived).OrderBy(t => t.Name)
            .Select(t => new ThemeOption(t.Code, t.Name, t.IsArchived)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<CountryOption>> CountriesAsync(bool includeArchived, CancellationToken ct)
    {
        await EnsureSignedInAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Countries.AsNoTracking().Where(c => includeArchived || !c.IsArchived).OrderBy(c => c.Name)
            .Select(c => new CountryOption(c.Code, c.Name, c.IsEuMember, c.IsArchived)).ToListAsync(ct);
    }

    // Names of countries and themes are not secret, but nothing here is for anonymous visitors.
    private async Task EnsureSignedInAsync()
    {
        var viewer = await access.ViewerAsync();
        if (viewer.IsAnonymous)
        {
            throw await access.NotAllowedAsync(viewer, "ReferenceData", "options", "read", "Sign in to see this.");
        }
    }
}
