using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Data;

namespace TaskforceManager.Tests.Support;

/// <summary>
/// The real app (Program.cs, unchanged) served by Kestrel on 127.0.0.1 with a random port, over a fresh SQLite file in
/// its own temporary folder. Demo data and the demo accounts are seeded unless <c>seedDemoData</c> is false. Tests talk
/// to it over real HTTP (<see cref="CreateHttpClient"/>), or reach its services (<see cref="WebApplicationFactory{T}.Services"/>)
/// for set-up and for checking the database; browser tests can point a browser at <see cref="BaseAddress"/>.
/// Dispose stops the server and deletes the folder (SQLite's pooled connections are closed first).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>The environment the app runs in: neither Development nor Production, so no appsettings.Development.json.</summary>
    public const string EnvironmentName = "Testing";

    private readonly object _startLock = new();
    private readonly bool _ownsDataFolder;
    private Uri? _baseAddress;

    /// <param name="seedDemoData">Seeding:Demo; when false the app also deletes any demo accounts at start-up.</param>
    /// <param name="dataFolder">
    /// Null for a new temporary folder, deleted on dispose. Given, the app uses (or creates) taskforce.db in it and leaves
    /// the folder to its owner: for tests that restart the app on the same database.
    /// </param>
    public AppFactory(bool seedDemoData = true, string? dataFolder = null)
    {
        SeedDemoData = seedDemoData;
        _ownsDataFolder = dataFolder is null;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "tfm-app-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        DatabasePath = Path.Combine(DataFolder, "taskforce.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

        // Real sockets on the loopback interface; port 0 lets the OS choose a free one.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public bool SeedDemoData { get; }
    public string DataFolder { get; }
    public string DatabasePath { get; }
    public string ConnectionString { get; }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>. Starts the app on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            Start();
            return _baseAddress!;
        }
    }

    /// <summary>The app's services (for scopes: UserManager, the context factory…). Starts the app on first use.</summary>
    public override IServiceProvider Services
    {
        get
        {
            Start();
            return base.Services;
        }
    }

    /// <summary>
    /// Starts the app (migrations, seeding and the demo accounts run in Program.cs before it listens), once.
    /// Throws if the app did not pick up this factory's database, rather than letting tests touch another file.
    /// </summary>
    public AppFactory Start()
    {
        lock (_startLock)
        {
            if (_baseAddress is not null)
            {
                return this;
            }

            StartServer();
            var addresses = base.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            var address = addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

            // The connection string is read in AddTaskforceData while Program.cs registers services, before the host
            // is built; the options the container holds show what it actually read.
            using var scope = base.Services.CreateScope();
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();
            var used = options.Extensions.OfType<RelationalOptionsExtension>().Single().ConnectionString;
            if (used is null || new SqliteConnectionStringBuilder(used).DataSource != DatabasePath)
            {
                throw new InvalidOperationException($"The app did not use the test database {DatabasePath}; it used '{used}'.");
            }

            _baseAddress = new Uri(address.TrimEnd('/') + "/");
            return this;
        }
    }

    /// <summary>
    /// A client that speaks real HTTP to the app, keeps cookies (antiforgery, sign-in) in its own jar, and does not
    /// follow redirects, so that tests see each 302 and its Location.
    /// </summary>
    public AppClient CreateHttpClient() => new(BaseAddress);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // With the minimal-hosting Program.cs, WebApplicationFactory runs the real Main and hands it the settings given
        // here through UseSetting as host configuration (command-line-style arguments to WebApplication.CreateBuilder),
        // so they are already in builder.Configuration when Program.cs calls AddTaskforceData and reads
        // ConnectionStrings:Taskforce, and they win over appsettings*.json. Start() checks that this held.
        // (ConfigureAppConfiguration / ConfigureServices callbacks, by contrast, run only when the host is built, after
        // AddTaskforceData has read the connection string.)
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Taskforce", ConnectionString);
        builder.UseSetting("Seeding:Demo", SeedDemoData ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Uploaded documents go to the test's own folder, never into the source tree.
        builder.UseSetting("Storage:Attachments:Root", Path.Combine(DataFolder, "attachments"));

        // Outside Development the static web assets (blazor.web.js, MudBlazor's files) are only found through the
        // build's manifest when this is called (toolchain trap 7); browser tests need them.
        builder.UseStaticWebAssets();
    }

    /// <summary>Also reached from DisposeAsync, which stops the host first.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDataFolder();
        }
    }

    private void DeleteDataFolder()
    {
        SqliteConnection.ClearAllPools();
        if (_ownsDataFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
