using Bunit;
using TaskforceManager.App.Features.Taskforces.Pages;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>The People tab: the secretariat invites through the rules, overrides a refusal with a reason, and records responses.</summary>
public sealed class PeopleTabTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task InvitingAnExpertWithAConflict_ShowsTheRefusal_AndSucceedsWithAnOverrideReason()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("People");

        page.WaitForElement("[data-testid=invite-open]").Click();
        providers.WaitForElement("[data-testid=invite-expert]").MouseDown();
        providers.WaitForAssertion(() => Assert.Contains(providers.FindAll(".mud-list-item"), i => i.TextContent.Contains("Jon Garcia")));
        providers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Jon Garcia")).Click();
        providers.Find("[data-testid=dialog-confirm]").Click();

        providers.WaitForAssertion(() => Assert.Equal("Jon Garcia has declared a conflict of interest with ES; give a reason to override it.",
            providers.Find("[data-testid=invite-refusal]").TextContent.Trim()));
        providers.WaitForElement("[data-testid=invite-conflict-reason]").Change("Only advises on research.");
        Assert.Equal("Invite with override", providers.Find("[data-testid=dialog-confirm]").TextContent.Trim());
        providers.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("[data-testid=team-member]"));
            Assert.Contains("Jon Garcia", row.TextContent);
            Assert.Contains("Conflict of interest overridden: Only advises on research.", row.TextContent);
            Assert.Equal("Invited", row.QuerySelector("[data-testid=team-member-status]")!.TextContent);
        });
    }

    [Fact]
    public async Task RecordingTheLeadsAcceptance_ThenActivating_Works()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: false);
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("People");

        page.WaitForElement("[aria-label='Record acceptance by Anna de Vries']").Click();
        page.WaitForAssertion(() => Assert.Equal("Accepted", page.Find("[data-testid=team-member-status]").TextContent));

        page.Find("[data-testid=action-activate]").Click();
        providers.WaitForElement("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Active", page.Find("[data-testid=status]").TextContent.Trim()));
    }
}
