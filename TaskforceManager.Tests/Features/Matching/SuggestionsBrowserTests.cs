using Microsoft.Playwright;
using TaskforceManager.Tests.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The secretariat reads the suggestions for the demo InnoBasque taskforce in a real browser, against the real app and its demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SuggestionsBrowserTests(BrowserFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheInnoBasqueTaskforce_ShowsRankedExpertsWithReasons()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("innobasque-suggestions", async () =>
        {
            await page.SignInAsync("secretariat@demo.stemcoalition.eu", "/");
            await page.GotoAsync("/taskforces?q=InnoBasque");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("taskforce-link").First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("InnoBasque");
            await page.WaitForCircuitAsync();

            await page.GetByRole(AriaRole.Tab, new() { Name = "Suggestions" }).ClickAsync();
            var suggestions = page.GetByTestId("expert-suggestion");
            await Expect(suggestions.First).ToBeVisibleAsync();
            await Expect(suggestions.First.GetByTestId("reason-for").First).ToBeVisibleAsync();
            await Expect(suggestions.First.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Invite ") })).ToBeVisibleAsync();

            await page.AssertNoSeriousViolationsAsync();

            var top = await suggestions.AllAsync();
            foreach (var suggestion in top.Take(3))
            {
                output.WriteLine((await suggestion.InnerTextAsync()).ReplaceLineEndings(" | "));
            }

            foreach (var excluded in await page.GetByTestId("excluded-expert").AllAsync())
            {
                output.WriteLine("Excluded: " + await excluded.InnerTextAsync());
            }

            // The picture for the docs is refreshed only when asked, so an ordinary test run leaves the working tree alone.
            if (Environment.GetEnvironmentVariable("TASKFORCE_SCREENSHOTS") != "1")
            {
                return;
            }

            var folder = Path.Combine(PageExtensions.SolutionFolder(), "docs", "screenshots");
            Directory.CreateDirectory(folder);
            await page.SetViewportSizeAsync(1280, 1600);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "suggestions.png"), FullPage = false });
        });
    }

    [Fact]
    public async Task TheExpertDirectoryAndTheBestPractices_OpenWithFiltersInTheUrl()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("experts-and-practices", async () =>
        {
            await page.SignInAsync("secretariat@demo.stemcoalition.eu", "/");
            await page.GotoAsync("/experts?country=NL");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("expert-link").First).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync();
            await page.GetByTestId("expert-link").First.ClickAsync();
            await Expect(page.GetByTestId("expert-country")).ToHaveTextAsync("Netherlands");
            await Expect(page.GetByTestId("expert-private")).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync();

            await page.GotoAsync("/practices?transferred=true");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("practice-link").First).ToBeVisibleAsync();
            foreach (var transfers in await page.GetByTestId("row-transfers").AllAsync())
            {
                Assert.NotEqual("—", (await transfers.InnerTextAsync()).Trim());
            }

            await page.AssertNoSeriousViolationsAsync();
        });
    }
}
