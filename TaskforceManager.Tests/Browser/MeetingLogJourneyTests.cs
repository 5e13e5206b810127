using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>The Dutch expert logs a past meeting, loses the browser mid-sentence, finds every character again and submits.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingLogJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task DraftMinutes_SurviveClosingTheBrowser_AndThePublishedLogReachesTheSpanishContact()
    {
        const string minutes = "Baden-Württemberg, Łódź and Île-de-France shared their plans 🚀 and we agreed to";
        var meetingPath = $"/meetings/{await PastInnoBasqueMeetingAsync()}";
        var page = await app.NewPageAsync();
        await page.RunAsync("meeting-log-draft", async () =>
        {
            await page.SignInAsync("expert.nl@demo.stemcoalition.eu", "/my");
            await page.GetByTestId("meetings-to-log").GetByRole(AriaRole.Link, new() { Name = "Evening session in Bilbao" }).ClickAsync();
            await page.WaitForAddressAsync(PageExtensions.AddressWithPath(meetingPath));
            await page.WaitForCircuitAsync();

            await page.GetByLabel("Minutes (Markdown)").FillAsync(minutes);
            await Expect(page.Locator("[data-testid=draft-minutes] [data-testid=saved-indicator]")).ToContainTextAsync("Saved at", new() { Timeout = 30_000 });
        });
        await page.Context.CloseAsync();

        var again = await app.NewPageAsync();
        await again.RunAsync("meeting-log-restored", async () =>
        {
            await again.SignInAsync("expert.nl@demo.stemcoalition.eu", "/my");
            await again.GotoAsync(meetingPath);
            await again.WaitForCircuitAsync();
            await Expect(again.GetByLabel("Minutes (Markdown)")).ToHaveValueAsync(minutes);

            await again.GetByRole(AriaRole.Button, new() { Name = "Submit the log" }).ClickAsync();
            await Expect(again.GetByTestId("outcome-status")).ToContainTextAsync("submitted");
        });
        await again.Context.CloseAsync();

        var secretariat = await app.NewPageAsync();
        await secretariat.RunAsync("meeting-log-publish", async () =>
        {
            await secretariat.SignInAsync("secretariat@demo.stemcoalition.eu", "/");
            await secretariat.GotoAsync(meetingPath);
            await secretariat.WaitForCircuitAsync();
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "Publish to the member-state contact" }).ClickAsync();
            await Expect(secretariat.GetByTestId("outcome-status")).ToContainTextAsync("published");
        });
        await secretariat.Context.CloseAsync();

        var contact = await app.NewPageAsync();
        await contact.RunAsync("meeting-log-contact", async () =>
        {
            await contact.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            await contact.GotoAsync(meetingPath);
            await Expect(contact.GetByTestId("minutes")).ToHaveTextAsync(minutes);
        });
        await contact.Context.CloseAsync();
    }

    /// <summary>The demo data's InnoBasque meetings are logged already; this one started an hour ago, with the Dutch expert invited.</summary>
    private async Task<int> PastInnoBasqueMeetingAsync()
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<App.Data.AppDbContext>>(scope.ServiceProvider);
        await using var db = await factory.CreateDbContextAsync();
        var taskforceId = db.Taskforces.Where(t => t.Title.Contains("InnoBasque")).Select(t => t.Id).Single();
        var expertId = db.Experts.Where(e => e.Email == "expert.nl@demo.stemcoalition.eu" || e.FullName == "Maartje van den Berg").Select(e => e.Id).First();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var meeting = global::TaskforceManager.Domain.Meetings.Meeting.Schedule(taskforceId, null, new global::TaskforceManager.Domain.Meetings.MeetingDetails("Evening session in Bilbao", start, start.AddMinutes(50),
            "Europe/Madrid", global::TaskforceManager.Domain.Meetings.MeetingFormat.InPerson, "Bilbao", null, null, "InnoBasque", null, null), [expertId],
            new global::TaskforceManager.Domain.Common.Actor("test", "Browser test"), start.AddDays(-7));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }
}
