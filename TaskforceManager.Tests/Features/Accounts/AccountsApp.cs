using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>
/// One running app with the demo data, shared by the account tests (starting it takes about 2.5 s). Tests that change
/// an account (lockout, disabling, invitations) make a user of their own, so that the demo accounts stay usable.
/// </summary>
public sealed class AccountsApp : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public AppClient CreateClient() => Factory.CreateHttpClient();

    /// <summary>A new account with a unique e-mail address; with no password when <paramref name="password"/> is null.</summary>
    public async Task<AppUser> CreateUserAsync(string name, string? password, UserRole role = UserRole.Secretariat, string? countryCode = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{name}-{Guid.NewGuid():N}@test.example";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"{name} (test)",
            Role = role,
            CountryCode = countryCode,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<AppUser> FindUserAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
    }

    /// <summary>
    /// Copies the app's database, as it is now, to taskforce.db in <paramref name="folder"/> (SQLite's online backup,
    /// consistent while the app runs), so that a test can start another app on the same data.
    /// </summary>
    public void CopyDatabaseTo(string folder)
    {
        Directory.CreateDirectory(folder);
        using var source = new SqliteConnection(Factory.ConnectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "taskforce.db"), Pooling = false }.ToString());
        source.Open();
        source.BackupDatabase(target);
    }

    /// <summary>Runs <paramref name="work"/> against a new context of the app's database.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>
    /// The security events written about <paramref name="subject"/> (an e-mail address, a user id or "Entity/key"),
    /// oldest first; only those after the entry <paramref name="afterId"/> when given.
    /// </summary>
    public Task<List<AuditEntry>> SecurityEventsAsync(string subject, long afterId = 0) =>
        QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Operation == AuditOperation.SecurityEvent && a.EntityKey == subject && a.Id > afterId)
            .OrderBy(a => a.Id)
            .ToListAsync());

    /// <summary>The id of the newest audit entry, to look only at what a test writes after it.</summary>
    public async Task<long> LastAuditIdAsync() => await QueryAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
}

[CollectionDefinition(Name)]
public sealed class AccountsAppCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Accounts app";
}

/// <summary>Assertions on responses of the real pages.</summary>
internal static class Responses
{
    /// <summary>Asserts a 302 to a page of this app and returns its path and query (e.g. "/portal").</summary>
    public static string LocalRedirect(HttpResponseMessage response, Uri baseAddress)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = new Uri(baseAddress, Assert.IsType<Uri>(response.Headers.Location));
        Assert.Equal(baseAddress.GetLeftPart(UriPartial.Authority), location.GetLeftPart(UriPartial.Authority));
        return location.PathAndQuery;
    }

    /// <summary>True when the response sets the sign-in cookie to a value (not when it clears it).</summary>
    public static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AppClient.AuthCookieName + "=", StringComparison.Ordinal)
            && !c.StartsWith(AppClient.AuthCookieName + "=;", StringComparison.Ordinal));
}
