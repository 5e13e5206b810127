using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>
/// The secretariat invites a person (AccountService, as the secretariat's circuit would call it); the person opens the
/// link over HTTP, sets a password, signs in; the link then no longer works.
/// </summary>
[Collection(AccountsAppCollection.Name)]
public sealed class InvitationTests(AccountsApp app)
{
    private const string NotValid = "This invitation link is not valid any more. Ask the secretariat for a new one.";

    [Fact]
    public async Task An_invited_contact_sets_a_password_through_the_link_once_and_signs_in_with_it()
    {
        var email = $"invited-{Guid.NewGuid():N}@test.example";
        var link = await AsAsync(DemoAccounts.Secretariat, accounts => accounts.InviteAsync(
            new InviteForm { Email = email, DisplayName = "Kari Nordmann", Role = UserRole.MemberStateContact, CountryCode = "NO" },
            app.Factory.BaseAddress.ToString()));
        var url = new Uri(link.Url);
        Assert.Equal(app.Factory.BaseAddress.GetLeftPart(UriPartial.Authority), url.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/account/invitation", url.AbsolutePath);
        var path = url.PathAndQuery;
        using var client = app.CreateClient();

        // Too short: the form says so and the link stays usable.
        var tooShort = await AcceptAsync(client, path, "short pass!");
        Assert.Null(tooShort.ByTestId("invitation-accepted"));
        Assert.Contains("Use at least 12 characters", tooShort.Text);

        var accepted = await AcceptAsync(client, path, "Nordlys over Tromsø 2026");
        Assert.NotNull(accepted.ByTestId("invitation-accepted"));

        using (var signIn = await client.SignInAsync(email, "Nordlys over Tromsø 2026"))
        {
            Assert.Equal("/portal", Responses.LocalRedirect(signIn, client.BaseAddress));
        }

        // The same link a second time: refused, and the password stays the one set first.
        using var other = app.CreateClient();
        var reused = await AcceptAsync(other, path, "another password of mine");
        Assert.Null(reused.ByTestId("invitation-accepted"));
        Assert.Contains(NotValid, reused.Text);
        using (var withOther = await other.SignInAsync(email, "another password of mine"))
        {
            Assert.Equal(HttpStatusCode.OK, withOther.StatusCode);
            Assert.False(other.HasAuthCookie);
        }

        var events = await app.SecurityEventsAsync(email);
        Assert.Equal(["UserInvited", "InvitationAccepted", "SignInSucceeded", "SignInFailed"], events.Select(e => e.Field));
        Assert.Equal((await app.FindUserAsync(DemoAccounts.Secretariat)).Id, events[0].UserId);
    }

    [Fact]
    public async Task A_token_made_for_a_password_less_account_works_once_and_a_tampered_one_not_at_all()
    {
        var user = await app.CreateUserAsync("token", password: null, UserRole.MemberStateContact, "NO");
        string token;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            token = await users.GenerateUserTokenAsync((await users.FindByIdAsync(user.Id))!, "Invitation", "AcceptInvitation");
        }

        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var client = app.CreateClient();

        var withTampered = await AcceptAsync(client, PathOf(user.Id, tampered), "a password nobody will use");
        Assert.Contains(NotValid, withTampered.Text);

        var accepted = await AcceptAsync(client, PathOf(user.Id, token), "twelve chars");
        Assert.NotNull(accepted.ByTestId("invitation-accepted"));
        using (var signIn = await client.SignInAsync(user.Email!, "twelve chars"))
        {
            Assert.Equal("/portal", Responses.LocalRedirect(signIn, client.BaseAddress));
        }

        using var second = app.CreateClient();
        var again = await AcceptAsync(second, PathOf(user.Id, token), "twelve chars, take two");
        Assert.Null(again.ByTestId("invitation-accepted"));
        Assert.Contains(NotValid, again.Text);
    }

    [Fact]
    public async Task Only_the_secretariat_may_invite_and_a_refusal_is_audited()
    {
        var email = $"not-invited-{Guid.NewGuid():N}@test.example";
        var contact = await app.FindUserAsync(DemoAccounts.ContactNorway);
        var lastAudit = await app.LastAuditIdAsync();

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => AsAsync(DemoAccounts.ContactNorway, accounts => accounts.InviteAsync(
            new InviteForm { Email = email, DisplayName = "Not Invited", Role = UserRole.MemberStateContact, CountryCode = "NO" },
            app.Factory.BaseAddress.ToString())));

        await using var scope = app.Factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));
        var refusal = Assert.Single(await app.SecurityEventsAsync("UserAccount/*", lastAudit), e => e.UserId == contact.Id);
        Assert.Equal("AccessRefused", refusal.Field);
    }

    private static string PathOf(string userId, string token) =>
        $"/account/invitation?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    private static async Task<HtmlPage> AcceptAsync(AppClient client, string path, string password)
    {
        using var response = await client.SubmitFormAsync(path, "accept-invitation", new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>
    /// Calls AccountService in a scope whose authentication state is that of <paramref name="email"/>, as Blazor sets it
    /// in that user's circuit (the principal comes from the app's own SignInManager).
    /// </summary>
    private async Task<T> AsAsync<T>(string email, Func<AccountService, Task<T>> work)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var signIn = services.GetRequiredService<SignInManager<AppUser>>();
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
        var state = (IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await work(services.GetRequiredService<AccountService>());
    }
}
