using Bunit;
using TaskforceManager.App.Features.Matching.Components;
using TaskforceManager.App.Features.Taskforces.Pages;
using TaskforceManager.Domain.Common;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The Suggestions tab: the secretariat reads the reasons, sees who is excluded and why, and invites from a suggestion.</summary>
public sealed class SuggestionsPanelTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        await SuggestionWorld.AddExpertiseAndPracticesAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TheSecretariat_SeesRankedExpertsWithReasons_AndTheExcludedWithTheirReason()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("Suggestions");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=expert-suggestion]").Count));
        var first = page.FindAll("[data-testid=expert-suggestion]")[0];
        Assert.Equal("Anna de Vries", first.QuerySelector("[data-testid=suggestion-name]")!.TextContent.Trim());
        Assert.Equal("Score 35", first.QuerySelector("[data-testid=suggestion-score]")!.TextContent.Trim());
        var reasons = first.QuerySelectorAll("[data-testid=reason-for]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(reasons, r => r.Contains("Shares the theme STEM strategy (leading level) (+20)"));
        Assert.Contains(reasons, r => r.Contains("Brings the industry sector, not yet on the team (+10)"));

        var eva = page.FindAll("[data-testid=expert-suggestion]")[2];
        Assert.Contains("Over the workload cap: 3 active assignments (cap 3); needs an override (-30)", eva.QuerySelector("[data-testid=reason-against]")!.TextContent);
        Assert.Contains("Workload: 3 active assignments (cap 3)", eva.QuerySelector("[data-testid=suggestion-workload]")!.TextContent);

        var excluded = page.FindAll("[data-testid=excluded-expert]").Single(e => e.TextContent.Contains("Jon Garcia"));
        Assert.Equal("Declared a conflict of interest with ES; can only be invited with an override reason",
            excluded.QuerySelector("[data-testid=excluded-reason]")!.TextContent.Trim());

        var practice = Assert.Single(page.FindAll("[data-testid=practice-suggestion]"));
        Assert.Contains("Jet-Net", practice.TextContent);
        Assert.Contains("Proven transfer to another country (DK 2012)", practice.TextContent);
    }

    [Fact]
    public async Task InvitingFromASuggestion_OpensTheDialogWithTheExpertChosen_AndTheSuggestionLeavesTheList()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("Suggestions");

        var invite = page.WaitForElement("[aria-label='Invite Lars Jensen…']");
        var answered = invite.ClickAsync(new());
        providers.WaitForAssertion(() => Assert.Equal("Lars Jensen — Astra (Denmark)", providers.Find("[data-testid=invite-expert]").TextContent.Trim()));
        providers.Find("[data-testid=dialog-confirm]").Click();
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=suggestion-name]"), n => n.TextContent.Contains("Lars Jensen")));
        page.OpenTab("People");
        page.WaitForAssertion(() => Assert.Contains("Lars Jensen", Assert.Single(page.FindAll("[data-testid=team-member]")).TextContent));
    }

    [Fact]
    public async Task AContact_DoesNotSeeTheTab_AndThePanelShowsThemNothing()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, _world.BasqueContact);
        ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        Assert.DoesNotContain(page.FindAll("[role=tab]"), t => t.TextContent.Trim() == "Suggestions");

        var panel = ctx.Render<SuggestionsPanel>(p => p.Add(x => x.Kind, CaseKind.Taskforce).Add(x => x.Id, id));

        panel.WaitForElement("[data-testid=suggestions-none]");
        Assert.Empty(panel.FindAll("[data-testid=expert-suggestion]"));
        Assert.Empty(panel.FindAll("[data-testid=excluded-expert]"));
        Assert.Empty(panel.FindAll("[data-testid=practice-suggestion]"));
    }

    [Fact]
    public async Task ForARequest_ThePanelShowsReasons_ButNoInvitation()
    {
        var (requestId, _) = await _world.AcceptedBriefingAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();

        var panel = ctx.Render<SuggestionsPanel>(p => p.Add(x => x.Id, requestId));

        panel.WaitForAssertion(() => Assert.Equal("Anna de Vries", panel.FindAll("[data-testid=suggestion-name]")[0].TextContent.Trim()));
        Assert.NotEmpty(panel.FindAll("[data-testid=reason-for]"));
        Assert.Empty(panel.FindAll("[data-testid=suggestion-invite]"));
    }
}
