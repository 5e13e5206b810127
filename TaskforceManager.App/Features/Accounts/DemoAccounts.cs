using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.App.Features.Accounts;

/// <summary>
/// The demo accounts listed in the README. They exist only while demo seeding is on: created (once) when it is, and
/// removed at start-up when it is not, so a production database never keeps a known password.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<DemoAccounts> logger)
{
    /// <summary>The demo password; demo mode only.</summary>
    public const string DemoPassword = "Demo-Taskforce-2026";

    public const string Secretariat = "secretariat@demo.stemcoalition.eu";
    public const string ContactSpain = "contact.es@demo.stemcoalition.eu";
    public const string ContactNorway = "contact.no@demo.stemcoalition.eu";
    public const string ExpertNetherlands = "expert.nl@demo.stemcoalition.eu";
    public const string ExpertDenmark = "expert.dk@demo.stemcoalition.eu";

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var basque = await db.Regions.Where(r => r.CountryCode == "ES" && r.Name == "Basque Country").Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
        var dutchExpert = await db.Experts.Where(e => e.Email == ExpertNetherlands).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        var danishExpert = await db.Experts.Where(e => e.Email == ExpertDenmark).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (basque is null || dutchExpert is null || danishExpert is null)
        {
            throw new InvalidOperationException("The demo data lacks the Basque Country region or the demo experts the demo accounts are bound to.");
        }

        await EnsureUserAsync(Secretariat, "Secretariat (demo)", UserRole.Secretariat, null, null, null);
        await EnsureUserAsync(ContactSpain, "Basque contact (demo)", UserRole.MemberStateContact, "ES", basque, null);
        await EnsureUserAsync(ContactNorway, "Norwegian contact (demo)", UserRole.MemberStateContact, "NO", null, null);
        await EnsureUserAsync(ExpertNetherlands, await NameOf(db, dutchExpert.Value, ct), UserRole.Expert, null, null, dutchExpert);
        await EnsureUserAsync(ExpertDenmark, await NameOf(db, danishExpert.Value, ct), UserRole.Expert, null, null, danishExpert);
    }

    /// <summary>Deletes every demo account; used when the app starts with demo seeding off.</summary>
    public async Task RemoveAsync()
    {
        foreach (var user in await users.Users.Where(u => u.IsDemo).ToListAsync())
        {
            await users.DeleteAsync(user);
            logger.LogWarning("Demo account {Email} removed: demo seeding is off.", user.Email);
        }
    }

    private async Task EnsureUserAsync(string email, string name, UserRole role, string? country, int? region, int? expertId)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Role = role,
            CountryCode = country,
            RegionId = region,
            ExpertId = expertId,
            CreatedAt = clock.GetUtcNow(),
            IsDemo = true,
        };
        var result = await users.CreateAsync(user, DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static Task<string> NameOf(AppDbContext db, int expertId, CancellationToken ct) =>
        db.Experts.Where(e => e.Id == expertId).Select(e => e.FullName).SingleAsync(ct);
}
