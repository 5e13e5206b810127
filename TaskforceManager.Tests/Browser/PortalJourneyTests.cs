using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.Domain.Requests;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>The Spanish contact's path through the portal in a real browser against the real app and its demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Contact_SubmitsARequest_GetsItsReference_AndSeesItsAcknowledgementDueDate()
    {
        var title = $"Maths teachers for Araba {Guid.NewGuid():N}"[..40];
        var page = await app.NewPageAsync();
        await page.RunAsync("portal-submit-request", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            await page.AssertNoSeriousViolationsAsync();
            await page.GetByTestId("portal-new-request").ClickAsync();
            await page.WaitForAddressAsync(PageExtensions.AddressWithPath("/portal/requests/new"));
            await page.WaitForCircuitAsync();

            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Teacher shortage", Exact = true }).CheckAsync();
            await page.Locator(".mud-input-control", new() { Has = page.GetByTestId("portal-instrument") }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Not sure", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Not sure", Exact = true })).ToBeHiddenAsync();

            await page.GetByTestId("portal-title").FillAsync(title);
            await page.GetByTestId("portal-organisation").FillAsync("Basque Government");
            await page.GetByTestId("portal-challenge").FillAsync("Too few maths teachers in Araba's secondary schools.");
            await page.GetByTestId("portal-contact-name").FillAsync("Miren Etxeberria");
            await page.GetByTestId("portal-contact-email").FillAsync("miren@example.org");
            await page.GetByTestId("portal-contact-email").PressAsync("Tab");
            await Expect(page.GetByTestId("portal-title")).ToHaveValueAsync(title);
            await Expect(page.GetByTestId("portal-challenge")).ToHaveValueAsync("Too few maths teachers in Araba's secondary schools.");
            await Expect(page.GetByTestId("portal-contact-email")).ToHaveValueAsync("miren@example.org");
            await page.GetByTestId("portal-submit").ClickAsync();

            await page.WaitForAddressAsync(new Regex(@"/portal/requests/\d+/submitted$"));
            var due = await DueDateAsync(title);
            await Expect(page.GetByTestId("portal-reference")).ToHaveTextAsync(new Regex(@"^SR-\d{4}-\d{4}$"));
            await Expect(page.GetByTestId("portal-confirmation-due")).ToContainTextAsync(due);
            await page.AssertNoSeriousViolationsAsync();

            await page.GotoAsync("/portal");
            await page.WaitForCircuitAsync();
            var card = page.GetByTestId("portal-item").Filter(new() { HasText = title });
            await Expect(card.GetByTestId("portal-item-due")).ToContainTextAsync(due);
            await Expect(card.GetByTestId("portal-item-status")).ToContainTextAsync("Received, waiting for acknowledgement");
            await card.GetByTestId("portal-item-link").ClickAsync();
            await page.WaitForAddressAsync(new Regex(@"/portal/requests/\d+$"));
            await Expect(page.GetByTestId("portal-due")).ToContainTextAsync(due);
            await page.AssertNoSeriousViolationsAsync();
            await Shot(page, "portal-request");
        });
    }

    [Fact]
    public async Task Contact_FollowsTheInnoBasqueTaskforce_AndCannotReachNorwaysRecords()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("portal-innobasque", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            await Shot(page, "portal-home");
            await page.GetByTestId("portal-item-link").Filter(new() { HasText = "InnoBasque" }).First.ClickAsync();
            await page.WaitForAddressAsync(new Regex(@"/portal/cases/taskforce/\d+$"));

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("InnoBasque");
            await Expect(page.GetByTestId("portal-timeline-event").Filter(new() { HasText = "Outcomes published: Jet-Net study visit" })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("portal-outcome").Filter(new() { HasText = "Jet-Net study visit" })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("portal-outcome").Filter(new() { HasText = "monitoring STEAM-Euskadi" })).ToHaveCountAsync(0);
            await page.AssertNoSeriousViolationsAsync();
            await Shot(page, "portal-innobasque");

            var (norwayRequest, norwayTaskforce) = await NorwayIdsAsync();
            await page.GotoAsync($"/portal/requests/{norwayRequest}");
            await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
            await page.GotoAsync($"/portal/cases/taskforce/{norwayTaskforce}");
            await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        });
    }

    /// <summary>Kept for the people reviewing the portal: what the contact sees.</summary>
    private static async Task Shot(IPage page, string name)
    {
        var folder = Path.Combine(PageExtensions.SolutionFolder(), "test-results");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    private async Task<(int Request, int Taskforce)> NorwayIdsAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var request = await db.SupportRequests.Where(r => r.CountryCode == "NO").Select(r => r.Id).FirstAsync();
        var taskforce = await db.Taskforces.Where(t => t.CountryCode == "NO").Select(t => t.Id).FirstAsync();
        return (request, taskforce);
    }

    /// <summary>Computed from the saved request by the domain's rule, not by the page.</summary>
    private async Task<string> DueDateAsync(string title)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var request = await db.SupportRequests.AsNoTracking().SingleAsync(r => r.Title == title);
        Assert.Equal(("ES", RequestChannel.Portal), (request.CountryCode, request.Channel));
        return RequestDisplay.Day(request.AcknowledgementDueOn(scope.ServiceProvider.GetRequiredService<AcknowledgementPolicy>()));
    }
}
