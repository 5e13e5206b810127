using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// Journey 7: the Spanish member-state contact signs in and submits a support request with the keyboard alone (Tab,
/// Shift+Tab, Enter, Space and the arrow keys; no mouse, no filling of fields by script), and every element that
/// takes focus on the way shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture app)
{
    /// <summary>
    /// Describes the focused element and whether its focus is visible: the element itself, when it is shown, must carry
    /// an outline of at least 2px or a focus shadow; a visually hidden control (a checkbox's native input) must have a
    /// shown ancestor close by that does.
    /// </summary>
    private const string FocusProbe = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { name: 'nothing', testId: '', id: '', label: '', visible: false };
          const shown = e => { const s = getComputedStyle(e); const r = e.getBoundingClientRect();
            return s.opacity !== '0' && s.visibility !== 'hidden' && r.width > 2 && r.height > 2; };
          const ringed = e => { const s = getComputedStyle(e);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none'); };
          let visible = false;
          if (shown(el)) { visible = ringed(el); }
          else { for (let e = el.parentElement, i = 0; e && i < 4 && !visible; e = e.parentElement, i++) visible = shown(e) && ringed(e); }
          const label = el.closest('label')?.textContent?.trim() ?? '';
          return { name: `${el.tagName.toLowerCase()}#${el.id}[${el.getAttribute('data-testid') ?? ''}] ${label}`.trim(),
                   testId: el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
                   id: el.id, label, visible };
        }
        """;

    [Fact]
    public async Task Contact_SubmitsARequest_WithTheKeyboardOnly_SeeingFocusAtEveryStep()
    {
        var title = $"Keyboard-only request {Guid.NewGuid():N}"[..30];
        var page = await app.NewPageAsync();
        await page.RunAsync("keyboard-journey", async () =>
        {
            await page.GotoAsync("/account/login");
            await TabToAsync(page, f => f.Id == "email");
            await page.Keyboard.TypeAsync("contact.es@demo.stemcoalition.eu");
            await TabToAsync(page, f => f.Id == "password");
            await page.Keyboard.TypeAsync(PageExtensions.DemoPassword);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForAddressAsync(PageExtensions.AddressWithPath("/portal"));
            await page.WaitForCircuitAsync();
            await HeadingFocusedAsync(page);

            await TabToAsync(page, f => f.TestId == "portal-new-request");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForAddressAsync(PageExtensions.AddressWithPath("/portal/requests/new"));
            await page.WaitForCircuitAsync();
            await HeadingFocusedAsync(page);
            await Expect(page.GetByTestId("portal-form")).ToBeVisibleAsync();

            await TabToAsync(page, f => f.TestId == "portal-title");
            await page.Keyboard.TypeAsync(title);
            await TabToAsync(page, f => f.TestId == "portal-organisation");
            await page.Keyboard.TypeAsync("Basque Government");
            await TabToAsync(page, f => f.Label == "Teacher shortage");
            await page.Keyboard.PressAsync("Space");
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Teacher shortage", Exact = true })).ToBeCheckedAsync();
            await TabToAsync(page, f => f.TestId == "portal-contact-name");
            await page.Keyboard.TypeAsync("Miren Etxeberria");
            // Back with Shift+Tab to tick a second theme, then on again.
            await TabToAsync(page, f => f.Label == "Girls and women in STEM", backwards: true);
            await page.Keyboard.PressAsync("Space");
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Girls and women in STEM", Exact = true })).ToBeCheckedAsync();
            await TabToAsync(page, f => f.TestId == "portal-contact-email");
            await page.Keyboard.TypeAsync("miren@example.org");
            await TabToAsync(page, f => f.TestId == "portal-challenge");
            await page.Keyboard.TypeAsync("Too few maths teachers in Araba.");

            await TabToAsync(page, f => f.TestId == "portal-instrument");
            await page.Keyboard.PressAsync("ArrowDown");
            var notSure = page.GetByRole(AriaRole.Option, new() { Name = "Not sure", Exact = true });
            await Expect(notSure).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("End");
            await page.Keyboard.PressAsync("Enter");
            await Expect(notSure).ToBeHiddenAsync();
            await Expect(page.GetByTestId("portal-instrument")).ToHaveValueAsync("Not sure");

            await TabToAsync(page, f => f.TestId == "portal-submit");
            await page.Keyboard.PressAsync("Enter");

            await page.WaitForAddressAsync(new Regex(@"/portal/requests/\d+/submitted$"));
            await Expect(page.GetByTestId("portal-confirmation-due")).ToContainTextAsync("2026");
            var saved = await app.QueryAsync(db => db.SupportRequests.AsNoTracking().SingleAsync(r => r.Title == title));
            Assert.Equal(("Basque Government", "miren@example.org", "Too few maths teachers in Araba."),
                (saved.RequestingOrganisation, saved.ContactEmail, saved.Challenge));
            Assert.Equal(["girls-in-stem", "teacher-shortage"], saved.ThemeCodes.Order());
            await page.AssertNoSeriousViolationsAsync();
        });
    }

    private sealed class Focused
    {
        public string Name { get; set; } = string.Empty;
        public string TestId { get; set; } = string.Empty;
        public string Id { get; set; } = string.Empty;
        public string Label { get; set; } = string.Empty;
        public bool Visible { get; set; }
    }

    /// <summary>
    /// After a navigation the app moves focus to the new page's heading (so Tab continues from the top of the content
    /// and a screen reader announces the page); a keyboard user starts from there, and so does the test.
    /// </summary>
    private static Task HeadingFocusedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'");

    /// <summary>Presses Tab (or Shift+Tab) until the focused element is the one wanted, checking at every stop that focus shows.</summary>
    private static async Task TabToAsync(IPage page, Func<Focused, bool> wanted, bool backwards = false, int maxPresses = 60)
    {
        var path = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await page.EvaluateAsync<Focused>(FocusProbe);
            path.Add(focused.Name);
            Assert.True(focused.Visible, $"Focus is not visible on {focused.Name} (path: {string.Join(" → ", path)})");
            if (wanted(focused))
            {
                return;
            }
        }

        Assert.Fail($"The wanted element was not reached in {maxPresses} presses: {string.Join(" → ", path)}");
    }
}
