using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>A page that refuses a password does not send it back in its HTML.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class PasswordEchoTests(AccountsApp app)
{
    [Fact]
    public async Task A_refused_sign_in_does_not_send_the_typed_password_back()
    {
        const string typed = "almost-my-real-password-7731";
        using var client = app.CreateClient();

        using var response = await client.SignInAsync(DemoAccounts.ContactNorway + ".nobody", typed);

        var page = await HtmlPage.ReadAsync(response);
        Assert.NotNull(page.ByTestId("sign-in-error"));
        Assert.DoesNotContain(typed, page.Html);
    }

    [Fact]
    public async Task A_refused_invitation_password_is_not_sent_back()
    {
        const string typed = "short pw 7";
        var user = await app.CreateUserAsync("echo", password: null);
        using var client = app.CreateClient();

        using var response = await client.SubmitFormAsync($"/account/invitation?user={user.Id}&token=x", "accept-invitation",
            new Dictionary<string, string> { ["Input.Password"] = typed, ["Input.ConfirmPassword"] = typed });

        var page = await HtmlPage.ReadAsync(response);
        Assert.Contains("Use at least 12 characters", page.Text);
        Assert.DoesNotContain(typed, page.Html);
    }
}
