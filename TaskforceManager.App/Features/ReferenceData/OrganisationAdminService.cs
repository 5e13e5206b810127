using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.App.Features.ReferenceData;

public sealed record OrganisationAdminRow(
    int Id,
    string Name,
    string CountryCode,
    string CountryName,
    int? RegionId,
    string? RegionName,
    OrganisationRole Role,
    HelixSector Sector,
    string? OrganisationType,
    string? Website,
    string? Description,
    MembershipStatus Membership,
    bool IsArchived,
    int ActiveExperts,
    Guid Version);

/// <summary>The secretariat's management of member and partner organisations: list, create, edit, membership, archive and restore.</summary>
public sealed class OrganisationAdminService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    private const string What = "organisation";
    private const string Entity = nameof(MemberOrganisation);
    private readonly OrganisationFormValidator _validator = new();

    public async Task<IReadOnlyList<OrganisationAdminRow>> ListAsync(bool includeArchived, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, "list", "list");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db, db.Organisations.AsNoTracking().Where(o => includeArchived || !o.IsArchived).OrderBy(o => o.Name))
            .ToListAsync(ct);
    }

    public async Task<OrganisationAdminRow> CreateAsync(OrganisationForm form, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, form.Name, "create");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsurePlaceAsync(db, form, null, ct);
        await EnsureNameFreeAsync(db, form.Name, null, ct);
        var organisation = new MemberOrganisation(form.Name, form.CountryCode!, form.RegionId, form.Role, form.Sector, form.OrganisationType, form.Website, form.Description);
        db.Organisations.Add(organisation);
        await db.SaveAsync(What, () => NameTaken(form.Name.Trim()), ct);
        return await RowAsync(db, organisation.Id, ct);
    }

    public async Task<OrganisationAdminRow> UpdateAsync(int id, OrganisationForm form, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "edit");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await FindAsync(db, id, "edit", ct);
        await EnsurePlaceAsync(db, form, organisation, ct);
        await EnsureNameFreeAsync(db, form.Name, id, ct);
        db.ExpectVersion(organisation, version);

        // The domain has no edit method for an organisation's describing facts yet, only for its role and membership.
        // A new instance runs every domain check on the new values; EF then copies them over, audited field by field.
        var checkedValues = new MemberOrganisation(form.Name, form.CountryCode!, form.RegionId, form.Role, form.Sector, form.OrganisationType, form.Website, form.Description);
        var entry = db.Entry(organisation);
        entry.Property(o => o.Name).CurrentValue = checkedValues.Name;
        entry.Property(o => o.CountryCode).CurrentValue = checkedValues.CountryCode;
        entry.Property(o => o.RegionId).CurrentValue = checkedValues.RegionId;
        entry.Property(o => o.Sector).CurrentValue = checkedValues.Sector;
        entry.Property(o => o.OrganisationType).CurrentValue = checkedValues.OrganisationType;
        entry.Property(o => o.Website).CurrentValue = checkedValues.Website;
        entry.Property(o => o.Description).CurrentValue = checkedValues.Description;
        organisation.ChangeRole(form.Role);
        await db.SaveAsync(What, () => NameTaken(form.Name.Trim()), ct);
        return await RowAsync(db, id, ct);
    }

    /// <summary>Membership ended: its experts can no longer be assigned to new cases.</summary>
    public Task<OrganisationAdminRow> LapseAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "record the lapse of", o => o.Lapse(), ct);

    public Task<OrganisationAdminRow> RenewAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "renew", o => o.Renew(), ct);

    /// <summary>Hides the organisation from choices for new work, unless active experts or open taskforces still depend on it.</summary>
    public async Task<OrganisationAdminRow> ArchiveAsync(int id, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "archive");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await FindAsync(db, id, "archive", ct);
        ReferenceRules.RefuseArchiveIfUsed(organisation.Name, await UsesAsync(db, organisation, ct));
        db.ExpectVersion(organisation, version);
        organisation.Archive();
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, id, ct);
    }

    public Task<OrganisationAdminRow> RestoreAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "restore", o => o.Restore(), ct);

    internal static async Task<IReadOnlyList<ReferenceUse>> UsesAsync(AppDbContext db, MemberOrganisation organisation, CancellationToken ct) =>
    [
        new(await db.Experts.CountAsync(e => e.IsActive && e.OrganisationId == organisation.Id, ct), "active expert", "active experts"),
        new(await db.Taskforces.CountAsync(t => ReferenceRules.OpenTaskforces.Contains(t.Status) && t.HostOrganisation == organisation.Name, ct),
            "open taskforce it hosts", "open taskforces it hosts"),
    ];

    private async Task<OrganisationAdminRow> ChangeAsync(int id, Guid version, string action, Action<MemberOrganisation> change, CancellationToken ct)
    {
        await access.EnsureManagerAsync(Entity, id, action);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await FindAsync(db, id, action, ct);
        db.ExpectVersion(organisation, version);
        change(organisation);
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, id, ct);
    }

    private async Task<MemberOrganisation> FindAsync(AppDbContext db, int id, string action, CancellationToken ct) =>
        await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct)
        ?? throw await access.NotFoundAsync(await access.ViewerAsync(), Entity, id, action);

    /// <summary>New work needs a country and region that are not archived; an organisation may keep the ones it has.</summary>
    private static async Task EnsurePlaceAsync(AppDbContext db, OrganisationForm form, MemberOrganisation? current, CancellationToken ct)
    {
        var code = form.CountryCode!.Trim().ToUpperInvariant();
        form.CountryCode = code;
        var country = await db.Countries.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (country is null || (country.IsArchived && current?.CountryCode != code))
        {
            throw ReferenceRules.FieldError(nameof(OrganisationForm.CountryCode),
                country is null ? "Choose a country from the list." : $"{country.Name} is archived; choose another country or restore it first.");
        }

        if (form.RegionId is { } regionId)
        {
            var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, ct);
            if (region is null || region.CountryCode != code)
            {
                throw ReferenceRules.FieldError(nameof(OrganisationForm.RegionId), $"Choose a region of {country.Name}, or none.");
            }

            if (region.IsArchived && current?.RegionId != regionId)
            {
                throw ReferenceRules.FieldError(nameof(OrganisationForm.RegionId), $"{region.Name} is archived; choose another region or restore it first.");
            }
        }
    }

    private static async Task EnsureNameFreeAsync(AppDbContext db, string name, int? ownId, CancellationToken ct)
    {
        var wanted = name.Trim().ToLower();
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id != ownId && o.Name.ToLower() == wanted, ct) is { } other)
        {
            throw NameTaken(other.Name + (other.IsArchived ? " (archived: restore it instead)" : ""));
        }
    }

    private static FieldValidationException NameTaken(string name) =>
        ReferenceRules.FieldError(nameof(OrganisationForm.Name), $"There is already an organisation called {name}.");

    private static async Task<OrganisationAdminRow> RowAsync(AppDbContext db, int id, CancellationToken ct) =>
        await Rows(db, db.Organisations.AsNoTracking().Where(o => o.Id == id)).SingleAsync(ct);

    private static IQueryable<OrganisationAdminRow> Rows(AppDbContext db, IQueryable<MemberOrganisation> organisations) =>
        organisations.Select(o => new OrganisationAdminRow(
            o.Id,
            o.Name,
            o.CountryCode,
            db.Countries.Where(c => c.Code == o.CountryCode).Select(c => c.Name).FirstOrDefault() ?? o.CountryCode,
            o.RegionId,
            db.Regions.Where(r => r.Id == o.RegionId).Select(r => r.Name).FirstOrDefault(),
            o.Role,
            o.Sector,
            o.OrganisationType,
            o.Website,
            o.Description,
            o.Membership,
            o.IsArchived,
            db.Experts.Count(e => e.IsActive && e.OrganisationId == o.Id),
            EF.Property<Guid>(o, AppDbContext.VersionProperty)));
}
