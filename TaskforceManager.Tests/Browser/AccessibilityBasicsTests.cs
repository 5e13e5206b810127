using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>The skip link moves focus into the main content, and a form's errors are announced, not only shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBasicsTests(BrowserFixture app)
{
    [Fact]
    public async Task TheSkipLink_IsFirstInTheTabOrder_AndMovesFocusToTheMainContent()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("skip-link", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            var first = await page.EvaluateAsync<string?>("""
                () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                        .find(e => e.tabIndex >= 0 && !e.disabled)?.getAttribute('data-testid')
                """);
            Assert.Equal("skip-link", first);

            await page.GetByTestId("skip-link").FocusAsync();
            await page.Keyboard.PressAsync("Enter");

            await page.WaitForFunctionAsync("() => document.activeElement?.closest('main') !== null");
            Assert.Equal("/portal", new Uri(page.Url).AbsolutePath);
        });
    }

    [Fact]
    public async Task SubmittingAnEmptyForm_AnnouncesEachFieldsError()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("errors-announced", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            await page.GotoAsync("/portal/requests/new");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("portal-submit").ClickAsync();

            var errors = page.Locator(".mud-input-error .mud-input-helper-text, .mud-input-helper-text.mud-input-error, .theme-choice__error");
            await Expect(errors.Filter(new() { HasText = "theme" })).ToHaveCountAsync(1);
            // Each message shown on a field (without its character counter) is also in a live region's text.
            var shown = await errors.EvaluateAllAsync<string[]>("""
                els => els.map(e => (e.querySelector('.mud-input-helper-text') ?? e).firstChild?.textContent?.trim() ?? e.textContent.trim())
                          .filter(t => t.length > 0)
                """);
            Assert.True(shown.Length >= 6, "Expected the empty form's messages: " + string.Join(" | ", shown));
            var announced = string.Join(" ", await page.Locator("[aria-live], [role=alert]").AllTextContentsAsync());
            Assert.All(shown, message => Assert.Contains(message, announced, StringComparison.Ordinal));
            await Expect(page.GetByTestId("form-errors-announced")).ToContainTextAsync("Not sent: 7 fields need attention.");
        });
    }
}
