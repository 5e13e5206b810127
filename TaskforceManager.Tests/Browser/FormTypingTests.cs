using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// Typing at full speed right after choosing themes and an instrument: no field may lose what was typed into it. (With
/// the themes in a multi-select, its list handed focus back to itself a round trip after closing, and the next
/// field's text went with it; these tests failed then.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormTypingTests(BrowserFixture app)
{
    [Fact]
    public async Task PortalForm_TypingRightAfterChoosingThemes_KeepsEveryCharacter()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("portal-typing-after-select", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            for (var round = 0; round < 3; round++)
            {
                await page.GotoAsync("/portal/requests/new");
                await page.WaitForCircuitAsync();
                await Expect(page.GetByTestId("portal-form")).ToBeVisibleAsync();
                var title = $"Round {round}: girls in engineering";

                await page.GetByTestId("portal-title").FillAsync(title);
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Teacher shortage", Exact = true }).CheckAsync();
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Girls and women in STEM", Exact = true }).CheckAsync();
                // No wait for the server: a user types on at once.
                await page.GetByTestId("portal-contact-name").FillAsync("Miren Etxeberria");
                await page.GetByTestId("portal-contact-email").FillAsync("miren@example.org");
                await page.GetByTestId("portal-organisation").FillAsync("Gobierno Vasco – Dirección de Innovación");
                await page.GetByTestId("portal-challenge").FillAsync("Pocas chicas eligen ingeniería en Álava; ¿qué funciona en Łódź?");
                await page.Locator(".mud-input-control", new() { Has = page.GetByTestId("portal-instrument") }).ClickAsync();
                await page.GetByRole(AriaRole.Option, new() { Name = "Not sure", Exact = true }).ClickAsync();
                await page.GetByTestId("portal-contact-email").FillAsync("miren.etxeberria@example.org");
                await page.GetByTestId("portal-title").FocusAsync();

                await Expect(page.GetByTestId("portal-title")).ToHaveValueAsync(title);
                await Expect(page.GetByTestId("portal-contact-name")).ToHaveValueAsync("Miren Etxeberria");
                await Expect(page.GetByTestId("portal-contact-email")).ToHaveValueAsync("miren.etxeberria@example.org");
                await Expect(page.GetByTestId("portal-organisation")).ToHaveValueAsync("Gobierno Vasco – Dirección de Innovación");
                await Expect(page.GetByTestId("portal-challenge")).ToHaveValueAsync("Pocas chicas eligen ingeniería en Álava; ¿qué funciona en Łódź?");
            }
        });
    }

    /// <summary>
    /// The cause of lost typing after a select: pressing a choice moved the focus into the list, the select saw the focus
    /// leave while its list was open and took it back a round trip later, by then often from the next field. The focus
    /// now stays on the select while a choice is pressed, so there is nothing to take back.
    /// </summary>
    [Fact]
    public async Task ChoosingFromASelect_KeepsTheFocusOnIt_AndNeverTakesItBackFromTheNextField()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("select-keeps-focus", async () =>
        {
            await page.SignInAsync("contact.es@demo.stemcoalition.eu", "/portal");
            await page.GotoAsync("/portal/requests/new");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("portal-form")).ToBeVisibleAsync();
            await page.EvaluateAsync("""
                () => {
                    window.focusLog = [];
                    document.addEventListener('focusin', e => window.focusLog.push(e.target.getAttribute('data-testid') ?? e.target.className));
                }
                """);

            await page.Locator(".mud-input-control", new() { Has = page.GetByTestId("portal-instrument") }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Roundtable", Exact = true }).ClickAsync();
            await page.GetByTestId("portal-contact-email").FillAsync("miren.etxeberria@example.org");
            // The server has handled the choice (and anything the select asked of the browser before it) once the field shows it.
            await Expect(page.GetByTestId("portal-instrument")).ToHaveValueAsync("Roundtable");
            await Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);

            Assert.Equal(["portal-instrument", "portal-contact-email"], await page.EvaluateAsync<string[]>("() => window.focusLog"));
            await Expect(page.GetByTestId("portal-contact-email")).ToBeFocusedAsync();
            await Expect(page.GetByTestId("portal-contact-email")).ToHaveValueAsync("miren.etxeberria@example.org");
        });
    }

    [Fact]
    public async Task IntakeForm_TypingRightAfterChoosingThemes_KeepsEveryCharacter()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("intake-typing-after-select", async () =>
        {
            await page.SignInAsync("secretariat@demo.stemcoalition.eu", "/");
            for (var round = 0; round < 3; round++)
            {
                await page.GotoAsync("/requests/new");
                await page.WaitForCircuitAsync();
                await Expect(page.GetByTestId("intake-form")).ToBeVisibleAsync();

                await page.GetByTestId("intake-title").FillAsync($"Round {round}: teachers for Baden-Württemberg");
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Teacher shortage", Exact = true }).CheckAsync();
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Girls and women in STEM", Exact = true }).CheckAsync();
                await page.GetByTestId("intake-contact-name").FillAsync("Anke Müller");
                await page.GetByTestId("intake-contact-email").FillAsync("anke@example.org");
                await page.GetByTestId("intake-organisation").FillAsync("MINT Zukunft schaffen");
                await page.GetByTestId("intake-challenge").FillAsync("Zu wenige Lehrkräfte für Mathematik 🚀");
                await page.GetByTestId("intake-title").FocusAsync();

                await Expect(page.GetByTestId("intake-title")).ToHaveValueAsync($"Round {round}: teachers for Baden-Württemberg");
                await Expect(page.GetByTestId("intake-contact-name")).ToHaveValueAsync("Anke Müller");
                await Expect(page.GetByTestId("intake-contact-email")).ToHaveValueAsync("anke@example.org");
                await Expect(page.GetByTestId("intake-organisation")).ToHaveValueAsync("MINT Zukunft schaffen");
                await Expect(page.GetByTestId("intake-challenge")).ToHaveValueAsync("Zu wenige Lehrkräfte für Mathematik 🚀");
            }
        });
    }
}
