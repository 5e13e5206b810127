using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

public sealed record ThemeAdminRow(string Code, string Name, string? Description, bool IsArchived, Guid Version);

/// <summary>The secretariat's management of themes: list, create, rename, archive and restore (never delete).</summary>
public sealed class ThemeAdminService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    private const string What = "theme";
    private readonly ThemeFormValidator _validator = new();

    public async Task<IReadOnlyList<ThemeAdminRow>> ListAsync(bool includeArchived, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Theme), "list", "list");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking().Where(t => includeArchived || !t.IsArchived).OrderBy(t => t.Name)
            .Select(t => new ThemeAdminRow(t.Code, t.Name, t.Description, t.IsArchived, EF.Property<Guid>(t, AppDbContext.VersionProperty)))
            .ToListAsync(ct);
    }

    public async Task<ThemeAdminRow> CreateAsync(ThemeForm form, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Theme), form.Code, "create");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = form.Code.Trim().ToLowerInvariant();
        if (await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct) is { } same)
        {
            throw CodeTaken(same);
        }

        await EnsureNameFreeAsync(db, form.Name, code, ct);
        var theme = new Theme(code, form.Name, form.Description);
        db.Themes.Add(theme);
        await db.SaveAsync(What, () => ReferenceRules.FieldError(nameof(ThemeForm.Code), $"There is already a theme with the code '{code}'."), ct);
        return Row(db, theme);
    }

    /// <summary>Changes the name and description; the code stays, since requests and cases store it.</summary>
    public async Task<ThemeAdminRow> UpdateAsync(string code, ThemeForm form, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Theme), code, "edit");
        await _validator.ValidateAndThrowForFieldsAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var theme = await FindAsync(db, code, "edit", ct);
        await EnsureNameFreeAsync(db, form.Name, theme.Code, ct);
        db.ExpectVersion(theme, version);
        theme.Rename(form.Name, form.Description);
        await db.SaveAsync(What, () => ReferenceRules.FieldError(nameof(ThemeForm.Name), $"There is already a theme called '{form.Name.Trim()}'."), ct);
        return Row(db, theme);
    }

    /// <summary>Hides the theme from choices for new work, unless open cases or active experts still use it.</summary>
    public async Task<ThemeAdminRow> ArchiveAsync(string code, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Theme), code, "archive");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var theme = await FindAsync(db, code, "archive", ct);
        ReferenceRules.RefuseArchiveIfUsed(theme.Name, await UsesAsync(db, theme.Code, ct));
        db.ExpectVersion(theme, version);
        theme.Archive();
        await db.SaveOrConflictAsync(What, ct);
        return Row(db, theme);
    }

    public async Task<ThemeAdminRow> RestoreAsync(string code, Guid version, CancellationToken ct = default)
    {
        await access.EnsureManagerAsync(nameof(Theme), code, "restore");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var theme = await FindAsync(db, code, "restore", ct);
        db.ExpectVersion(theme, version);
        theme.Restore();
        await db.SaveOrConflictAsync(What, ct);
        return Row(db, theme);
    }

    /// <summary>Open cases and active experts that refer to the theme; themes are stored as codes in JSON arrays.</summary>
    internal static async Task<IReadOnlyList<ReferenceUse>> UsesAsync(AppDbContext db, string code, CancellationToken ct) =>
    [
        new(await db.SupportRequests.CountAsync(r => ReferenceRules.OpenRequests.Contains(r.Status) && r.ThemeCodes.Contains(code), ct), "open request", "open requests"),
        new(await db.PolicyBriefings.CountAsync(b => ReferenceRules.OpenBriefings.Contains(b.Status) && b.ThemeCodes.Contains(code), ct), "open policy briefing", "open policy briefings"),
        new(await db.Taskforces.CountAsync(t => ReferenceRules.OpenTaskforces.Contains(t.Status) && t.ThemeCodes.Contains(code), ct), "open taskforce", "open taskforces"),
        new(await db.Roundtables.CountAsync(r => ReferenceRules.OpenRoundtables.Contains(r.Status) && r.ThemeCode == code, ct), "open roundtable", "open roundtables"),
        new(await db.Experts.CountAsync(e => e.IsActive && e.Expertise.Any(x => x.ThemeCode == code), ct), "active expert", "active experts"),
    ];

    private async Task<Theme> FindAsync(AppDbContext db, string code, string action, CancellationToken ct)
    {
        var key = code.Trim().ToLowerInvariant();
        return await db.Themes.SingleOrDefaultAsync(t => t.Code == key, ct)
            ?? throw await access.NotFoundAsync(await access.ViewerAsync(), nameof(Theme), code, action);
    }

    private static async Task EnsureNameFreeAsync(AppDbContext db, string name, string ownCode, CancellationToken ct)
    {
        var wanted = name.Trim().ToLower();
        if (await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Code != ownCode && t.Name.ToLower() == wanted, ct) is { } other)
        {
            throw ReferenceRules.FieldError(nameof(ThemeForm.Name),
                $"There is already a theme called '{other.Name}' (code {other.Code}{(other.IsArchived ? ", archived: restore it instead" : "")}).");
        }
    }

    private static FieldValidationException CodeTaken(Theme same) =>
        ReferenceRules.FieldError(nameof(ThemeForm.Code),
            $"There is already a theme with the code '{same.Code}' ({same.Name}{(same.IsArchived ? ", archived: restore it instead" : "")}).");

    private static ThemeAdminRow Row(AppDbContext db, Theme t) => new(t.Code, t.Name, t.Description, t.IsArchived, db.VersionOf(t));
}
