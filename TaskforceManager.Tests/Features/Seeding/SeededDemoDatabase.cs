using TaskforceManager.App.Data.Seeding;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Seeding;

/// <summary>One database seeded with the demo data, shared by the tests that only read it (seeding takes about a second).</summary>
public sealed class SeededDemoDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The seeded database is not ready yet.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        if (!await new DemoDataSeeder(SeedsFolder.Path, _database.Clock).SeedAsync(db))
        {
            throw new InvalidOperationException("Seeding a new database returned false.");
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The seeds folder: copied beside the tests with the App project's output, or else found in the repository.</summary>
internal static class SeedsFolder
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");
        if (File.Exists(System.IO.Path.Combine(copied, SeedSet.CountriesFile)))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TaskforceManager.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException($"No seeds folder beside {AppContext.BaseDirectory} and no TaskforceManager.sln above it.");
    }
}
