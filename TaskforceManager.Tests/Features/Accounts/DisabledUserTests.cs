using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>
/// A disabled account cannot sign in, and the rule an open circuit re-checks every minute ends the session of a
/// disabled or deleted user, or of one whose security stamp changed.
/// </summary>
[Collection(AccountsAppCollection.Name)]
public sealed class DisabledUserTests(AccountsApp app)
{
    private const string Password = "disabled accounts stay out";

    [Fact]
    public async Task A_disabled_user_is_refused_sign_in_with_the_right_password()
    {
        var user = await app.CreateUserAsync("disabled", Password);
        await ChangeAsync(user.Id, async (users, u) =>
        {
            u.IsDisabled = true;
            Assert.True((await users.UpdateAsync(u)).Succeeded);
            Assert.True((await users.UpdateSecurityStampAsync(u)).Succeeded);
        });
        using var client = app.CreateClient();

        using var response = await client.SignInAsync(user.Email!, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Responses.SetsAuthCookie(response));
        Assert.False(client.HasAuthCookie);
        var page = await HtmlPage.ReadAsync(response);
        Assert.StartsWith("The e-mail address or the password is not right.", page.TextOf("sign-in-error"));
        var refused = Assert.Single(await app.SecurityEventsAsync(user.Email!));
        Assert.Equal("SignInFailed", refused.Field);
        Assert.Equal("Account disabled", refused.NewValue);
    }

    [Fact]
    public async Task An_unchanged_enabled_user_stays_valid()
    {
        var user = await app.CreateUserAsync("valid", Password);
        var principal = await PrincipalOfAsync(user.Id);

        Assert.True(await IsStillValidAsync(principal));
    }

    [Fact]
    public async Task A_disabled_user_is_no_longer_valid()
    {
        var user = await app.CreateUserAsync("revalidate-disabled", Password);
        var principal = await PrincipalOfAsync(user.Id);

        // Only the flag: the stamp stays the same, so the flag alone must end the session.
        await ChangeAsync(user.Id, async (users, u) =>
        {
            u.IsDisabled = true;
            Assert.True((await users.UpdateAsync(u)).Succeeded);
        });
        Assert.Equal(user.SecurityStamp, (await app.FindUserAsync(user.Email!)).SecurityStamp);

        Assert.False(await IsStillValidAsync(principal));
    }

    [Fact]
    public async Task A_deleted_user_is_no_longer_valid()
    {
        var user = await app.CreateUserAsync("revalidate-deleted", Password);
        var principal = await PrincipalOfAsync(user.Id);

        await ChangeAsync(user.Id, async (users, u) => Assert.True((await users.DeleteAsync(u)).Succeeded));

        Assert.False(await IsStillValidAsync(principal));
    }

    [Fact]
    public async Task A_user_whose_security_stamp_changed_is_no_longer_valid()
    {
        var user = await app.CreateUserAsync("revalidate-stamp", Password);
        var principal = await PrincipalOfAsync(user.Id);

        await ChangeAsync(user.Id, async (users, u) => Assert.True((await users.UpdateSecurityStampAsync(u)).Succeeded));

        Assert.False(await IsStillValidAsync(principal));
    }

    /// <summary>The principal a sign-in would give this user now, made by the app's own SignInManager.</summary>
    private async Task<ClaimsPrincipal> PrincipalOfAsync(string userId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByIdAsync(userId);
        return await signIn.CreateUserPrincipalAsync(user!);
    }

    /// <summary>The revalidation rule, with a fresh scope as each periodic check has.</summary>
    private async Task<bool> IsStillValidAsync(ClaimsPrincipal principal)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        return await RevalidatingIdentityStateProvider.IsStillValidAsync(users, options, principal);
    }

    private async Task ChangeAsync(string userId, Func<UserManager<AppUser>, AppUser, Task> change)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await change(users, (await users.FindByIdAsync(userId))!);
    }
}
