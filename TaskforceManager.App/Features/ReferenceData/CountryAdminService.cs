using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

public sealed record RegionAdminRow(int Id, string CountryCode, string Name, bool IsArchived, Guid Version);

public sealed record CountryAdminRow(
    string Code,
    string Name,
    bool IsEuMember,
    CountrySize Size,
    IReadOnlyList<string> LanguageCodes,
    bool IsArchived,
    IReadOnlyList<RegionAdminRow> Regions,
    Guid Version);

/// <summary>The secretariat's management of countries and their regions: list, create, edit, add regions, archive and restore.</summary>
public sealed class CountryAdminService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    private const string What = "country";
    private readonly CountryFormValidator _validator = new();
    private readonly RegionFormValidator _regionValidator = new();

    public async Task<IReadOnlyList<CountryAdminRow>> ListAsync(bool includeArchived, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Country), "list", "list");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db.Countries.AsNoTracking().Where(c => includeArchived || !c.IsArchived).OrderBy(c => c.Name)).ToListAsync(ct);
    }

    public async Task<CountryAdminRow> CreateAsync(CountryForm form, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Country), form.Code, "create");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = form.Code.Trim().ToUpperInvariant();
        if (await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct) is { } same)
        {
            throw ReferenceRules.FieldError(nameof(CountryForm.Code),
                $"{code} is already in the list as {same.Name}{(same.IsArchived ? " (archived: restore it instead)" : "")}.");
        }

        await EnsureNameFreeAsync(db, form.Name, code, ct);
        var country = new Country(code, form.Name, form.IsEuMember, form.Size, form.LanguageCodes);
        db.Countries.Add(country);
        await db.SaveAsync(What, () => ReferenceRules.FieldError(nameof(CountryForm.Code), $"{code} is already in the list."), ct);
        return await RowAsync(db, code, ct);
    }

    /// <summary>Changes the name, membership, size and languages; the code stays, since every record stores it.</summary>
    public async Task<CountryAdminRow> UpdateAsync(string code, CountryForm form, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Country), code, "edit");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var country = await FindAsync(db, code, "edit", ct);
        await EnsureNameFreeAsync(db, form.Name, country.Code, ct);
        db.ExpectVersion(country, version);

        // The domain has no edit method for a country yet. A new instance runs every domain check on the new values;
        // EF then copies them over, audited field by field.
        var checkedValues = new Country(country.Code, form.Name, form.IsEuMember, form.Size, form.LanguageCodes);
        var entry = db.Entry(country);
        entry.Property(c => c.Name).CurrentValue = checkedValues.Name;
        entry.Property(c => c.IsEuMember).CurrentValue = checkedValues.IsEuMember;
        entry.Property(c => c.Size).CurrentValue = checkedValues.Size;
        entry.Property(c => c.LanguageCodes).CurrentValue = checkedValues.LanguageCodes;
        await db.SaveAsync(What, () => ReferenceRules.FieldError(nameof(CountryForm.Name), $"There is already a country called {form.Name.Trim()}."), ct);
        return await RowAsync(db, country.Code, ct);
    }

    /// <summary>Hides the country from choices for new work, unless open cases, active experts or member organisations still use it.</summary>
    public async Task<CountryAdminRow> ArchiveAsync(string code, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Country), code, "archive");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var country = await FindAsync(db, code, "archive", ct);
        ReferenceRules.RefuseArchiveIfUsed(country.Name, await UsesAsync(db, country.Code, ct));
        db.ExpectVersion(country, version);
        country.Archive();
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, country.Code, ct);
    }

    public async Task<CountryAdminRow> RestoreAsync(string code, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Country), code, "restore");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var country = await FindAsync(db, code, "restore", ct);
        db.ExpectVersion(country, version);
        country.Restore();
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, country.Code, ct);
    }

    public async Task<CountryAdminRow> AddRegionAsync(string countryCode, RegionForm form, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Region), countryCode, "create");
        await _regionValidator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = countryCode.Trim().ToUpperInvariant();
        var country = await db.Countries.Include(c => c.Regions).SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw await access.NotFoundAsync(await access.ViewerAsync(), nameof(Country), countryCode, "add a region to");
        var name = form.Name.Trim();
        if (country.Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            throw RegionTaken(country, same.Name + (same.IsArchived ? " (archived: restore it instead)" : ""));
        }

        country.AddRegion(name);
        await db.SaveAsync("region", () => RegionTaken(country, name), ct);
        return await RowAsync(db, country.Code, ct);
    }

    /// <summary>Hides the region from choices for new work, unless open cases or member organisations still use it.</summary>
    public async Task<CountryAdminRow> ArchiveRegionAsync(int regionId, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Region), regionId, "archive");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var region = await FindRegionAsync(db, regionId, "archive", ct);
        ReferenceRules.RefuseArchiveIfUsed(region.Name, await RegionUsesAsync(db, region.Id, ct));
        db.ExpectVersion(region, version);
        region.Archive();
        await db.SaveOrConflictAsync("region", ct);
        return await RowAsync(db, region.CountryCode, ct);
    }

    public async Task<CountryAdminRow> RestoreRegionAsync(int regionId, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Region), regionId, "restore");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var region = await FindRegionAsync(db, regionId, "restore", ct);
        db.ExpectVersion(region, version);
        region.Restore();
        await db.SaveOrConflictAsync("region", ct);
        return await RowAsync(db, region.CountryCode, ct);
    }

    internal static async Task<IReadOnlyList<ReferenceUse>> UsesAsync(AppDbContext db, string code, CancellationToken ct) =>
    [
        new(await db.SupportRequests.CountAsync(r => ReferenceRules.OpenRequests.Contains(r.Status) && r.CountryCode == code, ct), "open request", "open requests"),
        new(await db.PolicyBriefings.CountAsync(b => ReferenceRules.OpenBriefings.Contains(b.Status) && b.CountryCode == code, ct), "open policy briefing", "open policy briefings"),
        new(await db.Taskforces.CountAsync(t => ReferenceRules.OpenTaskforces.Contains(t.Status) && t.CountryCode == code, ct), "open taskforce", "open taskforces"),
        new(await db.Roundtables.CountAsync(r => ReferenceRules.OpenRoundtables.Contains(r.Status) && r.CountryCode == code, ct), "open roundtable", "open roundtables"),
        new(await db.Experts.CountAsync(e => e.IsActive && e.CountryCode == code, ct), "active expert", "active experts"),
        new(await db.Organisations.CountAsync(o => !o.IsArchived && o.CountryCode == code, ct), "member organisation", "member organisations"),
    ];

    internal static async Task<IReadOnlyList<ReferenceUse>> RegionUsesAsync(AppDbContext db, int regionId, CancellationToken ct) =>
    [
        new(await db.SupportRequests.CountAsync(r => ReferenceRules.OpenRequests.Contains(r.Status) && r.RegionId == regionId, ct), "open request", "open requests"),
        new(await db.PolicyBriefings.CountAsync(b => ReferenceRules.OpenBriefings.Contains(b.Status) && b.RegionId == regionId, ct), "open policy briefing", "open policy briefings"),
        new(await db.Taskforces.CountAsync(t => ReferenceRules.OpenTaskforces.Contains(t.Status) && t.RegionId == regionId, ct), "open taskforce", "open taskforces"),
        new(await db.Organisations.CountAsync(o => !o.IsArchived && o.RegionId == regionId, ct), "member organisation", "member organisations"),
    ];

    private async Task<Country> FindAsync(AppDbContext db, string code, string action, CancellationToken ct)
    {
        var key = code.Trim().ToUpperInvariant();
        return await db.Countries.SingleOrDefaultAsync(c => c.Code == key, ct)
            ?? throw await access.NotFoundAsync(await access.ViewerAsync(), nameof(Country), code, action);
    }

    private async Task<Region> FindRegionAsync(AppDbContext db, int id, string action, CancellationToken ct) =>
        await db.Regions.SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw await access.NotFoundAsync(await access.ViewerAsync(), nameof(Region), id, action);

    private static async Task EnsureNameFreeAsync(AppDbContext db, string name, string ownCode, CancellationToken ct)
    {
        var wanted = name.Trim().ToLower();
        if (await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code != ownCode && c.Name.ToLower() == wanted, ct) is { } other)
        {
            throw ReferenceRules.FieldError(nameof(CountryForm.Name),
                $"There is already a country called {other.Name} ({other.Code}{(other.IsArchived ? ", archived: restore it instead" : "")}).");
        }
    }

    private static FieldValidationException RegionTaken(Country country, string name) =>
        ReferenceRules.FieldError(nameof(RegionForm.Name), $"{country.Name} already has a region called {name}.");

    private static async Task<CountryAdminRow> RowAsync(AppDbContext db, string code, CancellationToken ct) =>
        await Rows(db.Countries.AsNoTracking().Where(c => c.Code == code)).SingleAsync(ct);

    private static IQueryable<CountryAdminRow> Rows(IQueryable<Country> countries) =>
        countries.Select(c => new CountryAdminRow(
            c.Code,
            c.Name,
            c.IsEuMember,
            c.Size,
            c.LanguageCodes,
            c.IsArchived,
            c.Regions.OrderBy(r => r.Name)
                .Select(r => new RegionAdminRow(r.Id, r.CountryCode, r.Name, r.IsArchived, EF.Property<Guid>(r, AppDbContext.VersionProperty)))
                .ToList(),
            EF.Property<Guid>(c, AppDbContext.VersionProperty)));
}
