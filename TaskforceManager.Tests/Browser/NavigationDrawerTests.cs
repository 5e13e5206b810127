using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// The navigation menu, laid out by the stylesheet alone: beside the page on a wide screen, over it on a narrow one,
/// with one toggle shown for each that says whether the menu is open; a closed menu's links are out of the tab order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationDrawerTests(BrowserFixture app)
{
    private const string Secretariat = "secretariat@demo.stemcoalition.eu";

    [Fact]
    public async Task OnAWideScreen_TheMenuSitsBesideThePage_AndTheToggleHidesIt()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("drawer-wide", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation menu" });
            var requests = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Requests" });

            await Expect(toggle).ToHaveCountAsync(1);
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(requests).ToBeVisibleAsync();
            var drawer = await page.Locator("#app-drawer").BoundingBoxAsync();
            var main = await page.Locator("main").BoundingBoxAsync();
            Assert.True(main!.X >= drawer!.X + drawer.Width - 1, $"The page ({main.X}) should start after the menu ({drawer.X + drawer.Width}).");

            await toggle.ClickAsync();

            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(requests).ToBeHiddenAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('main').getBoundingClientRect().x < 100");

            await toggle.ClickAsync();

            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(requests).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task OnANarrowScreen_TheMenuStartsClosed_OpensOverThePage_AndClosesOnTheNextPage()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(600, 900);
        await page.RunAsync("drawer-narrow", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation menu" });
            var requests = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Requests" });

            await Expect(toggle).ToHaveCountAsync(1);
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(requests).ToBeHiddenAsync();

            await toggle.ClickAsync();

            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(requests).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync();

            await requests.ClickAsync();

            await Expect(page).ToHaveURLAsync(PageExtensions.AddressWithPath("/requests"));
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(requests).ToBeHiddenAsync();
        });
    }
}
