using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>Each role signs in through the real page in a real browser and lands on its own home.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture app)
{
    [Theory]
    [InlineData("secretariat@demo.stemcoalition.eu", "/", "Dashboard")]
    [InlineData("contact.es@demo.stemcoalition.eu", "/portal", "Member-state portal")]
    [InlineData("contact.no@demo.stemcoalition.eu", "/portal", "Member-state portal")]
    [InlineData("expert.nl@demo.stemcoalition.eu", "/my", "My work")]
    [InlineData("expert.dk@demo.stemcoalition.eu", "/my", "My work")]
    public async Task DemoAccount_SignsIn_AndLandsOnItsHome(string email, string home, string heading)
    {
        var page = await app.NewPageAsync();
        await page.RunAsync($"sign-in-{email}", async () =>
        {
            await page.SignInAsync(email, home);

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Expect(page.GetByTestId("signed-in-as")).Not.ToBeEmptyAsync();
        });
    }

    [Fact]
    public async Task WrongPassword_IsRefused_WithAClearMessage()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("wrong-password", async () =>
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mail address").FillAsync("secretariat@demo.stemcoalition.eu");
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail address or the password is not right");
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        });
    }

    [Fact]
    public async Task ContactOpeningAnotherCountrysTaskforce_SeesNotFound()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("contact-foreign-taskforce", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            var (own, foreign) = await TaskforceIdsAsync();

            await page.GotoAsync($"/taskforces/{foreign}");
            await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();

            await page.GotoAsync($"/taskforces/{own}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("InnoBasque");
        });
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("axe-sign-in", async () =>
        {
            await page.GotoAsync("/account/login");
            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
            Assert.Empty(serious);
        });
    }

    private async Task<(int Own, int Foreign)> TaskforceIdsAsync()
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<App.Data.AppDbContext>>(scope.ServiceProvider);
        await using var db = await factory.CreateDbContextAsync();
        var own = db.Taskforces.Where(t => t.Title.Contains("InnoBasque")).Select(t => t.Id).Single();
        var foreign = db.Taskforces.Where(t => t.CountryCode == "NO").Select(t => t.Id).First();
        return (own, foreign);
    }
}
