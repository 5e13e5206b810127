using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// Matching and assignment end to end: the secretariat invites an expert from the InnoBasque taskforce's suggestions,
/// the expert accepts on their own /my page, and the secretariat's team view shows the acceptance.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssignmentJourneyTests(BrowserFixture app)
{
    private const string DanishExpert = "Mette Kjær Nielsen";

    [Fact]
    public async Task AnExpertInvitedFromTheSuggestions_AcceptsOnMy_AndTheTeamShowsIt()
    {
        var secretariat = await app.NewPageAsync();
        var expert = await app.NewPageAsync();
        await secretariat.RunAsync("journey-assignment-secretariat", () => expert.RunAsync("journey-assignment-expert", async () =>
        {
            await secretariat.SignInAsync("secretariat@demo.stemcoalition.eu", "/");
            await secretariat.GotoAsync("/taskforces?q=InnoBasque");
            await secretariat.WaitForCircuitAsync();
            await secretariat.GetByTestId("taskforce-link").First.ClickAsync();
            await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("InnoBasque");
            await secretariat.WaitForCircuitAsync();
            var taskforceUrl = secretariat.Url;

            await secretariat.GetByRole(AriaRole.Tab, new() { Name = "Suggestions" }).ClickAsync();
            var suggestion = secretariat.GetByTestId("expert-suggestion").Filter(new() { HasText = DanishExpert });
            await Expect(suggestion.GetByTestId("reason-for").First).ToBeVisibleAsync();
            await suggestion.GetByTestId("suggestion-invite").ClickAsync();
            var dialog = secretariat.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync(DanishExpert);
            await dialog.GetByTestId("dialog-confirm").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);

            await secretariat.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
            var member = secretariat.GetByTestId("team-member").Filter(new() { HasText = DanishExpert });
            await Expect(member.GetByTestId("team-member-status")).ToHaveTextAsync("Invited");

            await expert.SignInAsync("expert.dk@demo.stemcoalition.eu", "/my");
            var invitation = expert.GetByTestId("invitation").Filter(new() { HasText = "InnoBasque" });
            await Expect(invitation).ToBeVisibleAsync();
            await expert.AssertNoSeriousViolationsAsync();
            await invitation.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Accept the invitation to ") }).ClickAsync();
            await Expect(expert.GetByTestId("current-cases")).ToContainTextAsync("InnoBasque");
            await Expect(expert.GetByTestId("invitation").Filter(new() { HasText = "InnoBasque" })).ToHaveCountAsync(0);

            await secretariat.GotoAsync(taskforceUrl);
            await secretariat.WaitForCircuitAsync();
            await secretariat.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
            await Expect(secretariat.GetByTestId("team-member").Filter(new() { HasText = DanishExpert }).GetByTestId("team-member-status"))
                .ToHaveTextAsync("Accepted");
        }));
    }
}
