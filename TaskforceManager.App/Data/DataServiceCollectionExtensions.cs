using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Infrastructure;

namespace TaskforceManager.App.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the context factory (one context per operation) on SQLite, creating the data folder if missing.</summary>
    public static IServiceCollection AddTaskforceData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString;
        connectionString = ResolveSqlitePath(connectionString, contentRoot);

        services.Configure<DatabaseOptions>(o => o.SeedDemoData = configuration.GetValue("Seeding:Demo", false));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddDbContextFactory<AppDbContext, AppDbContextFactory>(
            o => o.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)),
            ServiceLifetime.Scoped);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }
}

/// <summary>Creates contexts that know who is acting in the current scope and what time it is.</summary>
public sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, ICurrentActor actor, TimeProvider clock) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => new(options, actor, clock);
}
