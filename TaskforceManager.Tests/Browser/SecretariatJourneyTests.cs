using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// The secretariat's day in one journey, in a real browser against the real app: a new request from intake through
/// acknowledgement and acceptance to an active taskforce with a lead expert and a roundtable under it, seen in the
/// history and the lists. Screenshots of each stage go to
/// docs/screenshots/journey-*.png when the environment asks for them (JOURNEY_SCREENSHOTS=1).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SecretariatJourneyTests(BrowserFixture app)
{
    private const string Secretariat = "secretariat@demo.stemcoalition.eu";
    private const string DutchExpert = "Maartje van den Berg";

    [Fact]
    public async Task FromIntake_ThroughAcceptance_ToAnActiveTaskforceWithARoundtable()
    {
        var page = await app.NewPageAsync();
        await page.RunAsync("journey-secretariat", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            await page.GotoAsync("/requests/new");
            await page.WaitForCircuitAsync();

            await ChooseAsync(page, "intake-country", "Spain");
            await ChooseAsync(page, "intake-region", "Basque Country");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Teacher shortage", Exact = true }).CheckAsync();
            await ChooseAsync(page, "intake-instrument", "Taskforce");
            await FillAsync(page, "Title", "STEM careers guidance in Gipuzkoa");
            await FillAsync(page, "Requesting organisation", "Gipuzkoako Foru Aldundia");
            await FillAsync(page, "Contact person", "Miren Etxeberria");
            await FillAsync(page, "Contact's e-mail address", "miren.etxeberria@example.eus");
            await FillAsync(page, "The challenge, in the requester's words", "Few pupils in the province choose technical vocational pathways; schools lack ties with local industry.");
            await Shoot(page, "journey-1-intake");
            await Expect(page.GetByTestId("intake-form").Locator(".mud-input-error")).ToHaveCountAsync(0);
            await page.GetByTestId("intake-submit").ClickAsync();

            await page.WaitForAddressAsync(RequestPage());
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Submitted");
            await Expect(page.GetByTestId("acknowledgement-due")).ToHaveTextAsync(DayMonthYear());
            await Expect(page.GetByTestId("acknowledgement-clock")).ToHaveAttributeAsync("data-overdue", "false");
            await page.GetByTestId("action-acknowledge").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
            await page.GetByTestId("action-accept").ClickAsync();
            await page.GetByLabel("Taskforce: a series of support actions with a team of experts").CheckAsync();
            await page.GetByTestId("accept-confirm").ClickAsync();

            await page.WaitForAddressAsync(TaskforcePage());
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("case-title")).ToContainTextAsync("STEM careers guidance in Gipuzkoa");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Proposed");

            await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
            await page.GetByTestId("invite-open").ClickAsync();
            await ChooseAsync(page, "invite-expert", DutchExpert);
            await ChooseAsync(page, "invite-role", "Lead");
            await page.GetByTestId("dialog-confirm").ClickAsync();
            var member = page.GetByTestId("team-member").Filter(new() { HasText = DutchExpert });
            await Expect(member.GetByTestId("team-member-status")).ToHaveTextAsync("Invited");
            await Shoot(page, "journey-2-taskforce-invited");

            // Without an accepted lead the taskforce cannot start; the refusal says why and nothing changes.
            await page.GetByTestId("action-activate").ClickAsync();
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await Expect(page.GetByText("once a lead expert has accepted the assignment").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Proposed");

            // The expert said yes by e-mail: the secretariat records it, then starts the taskforce.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Record acceptance by {DutchExpert}" }).ClickAsync();
            await Expect(member.GetByTestId("team-member-status")).ToHaveTextAsync("Accepted");
            await page.GetByTestId("action-activate").ClickAsync();
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Active");
            var taskforceUrl = page.Url;

            await page.GetByTestId("action-convene").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByLabel("Title").FillAsync("Gipuzkoa roundtable on vocational STEM pathways");
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await page.WaitForAddressAsync(RoundtablePage());
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("case-title")).ToContainTextAsync("Gipuzkoa roundtable on vocational STEM pathways");
            await Expect(page.GetByTestId("case-path")).ToContainTextAsync("STEM careers guidance in Gipuzkoa");
            await Shoot(page, "journey-3-roundtable");

            await page.GotoAsync(taskforceUrl);
            await page.WaitForCircuitAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
            var history = page.GetByTestId("history");
            await Expect(history.Locator("li").First).ToContainTextAsync("convened");
            await Expect(history).ToContainTextAsync("from Proposed to Active");
            await Shoot(page, "journey-4-history");

            await page.GotoAsync("/");
            await page.WaitForCircuitAsync();
            await Shoot(page, "journey-5-dashboard");
            await page.GotoAsync("/taskforces?status=Active&country=ES");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByText("STEM careers guidance in Gipuzkoa")).ToBeVisibleAsync();
        });
    }

    /// <summary>
    /// Journey 1 as the issue words it: intake → acknowledge → accept as a policy briefing → deliver → escalate to a
    /// taskforce → invite its lead expert from the suggestions.
    /// </summary>
    [Fact]
    public async Task FromIntake_ThroughADeliveredBriefing_ToATaskforceWhoseLeadIsInvitedFromTheSuggestions()
    {
        const string title = "Teacher shortage in Bizkaia";
        var page = await app.NewPageAsync();
        await page.RunAsync("journey-secretariat-briefing", async () =>
        {
            await page.SignInAsync(Secretariat, "/");
            await page.GotoAsync("/requests/new");
            await page.WaitForCircuitAsync();
            await ChooseAsync(page, "intake-country", "Spain");
            await ChooseAsync(page, "intake-region", "Basque Country");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "National and regional STEM strategy", Exact = true }).CheckAsync();
            await ChooseAsync(page, "intake-instrument", "Policy briefing");
            await FillAsync(page, "Title", title);
            await FillAsync(page, "Requesting organisation", "Bizkaiko Foru Aldundia");
            await FillAsync(page, "Contact person", "Ane Goikoetxea");
            await FillAsync(page, "Contact's e-mail address", "ane.goikoetxea@example.eus");
            await FillAsync(page, "The challenge, in the requester's words", "Secondary schools in Bizkaia cannot fill their physics posts.");
            await Expect(page.GetByTestId("intake-form").Locator(".mud-input-error")).ToHaveCountAsync(0);
            await page.GetByTestId("intake-submit").ClickAsync();

            await page.WaitForAddressAsync(RequestPage());
            await page.GetByTestId("action-acknowledge").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
            await page.GetByTestId("action-accept").ClickAsync();
            await page.GetByLabel("Policy briefing: a tailored recommendation on one issue", new() { Exact = false }).CheckAsync();
            await page.GetByTestId("accept-confirm").ClickAsync();

            await page.WaitForAddressAsync(new Regex(@"/briefings/\d+$"));
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Draft");
            await page.GetByTestId("edit-open").ClickAsync();
            await page.GetByTestId("edit-recommendations").FillAsync("Open a paid route into teaching for engineers, as the Jet-Net partners did in the Netherlands.");
            await page.GetByTestId("edit-save").ClickAsync();
            await Expect(page.GetByTestId("edit-form")).ToHaveCountAsync(0);
            await page.GetByTestId("action-submit").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
            await page.GetByTestId("action-deliver").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deliver" }).ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Delivered");
            await page.AssertNoSeriousViolationsAsync();

            await page.GetByTestId("action-escalate").ClickAsync();
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await page.WaitForAddressAsync(TaskforcePage());
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Proposed");
            await Expect(page.GetByTestId("case-path")).ToContainTextAsync(title);

            await page.GetByRole(AriaRole.Tab, new() { Name = "Suggestions" }).ClickAsync();
            var suggestion = page.GetByTestId("expert-suggestion").First;
            await Expect(suggestion.GetByTestId("reason-for").First).ToBeVisibleAsync();
            var suggested = (await suggestion.GetByTestId("suggestion-name").InnerTextAsync()).Trim();
            await suggestion.GetByTestId("suggestion-invite").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync(suggested);
            await ChooseAsync(page, "invite-role", "Lead");
            await dialog.GetByTestId("dialog-confirm").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await page.AssertNoSeriousViolationsAsync();

            await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
            var member = page.GetByTestId("team-member").Filter(new() { HasText = suggested });
            await Expect(member.GetByTestId("team-member-status")).ToHaveTextAsync("Invited");
            await Expect(member).ToContainTextAsync("Lead");
        });
    }

    /// <summary>
    /// Fills a field in one input event (as pasting or the browser's autofill does), leaves it, and waits until the field
    /// holds the text. Key-by-key typing is not used: on a loaded machine a key can land while the circuit re-renders the
    /// field, which tests MudBlazor's typing race rather than this journey.
    /// </summary>
    private static async Task FillAsync(IPage page, string label, string text)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(text);
        await field.BlurAsync();
        await Expect(field).ToHaveValueAsync(text);
    }

    /// <summary>
    /// Opens a MudSelect by its test id, picks the option with the given text, and waits until the list has closed and
    /// the field shows the choice: the server has taken it before the next step begins.
    /// </summary>
    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = false }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        // A select with a text function shows the choice as its input's value; one without shows the item's content.
        await page.WaitForFunctionAsync(
            """
            ([id, text]) => {
                const field = document.querySelector(`[data-testid='${id}']`);
                return field !== null && (field.tagName === 'INPUT' ? field.value : field.innerText).includes(text);
            }
            """,
            new[] { testId, option });
    }

    private static async Task Shoot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("JOURNEY_SCREENSHOTS") != "1")
        {
            return;
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(PageExtensions.SolutionFolder(), "docs", "screenshots", $"{name}.png"), FullPage = true });
    }

    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"/requests/\d+$")]
    private static partial Regex RequestPage();

    [GeneratedRegex(@"/roundtables/\d+$")]
    private static partial Regex RoundtablePage();

    [GeneratedRegex(@"/taskforces/\d+$")]
    private static partial Regex TaskforcePage();
}
