using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>With demo seeding off, a new database gets no demo account (an app of its own).</summary>
public sealed class DemoSeedingOffTests
{
    [Fact]
    public async Task With_demo_seeding_off_a_new_database_has_no_demo_account_and_the_demo_password_does_not_sign_in()
    {
        await using var factory = new AppFactory(seedDemoData: false).Start();

        Assert.Empty(await DemoUsers.EmailsAsync(factory));
        using var client = factory.CreateHttpClient();
        using var response = await client.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlPage.ReadAsync(response)).ByTestId("sign-in-error"));
        Assert.False(client.HasAuthCookie);
    }
}

/// <summary>A database that has the demo accounts loses them when the app starts with demo seeding off.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class DemoAccountsRemovalTests(AccountsApp app)
{
    [Fact]
    public async Task Restarting_with_demo_seeding_off_removes_the_demo_accounts_and_keeps_the_others()
    {
        Assert.Equal(DemoUsers.All.Order(), (await DemoUsers.EmailsAsync(app.Factory)).Order());
        var kept = await app.CreateUserAsync("kept", "a real account's password");
        var folder = Path.Combine(Path.GetTempPath(), "tfm-app-tests", Guid.NewGuid().ToString("N"));
        app.CopyDatabaseTo(folder);

        await using (var restarted = new AppFactory(seedDemoData: false, folder).Start())
        {
            Assert.Empty(await DemoUsers.EmailsAsync(restarted));
            await using var scope = restarted.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var email in DemoUsers.All)
            {
                Assert.Null(await users.FindByEmailAsync(email));
            }

            Assert.NotNull(await users.FindByEmailAsync(kept.Email!));
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

internal static class DemoUsers
{
    public static readonly string[] All =
    [
        DemoAccounts.Secretariat, DemoAccounts.ContactSpain, DemoAccounts.ContactNorway, DemoAccounts.ExpertNetherlands, DemoAccounts.ExpertDenmark,
    ];

    /// <summary>The e-mail addresses of the accounts marked as demo accounts.</summary>
    public static async Task<List<string>> EmailsAsync(AppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.Users.Where(u => u.IsDemo).Select(u => u.Email!).ToListAsync();
    }
}
