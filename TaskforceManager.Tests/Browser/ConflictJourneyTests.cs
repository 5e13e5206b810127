using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TaskforceManager.Domain.Taskforces;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>Two secretariat members edit the same taskforce in two browsers: the second is told, and nothing is overwritten.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConflictJourneyTests(BrowserFixture app)
{
    private const string Secretariat = "secretariat@demo.stemcoalition.eu";

    [Fact]
    public async Task TheSecondToSave_GetsTheConflictMessage_AndTheFirstsChangeSurvives()
    {
        // A taskforce no other browser test opens: the suspended one.
        var id = await app.QueryAsync(db => db.Taskforces.Where(t => t.Status == TaskforceStatus.Suspended).Select(t => t.Id).FirstAsync());
        var first = await app.NewPageAsync();
        var second = await app.NewPageAsync();
        await first.RunAsync("journey-conflict-first", () => second.RunAsync("journey-conflict-second", async () =>
        {
            foreach (var page in new[] { first, second })
            {
                await page.SignInAsync(Secretariat, "/");
                await page.GotoAsync($"/taskforces/{id}");
                await page.WaitForCircuitAsync();
                await page.GetByTestId("edit-open").ClickAsync();
            }

            await first.GetByLabel("Public summary", new() { Exact = false }).FillAsync("Summary saved by the first secretariat member.");
            await first.GetByTestId("edit-save").ClickAsync();
            await Expect(first.GetByTestId("edit-form")).ToHaveCountAsync(0);

            await second.GetByLabel("Public summary", new() { Exact = false }).FillAsync("Summary typed by the second secretariat member.");
            await second.GetByTestId("edit-save").ClickAsync();

            var notice = second.GetByTestId("conflict-notice");
            await Expect(notice).ToContainTextAsync("Someone else saved this taskforce first");
            await Expect(notice.GetByTestId("conflict-theirs").First).ToContainTextAsync("Summary saved by the first secretariat member.");
            await Expect(notice.GetByTestId("conflict-yours").First).ToContainTextAsync("Summary typed by the second secretariat member.");
            await second.AssertNoSeriousViolationsAsync();

            var saved = await app.QueryAsync(db => db.Taskforces.Where(t => t.Id == id).Select(t => t.Summary).SingleAsync());
            Assert.Equal("Summary saved by the first secretariat member.", saved);

            await notice.GetByTestId("conflict-reload").ClickAsync();
            await Expect(second.GetByTestId("conflict-notice")).ToHaveCountAsync(0);
            await Expect(second.Locator("main")).ToContainTextAsync("Summary saved by the first secretariat member.");
        }));
    }
}
