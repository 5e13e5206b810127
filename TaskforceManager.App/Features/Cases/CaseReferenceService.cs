using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;

namespace TaskforceManager.App.Features.Cases;

public sealed record ThemeOption(string Code, string Name);

public sealed record RegionOption(int Id, string Name);

public sealed record CountryOption(string Code, string Name, IReadOnlyList<RegionOption> Regions);

/// <summary>The reference data case forms choose from. Archived entries are left out unless the record already uses them.</summary>
public sealed class CaseReferenceService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ThemeOption>> ThemesAsync(IEnumerable<string>? inUse = null, CancellationToken ct = default)
    {
        var keep = (inUse ?? []).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking()
            .Where(t => !t.IsArchived || keep.Contains(t.Code))
            .OrderBy(t => t.Name)
            .Select(t => new ThemeOption(t.Code, t.Name))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CountryOption>> CountriesAsync(string? countryInUse = null, int? regionInUse = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var countries = await db.Countries.AsNoTracking()
            .Where(c => !c.IsArchived || c.Code == countryInUse)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Code, c.Name })
            .ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking()
            .Where(r => !r.IsArchived || r.Id == regionInUse)
            .OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.CountryCode, r.Name })
            .ToListAsync(ct);
        return countries
            .Select(c => new CountryOption(c.Code, c.Name, regions.Where(r => r.CountryCode == c.Code).Select(r => new RegionOption(r.Id, r.Name)).ToList()))
            .ToList();
    }
}
