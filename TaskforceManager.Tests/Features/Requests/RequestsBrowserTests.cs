using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TaskforceManager.App.Data;
using TaskforceManager.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The requests workspace in a real browser against the real app and its demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RequestsBrowserTests(BrowserFixture app)
{
    private const string Secretariat = "secretariat@demo.stemcoalition.eu";

    [Fact]
    public async Task FromTheOverdueList_ThroughAcknowledgement_ToANewTaskforce()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("requests-overdue-to-taskforce", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            await page.GotoAsync("/requests?overdue=true");
            await page.WaitForCircuitAsync();

            var clocks = page.GetByTestId("acknowledgement-clock");
            await Expect(clocks.First).ToContainTextAsync("Overdue by");
            foreach (var clock in await clocks.AllAsync())
            {
                Assert.Equal("true", await clock.GetAttributeAsync("data-overdue"));
            }

            await page.GetByTestId("request-link").First.ClickAsync();
            await page.WaitForAddressAsync(RequestPage());

            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Submitted");
            await page.AssertNoSeriousViolationsAsync();
            await page.GetByTestId("action-acknowledge").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
            await page.GetByTestId("action-accept").ClickAsync();
            await page.AssertNoSeriousViolationsAsync();
            await page.GetByLabel("Taskforce: a series of support actions with a team of experts").CheckAsync();
            await page.GetByTestId("accept-confirm").ClickAsync();

            await page.WaitForAddressAsync(TaskforcePage());
            await page.GoBackAsync();
            await page.WaitForAddressAsync(RequestPage());
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Accepted");
            await Expect(page.GetByTestId("lineage-link")).ToHaveAttributeAsync("href", TaskforcePage());
            await page.AssertNoSeriousViolationsAsync();
        });
    }

    [Fact]
    public async Task TheListsView_LivesInTheUrl()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("requests-view-in-url", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            await page.GotoAsync("/requests?size=10");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("request-link")).ToHaveCountAsync(10);

            await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
            await page.WaitForAddressAsync(new Regex("page=2"));

            await page.GetByLabel("Search title, organisation or challenge").FillAsync("teacher");
            await page.WaitForAddressAsync(new Regex("^(?!.*page=).*q=teacher"));
            var expected = await CountMentioningAsync("teacher");
            Assert.InRange(expected, 1, 9);
            await Expect(page.GetByTestId("total")).ToHaveTextAsync($"{expected} {(expected == 1 ? "request" : "requests")}");
            // The total is rendered before the grid's rows: wait for the rows too.
            await Expect(page.GetByTestId("row-title")).ToHaveCountAsync(expected);
            var titles = await page.GetByTestId("row-title").AllInnerTextsAsync();

            await page.ReloadAsync();
            await page.WaitForCircuitAsync();
            await Expect(page.GetByLabel("Search title, organisation or challenge")).ToHaveValueAsync("teacher");
            // The rows come after the page; the same rows, in the same order, once they are in.
            await Expect(page.GetByTestId("row-title")).ToHaveTextAsync(titles.ToArray());
        });
    }

    [Theory]
    [InlineData("/requests")]
    [InlineData("/requests/new")]
    public async Task Pages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await app.NewPageAsync();
        await page.RunAsync($"axe-{path.Trim('/').Replace('/', '-')}", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);

            await page.AssertNoSeriousViolationsAsync();
        });
    }

    /// <summary>Counted from the loaded records, not by the list's query.</summary>
    private async Task<int> CountMentioningAsync(string text)
    {
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var requests = await db.SupportRequests.AsNoTracking().ToListAsync();
        return requests.Count(r => new[] { r.Title, r.RequestingOrganisation, r.Challenge }.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex(@"/requests/\d+$")]
    private static partial Regex RequestPage();

    [GeneratedRegex(@"/taskforces/\d+$")]
    private static partial Regex TaskforcePage();
}
