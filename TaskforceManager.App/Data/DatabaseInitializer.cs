using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Data.Seeding;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Data;

/// <summary>Brings the database up to date at start-up: migrations, WAL mode, then demo data into an empty database when seeding is on.</summary>
public sealed class DatabaseInitializer(
    DbContextOptions<AppDbContext> contextOptions,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    DemoAccounts demoAccounts,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // Start-up work is the application's own, not a user's: the audit trail records it as the system.
        await using var db = new AppDbContext(contextOptions, new FixedActor(Actor.System), clock);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer saves; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (options.Value.SeedDemoData)
        {
            var seeded = await new DemoDataSeeder(options.Value.SeedsPath, clock).SeedAsync(db, ct);
            if (seeded)
            {
                logger.LogInformation("Demo data loaded from {Path}.", options.Value.SeedsPath);
            }
            else
            {
                logger.LogInformation("The database already holds data; demo data was not loaded.");
            }

            await demoAccounts.EnsureAsync(ct);
        }
        else
        {
            await demoAccounts.RemoveAsync();
        }

        await OptimizeAsync(db, ct);
    }

    /// <summary>
    /// Gives SQLite's query planner statistics of the tables and indexes (how selective each index is), which it has
    /// none of after migrations or a bulk load, and refreshes them when they have drifted. Without them the planner may
    /// walk a less selective index, e.g. a status instead of a country. analysis_limit samples at most that many rows per
    /// index, so this stays quick on a large database; 0x10002 asks for every table, not only those this connection used.
    /// </summary>
    public static async Task OptimizeAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=400; PRAGMA optimize=0x10002;", ct);
        }
    }
}
