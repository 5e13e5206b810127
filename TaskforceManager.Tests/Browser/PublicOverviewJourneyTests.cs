using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TaskforceManager.Domain.Taskforces;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>An anonymous visitor of the coalition's website: the ongoing taskforces, one taskforce's public page, and the JSON feed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicOverviewJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task AnAnonymousVisitor_SeesOnlyListedOngoingTaskforces_TheirPublicPage_AndTheSameInTheFeed()
    {
        var listed = await app.QueryAsync(db => db.Taskforces.AsNoTracking()
            .Where(t => t.Status == TaskforceStatus.Active && t.IsListedPublicly)
            .Select(t => new { t.Id, t.HostOrganisation, t.InternalNotes, t.StartDate })
            .ToListAsync());
        Assert.NotEmpty(listed);

        var page = await app.NewPageAsync();
        await page.RunAsync("journey-anonymous", async () =>
        {
            await page.GotoAsync("/ongoing-taskforces");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ongoing taskforces");
            var rows = page.GetByTestId("ongoing-taskforces").Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(listed.Count);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign out" })).ToHaveCountAsync(0);
            await page.AssertNoSeriousViolationsAsync();

            // Newest first: the first row is a taskforce with the latest start date.
            var firstLink = rows.First.GetByRole(AriaRole.Link);
            var firstId = int.Parse((await firstLink.GetAttributeAsync("href"))!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            var newest = listed.Single(t => t.Id == firstId);
            Assert.Equal(listed.Max(t => t.StartDate), newest.StartDate);
            await firstLink.ClickAsync();
            await page.WaitForAddressAsync(PageExtensions.AddressWithPath($"/ongoing-taskforces/{newest.Id}"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync(newest.HostOrganisation);
            if (!string.IsNullOrWhiteSpace(newest.InternalNotes))
            {
                await Expect(page.Locator("main")).Not.ToContainTextAsync(newest.InternalNotes);
            }

            await page.AssertNoSeriousViolationsAsync();

            var feed = await page.APIRequest.GetAsync("/api/public/taskforces");
            Assert.Equal(200, feed.Status);
            Assert.StartsWith("application/json", feed.Headers["content-type"], StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await feed.TextAsync());
            var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
            Assert.Equal(listed.Select(t => t.Id).Order(), ids.Order());
            Assert.DoesNotContain(json.RootElement.EnumerateArray(), e => e.TryGetProperty("internalNotes", out _));
        });
    }
}
