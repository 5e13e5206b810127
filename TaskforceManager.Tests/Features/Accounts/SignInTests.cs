using System.Net;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>Sign-in and sign-out through the real pages, over HTTP on 127.0.0.1.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class SignInTests(AccountsApp app)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message_and_no_sign_in_cookie()
    {
        var user = await app.CreateUserAsync("wrong-password", Password);
        using var client = app.CreateClient();

        using var response = await client.SignInAsync(user.Email!, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Responses.SetsAuthCookie(response));
        var page = await HtmlPage.ReadAsync(response);
        Assert.StartsWith("The e-mail address or the password is not right.", page.TextOf("sign-in-error"));
        Assert.False(client.HasAuthCookie);

        // Still anonymous: the dashboard sends them back to the sign-in page.
        using var home = await client.GetAsync("/");
        Assert.StartsWith("/account/login", Responses.LocalRedirect(home, client.BaseAddress));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/ongoing-taskforces")]
    public async Task Pages_may_be_framed_only_by_the_app_itself(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["frame-ancestors 'self'"], response.Headers.GetValues("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/ongoing-taskforces")]
    public async Task Pages_carry_the_theme_once(string path)
    {
        using var client = app.CreateClient();

        var page = await client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var themes = page.Document.QuerySelectorAll("style.mud-theme-provider");
        Assert.Single(themes);
        Assert.Contains("--mud-palette-primary: rgba(0,51,153,1)", themes[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_message_as_a_wrong_password()
    {
        using var client = app.CreateClient();

        using var response = await client.SignInAsync($"nobody-{Guid.NewGuid():N}@test.example", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ReadAsync(response);
        Assert.StartsWith("The e-mail address or the password is not right.", page.TextOf("sign-in-error"));
        Assert.False(client.HasAuthCookie);
    }

    [Theory]
    [InlineData(DemoAccounts.Secretariat, "/")]
    [InlineData(DemoAccounts.ContactSpain, "/portal")]
    [InlineData(DemoAccounts.ContactNorway, "/portal")]
    [InlineData(DemoAccounts.ExpertNetherlands, "/my")]
    [InlineData(DemoAccounts.ExpertDenmark, "/my")]
    public async Task Each_demo_account_lands_on_its_roles_home_which_is_not_cached(string email, string home)
    {
        using var client = app.CreateClient();

        using var response = await client.SignInAsync(email, DemoAccounts.DemoPassword);

        Assert.Equal(home, Responses.LocalRedirect(response, client.BaseAddress));
        Assert.True(Responses.SetsAuthCookie(response));
        Assert.True(client.HasAuthCookie);

        var page = await client.GetPageAsync(home);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("no-store", page.CacheControl);
        Assert.Empty(page.Document.QuerySelectorAll("form input[name='_handler'][value='sign-in']"));
    }

    [Theory]
    [InlineData("/taskforces?status=active", "/taskforces?status=active")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("/\\evil.example/phish", "/")]
    [InlineData("/account/logout", "/")]
    public async Task A_local_return_address_is_followed_and_any_other_is_ignored(string returnUrl, string expected)
    {
        using var client = app.CreateClient();

        using var response = await client.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.DemoPassword, returnUrl);

        Assert.Equal(expected, Responses.LocalRedirect(response, client.BaseAddress));
    }

    [Fact]
    public async Task An_anonymous_visitor_who_opens_a_taskforce_is_sent_to_the_sign_in_page()
    {
        var id = await app.QueryAsync(db => db.Taskforces.MinAsync(t => t.Id));
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/taskforces/{id}");

        var location = Responses.LocalRedirect(response, client.BaseAddress);
        Assert.Equal($"/account/login?ReturnUrl=%2Ftaskforces%2F{id}", location);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_audited()
    {
        var user = await app.CreateUserAsync("sign-out", Password);
        using var client = app.CreateClient();
        using (var signIn = await client.SignInAsync(user.Email!, Password))
        {
            Assert.Equal("/", Responses.LocalRedirect(signIn, client.BaseAddress));
        }

        using var response = await client.SubmitFormAsync("/account/logout", "sign-out", new Dictionary<string, string>());

        Assert.Equal("/account/login?signedOut=true", Responses.LocalRedirect(response, client.BaseAddress));
        Assert.False(client.HasAuthCookie);
        using var home = await client.GetAsync("/");
        Assert.StartsWith("/account/login", Responses.LocalRedirect(home, client.BaseAddress));
        var signedOut = Assert.Single(await app.SecurityEventsAsync(user.Id), e => e.Field == "SignedOut");
        Assert.Equal(user.Id, signedOut.UserId);
    }
}
