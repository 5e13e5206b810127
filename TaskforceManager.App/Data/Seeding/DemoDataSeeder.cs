using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Data.Seeding;

/// <summary>
/// Loads the reference and demo data from the seeds folder into an empty database. Every case is built through the
/// domain's own operations (submit, acknowledge, accept, activate, conclude…) with the dates from the files, so each
/// record carries a real history.
/// </summary>
public sealed class DemoDataSeeder(string seedsPath, TimeProvider clock)
{
    /// <summary>Who the seeded history says did the secretariat's work.</summary>
    public static Actor Secretariat { get; } = new("demo-secretariat", "Secretariat (demo)");

    /// <summary>
    /// Returns false, changing nothing, when the database already holds data. The whole seed is one transaction: when
    /// a seed file is wrong a <see cref="SeedDataException"/> names the file and record, and the database stays empty
    /// (discard the context afterwards; it still tracks the records it tried to save).
    /// </summary>
    public async Task<bool> SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await HoldsDataAsync(db, ct))
        {
            return false;
        }

        var seeds = SeedSet.Load(seedsPath);
        await new SeedRun(db, seeds, new SeedTime(clock.GetUtcNow()), Secretariat).ExecuteAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static async Task<bool> HoldsDataAsync(AppDbContext db, CancellationToken ct) =>
        await db.Countries.AnyAsync(ct)
        || await db.Themes.AnyAsync(ct)
        || await db.Organisations.AnyAsync(ct)
        || await db.Experts.AnyAsync(ct)
        || await db.BestPractices.AnyAsync(ct)
        || await db.SupportRequests.AnyAsync(ct)
        || await db.PolicyBriefings.AnyAsync(ct)
        || await db.Taskforces.AnyAsync(ct)
        || await db.Roundtables.AnyAsync(ct)
        || await db.Meetings.AnyAsync(ct)
        || await db.Assignments.AnyAsync(ct)
        || await db.AuditEntries.AnyAsync(ct);
}
