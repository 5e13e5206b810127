using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.Tests.Support;

/// <summary>A real SQLite database in a temporary file, brought up by the real migrations; deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private TestDatabase(string directory, DbContextOptions<AppDbContext> options, FakeTimeProvider clock)
    {
        _directory = directory;
        Options = options;
        Clock = clock;
        Actor = new Actor("user-1", "Test User");
    }

    /// <summary>The moment the tests' clock starts at: Tuesday 24 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public DbContextOptions<AppDbContext> Options { get; }
    public FakeTimeProvider Clock { get; }
    public Actor Actor { get; set; }
    public string ConnectionString => ((Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension)Options.Extensions.First(e => e is Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension)).ConnectionString!;

    public static async Task<TestDatabase> CreateAsync() => await CreateAsync(copyOf: null);

    /// <summary>A database that starts as a copy of another one's file (much faster than migrating and filling it again).</summary>
    public static async Task<TestDatabase> CreateAsync(TestDatabase? copyOf)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tfm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "test.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options;
        var database = new TestDatabase(directory, options, new FakeTimeProvider(Start));
        if (copyOf is not null)
        {
            await copyOf.CopyToAsync(file);
            return database;
        }

        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>The folder this database's file is in; tests may keep other files (uploads) beside it.</summary>
    public string Folder => _directory;

    private async Task CopyToAsync(string path)
    {
        // VACUUM INTO writes a consistent, self-contained copy even while the source is in WAL mode.
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", path);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A new context acting as <see cref="Actor"/>, like one service operation.</summary>
    public AppDbContext CreateContext() => new(Options, new FixedActor(Actor), Clock);

    /// <summary>A factory as the app registers it, for services and components under test.</summary>
    public IDbContextFactory<AppDbContext> Factory => new AppDbContextFactory(Options, new FixedActor(Actor), Clock);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; it does not affect any result.
        }

        return ValueTask.CompletedTask;
    }
}
