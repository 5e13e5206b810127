using System.Net;
using TaskforceManager.App.Data;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>Five failed sign-ins lock an account for five minutes; each attempt is in the audit log, in UTC.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class LockoutTests(AccountsApp app)
{
    private const string Password = "a long and correct password";
    private const string NotRight = "The e-mail address or the password is not right.";

    [Fact]
    public async Task The_fifth_failure_locks_the_account_for_five_minutes_and_even_the_right_password_is_refused()
    {
        var user = await app.CreateUserAsync("lockout", Password);
        var email = user.Email!;
        using var client = app.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await SignInAsync(client, email, $"wrong password number {attempt}");
            Assert.StartsWith(NotRight, refused);
        }

        var beforeFifth = DateTimeOffset.UtcNow;
        var fifth = await SignInAsync(client, email, "wrong password number 5");
        var afterFifth = DateTimeOffset.UtcNow;
        Assert.Contains("locked for 5 minutes", fifth);

        var withRightPassword = await SignInAsync(client, email, Password);
        Assert.Contains("locked", withRightPassword);
        Assert.False(client.HasAuthCookie);

        var stored = await app.FindUserAsync(email);
        var lockoutEnd = Assert.NotNull(stored.LockoutEnd);
        Assert.InRange(lockoutEnd, beforeFifth.AddMinutes(5).AddSeconds(-1), afterFifth.AddMinutes(5).AddSeconds(1));

        var events = await app.SecurityEventsAsync(email);
        Assert.Equal(
            ["SignInFailed", "SignInFailed", "SignInFailed", "SignInFailed", "LockedOut", "LockedOut"],
            events.Select(e => e.Field));
        Assert.All(events, e => Assert.Equal(user.Id, e.UserId));
    }

    [Fact]
    public async Task Every_success_failure_and_lockout_is_written_to_the_audit_log_with_utc_time()
    {
        var user = await app.CreateUserAsync("audited", Password);
        var email = user.Email!;
        var unknown = $"unknown-{Guid.NewGuid():N}@test.example";
        using var client = app.CreateClient();
        var before = DateTimeOffset.UtcNow;

        Assert.StartsWith(NotRight, await SignInAsync(client, email, "not it"));
        Assert.StartsWith(NotRight, await SignInAsync(client, unknown, Password));
        using (var success = await client.SignInAsync(email, Password))
        {
            Assert.Equal("/", Responses.LocalRedirect(success, client.BaseAddress));
        }

        var after = DateTimeOffset.UtcNow;
        var events = await app.SecurityEventsAsync(email);
        Assert.Collection(events,
            failed =>
            {
                Assert.Equal("SignInFailed", failed.Field);
                Assert.Equal("Wrong password", failed.NewValue);
            },
            succeeded => Assert.Equal("SignInSucceeded", succeeded.Field));
        var unknownEvent = Assert.Single(await app.SecurityEventsAsync(unknown));
        Assert.Equal("SignInFailed", unknownEvent.Field);
        Assert.Equal("anonymous", unknownEvent.UserId);

        Assert.All(events.Append(unknownEvent), e =>
        {
            Assert.Equal(AuditOperation.SecurityEvent, e.Operation);
            Assert.Equal("Security", e.Entity);
            Assert.Equal(TimeSpan.Zero, e.At.Offset);
            Assert.InRange(e.At, before.AddSeconds(-1), after.AddSeconds(1));
        });
    }

    /// <summary>Posts the sign-in form and returns the message it shows; fails if it signed in.</summary>
    private static async Task<string> SignInAsync(AppClient client, string email, string password)
    {
        using var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Responses.SetsAuthCookie(response));
        var page = await HtmlPage.ReadAsync(response);
        return Assert.IsType<string>(page.TextOf("sign-in-error"));
    }
}
