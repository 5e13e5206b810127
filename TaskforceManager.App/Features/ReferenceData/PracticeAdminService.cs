using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Practices;

namespace TaskforceManager.App.Features.ReferenceData;

public sealed record TransferRow(Guid Id, string CountryCode, string CountryName, int Year, string? Note);

public sealed record PracticeAdminRow(
    int Id,
    string Name,
    string? CountryCode,
    string? CountryName,
    string Organisation,
    EducationLevel EducationLevel,
    IReadOnlyList<string> ThemeCodes,
    string? Focus,
    string? Impact,
    string? Reach,
    string? Budget,
    FundingModel FundingModel,
    int? StartYear,
    PracticeStatus Status,
    string? Summary,
    bool IsArchived,
    IReadOnlyList<TransferRow> Transfers,
    Guid Version);

/// <summary>The secretariat's management of the best-practice collection: list, create, edit, record transfers, archive and restore.</summary>
public sealed class PracticeAdminService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    private const string What = "best practice";
    private const string Entity = nameof(BestPractice);
    private readonly PracticeFormValidator _validator = new();
    private readonly TransferFormValidator _transferValidator = new();

    public async Task<IReadOnlyList<PracticeAdminRow>> ListAsync(bool includeArchived, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, "list", "list");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db, db.BestPractices.AsNoTracking().Where(p => includeArchived || !p.IsArchived).OrderBy(p => p.Name)).ToListAsync(ct);
    }

    public async Task<PracticeAdminRow> CreateAsync(PracticeForm form, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, form.Name, "create");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureChoicesAsync(db, form, null, ct);
        await EnsureNameFreeAsync(db, form.Name, null, ct);
        var practice = new BestPractice(form.ToDetails());
        db.BestPractices.Add(practice);
        await db.SaveAsync(What, () => NameTaken(form.Name.Trim()), ct);
        return await RowAsync(db, practice.Id, ct);
    }

    public async Task<PracticeAdminRow> UpdateAsync(int id, PracticeForm form, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "edit");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await FindAsync(db, id, "edit", ct);
        await EnsureChoicesAsync(db, form, practice, ct);
        await EnsureNameFreeAsync(db, form.Name, id, ct);
        db.ExpectVersion(practice, version);
        practice.Update(form.ToDetails());
        await db.SaveAsync(What, () => NameTaken(form.Name.Trim()), ct);
        return await RowAsync(db, id, ct);
    }

    /// <summary>Records that another country adopted the programme (e.g. Jet-Net NL → Denmark).</summary>
    public async Task<PracticeAdminRow> AddTransferAsync(int id, TransferForm form, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "record a transfer of");
        await _transferValidator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await FindAsync(db, id, "record a transfer of", ct);
        var code = form.CountryCode!.Trim().ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (country is null || country.IsArchived)
        {
            throw ReferenceRules.FieldError(nameof(TransferForm.CountryCode),
                country is null ? "Choose a country from the list." : $"{country.Name} is archived; restore it first.");
        }

        if (practice.Transfers.Any(t => t.ToCountryCode == code))
        {
            throw ReferenceRules.FieldError(nameof(TransferForm.CountryCode), $"A transfer to {country.Name} is already recorded.");
        }

        db.ExpectVersion(practice, version);
        try
        {
            practice.RecordTransfer(code, form.Year!.Value, form.Note);
        }
        catch (DomainException ex) when (ex.Message.Contains("year", StringComparison.OrdinalIgnoreCase))
        {
            throw ReferenceRules.FieldError(nameof(TransferForm.Year), ex.Message);
        }
        catch (DomainException ex) when (ex.Message.Contains("country it comes from", StringComparison.OrdinalIgnoreCase))
        {
            throw ReferenceRules.FieldError(nameof(TransferForm.CountryCode), ex.Message);
        }

        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, id, ct);
    }

    /// <summary>Hides the practice from choices for new work, unless an open case's recommendations still build on it.</summary>
    public async Task<PracticeAdminRow> ArchiveAsync(int id, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "archive");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await FindAsync(db, id, "archive", ct);
        ReferenceRules.RefuseArchiveIfUsed(practice.Name, await UsesAsync(db, id, ct));
        db.ExpectVersion(practice, version);
        practice.Archive();
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, id, ct);
    }

    public async Task<PracticeAdminRow> RestoreAsync(int id, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(Entity, id, "restore");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await FindAsync(db, id, "restore", ct);
        db.ExpectVersion(practice, version);
        practice.Restore();
        await db.SaveOrConflictAsync(What, ct);
        return await RowAsync(db, id, ct);
    }

    /// <summary>Open roundtables and taskforces whose recommendations (their own or their meetings') name the practice.</summary>
    internal static async Task<IReadOnlyList<ReferenceUse>> UsesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var recommendingMeetings = db.Meetings.Where(m => m.Recommendations.Any(r => r.BestPracticeId == id));
        return
        [
            new(await db.Taskforces.CountAsync(t => ReferenceRules.OpenTaskforces.Contains(t.Status)
                && recommendingMeetings.Any(m => m.TaskforceId == t.Id), ct), "open taskforce's recommendations", "open taskforces' recommendations"),
            new(await db.Roundtables.CountAsync(r => ReferenceRules.OpenRoundtables.Contains(r.Status)
                && (r.Recommendations.Any(x => x.BestPracticeId == id) || recommendingMeetings.Any(m => m.RoundtableId == r.Id)), ct),
                "open roundtable's recommendations", "open roundtables' recommendations"),
        ];
    }

    private async Task<BestPractice> FindAsync(AppDbContext db, int id, string action, CancellationToken ct) =>
        await db.BestPractices.SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw await access.NotFoundAsync(await access.ViewerAsync(), Entity, id, action);

    /// <summary>New choices must be countries and themes that are not archived; a practice may keep the ones it has.</summary>
    private static async Task EnsureChoicesAsync(AppDbContext db, PracticeForm form, BestPractice? current, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(form.CountryCode))
        {
            var code = form.CountryCode.Trim().ToUpperInvariant();
            form.CountryCode = code;
            var country = await db.Countries.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
            if (country is null || (country.IsArchived && current?.CountryCode != code))
            {
                throw ReferenceRules.FieldError(nameof(PracticeForm.CountryCode),
                    country is null ? "Choose a country from the list, or none for a European programme." : $"{country.Name} is archived; choose another country.");
            }
        }

        var wanted = form.ThemeCodes.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList();
        form.ThemeCodes = wanted;
        var known = await db.Themes.AsNoTracking().Where(t => wanted.Contains(t.Code)).ToListAsync(ct);
        var unknown = wanted.Except(known.Select(t => t.Code)).ToList();
        if (unknown.Count > 0)
        {
            throw ReferenceRules.FieldError(nameof(PracticeForm.ThemeCodes), $"Unknown theme: {string.Join(", ", unknown)}. Choose themes from the list.");
        }

        var archived = known.Where(t => t.IsArchived && current?.ThemeCodes.Contains(t.Code) != true).Select(t => t.Name).ToList();
        if (archived.Count > 0)
        {
            throw ReferenceRules.FieldError(nameof(PracticeForm.ThemeCodes), $"{ReferenceRules.JoinWords(archived)} {(archived.Count == 1 ? "is" : "are")} archived; choose other themes.");
        }
    }

    private static async Task EnsureNameFreeAsync(AppDbContext db, string name, int? ownId, CancellationToken ct)
    {
        var wanted = name.Trim().ToLower();
        if (await db.BestPractices.AsNoTracking().FirstOrDefaultAsync(p => p.Id != ownId && p.Name.ToLower() == wanted, ct) is { } other)
        {
            throw NameTaken(other.Name + (other.IsArchived ? " (archived: restore it instead)" : ""));
        }
    }

    private static FieldValidationException NameTaken(string name) =>
        ReferenceRules.FieldError(nameof(PracticeForm.Name), $"There is already a best practice called {name}.");

    private static async Task<PracticeAdminRow> RowAsync(AppDbContext db, int id, CancellationToken ct) =>
        await Rows(db, db.BestPractices.AsNoTracking().Where(p => p.Id == id)).SingleAsync(ct);

    private static IQueryable<PracticeAdminRow> Rows(AppDbContext db, IQueryable<BestPractice> practices) =>
        practices.Select(p => new PracticeAdminRow(
            p.Id,
            p.Name,
            p.CountryCode,
            db.Countries.Where(c => c.Code == p.CountryCode).Select(c => c.Name).FirstOrDefault(),
            p.Organisation,
            p.EducationLevel,
            p.ThemeCodes,
            p.Focus,
            p.Impact,
            p.Reach,
            p.Budget,
            p.FundingModel,
            p.StartYear,
            p.Status,
            p.Summary,
            p.IsArchived,
            p.Transfers.OrderBy(t => t.Year)
                .Select(t => new TransferRow(t.Id, t.ToCountryCode,
                    db.Countries.Where(c => c.Code == t.ToCountryCode).Select(c => c.Name).FirstOrDefault() ?? t.ToCountryCode, t.Year, t.Note))
                .ToList(),
            EF.Property<Guid>(p, AppDbContext.VersionProperty)));
}
