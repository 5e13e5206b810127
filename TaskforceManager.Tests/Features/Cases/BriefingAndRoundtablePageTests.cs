using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Briefings.Pages;
using TaskforceManager.App.Features.Roundtables.Pages;
using TaskforceManager.App.Features.Taskforces.Pages;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>The briefing and roundtable pages: transitions by click, confirmation for what cannot be undone, and the case path.</summary>
public sealed class BriefingAndRoundtablePageTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Briefing_SubmitWithoutRecommendations_ShowsTheRefusal_ThenDeliverAfterConfirming()
    {
        var (_, id) = await _world.AcceptedBriefingAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<BriefingPage>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=action-submit]").Click();
        providers.WaitForAssertion(() => Assert.Contains("Write the recommendations before the briefing can be submitted for review.", providers.Markup));
        Assert.Equal("Draft", Status(page));

        page.OpenTab("Outcomes");
        page.WaitForElement("[data-testid=write-recommendations]").Click();
        page.WaitForElement("[data-testid=edit-recommendations]").Input("Start a regional STEM platform.");
        page.Find("[data-testid=edit-save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=edit-form]")));
        page.Find("[data-testid=action-submit]").Click();
        page.WaitForAssertion(() => Assert.Equal("In review", Status(page)));

        page.Find("[data-testid=action-deliver]").Click();
        providers.WaitForAssertion(() => Assert.Contains("This cannot be undone.", providers.Markup));
        providers.FindAll("button").First(b => b.TextContent.Trim() == "Deliver").Click();

        page.WaitForAssertion(() => Assert.Equal("Delivered", Status(page)));
        Assert.Equal(PolicyBriefingStatus.Delivered, (await _world.ReadAsync<PolicyBriefing>(id)).Status);
        Assert.NotEmpty(page.FindAll("[data-testid=action-escalate]"));
    }

    [Fact]
    public async Task Briefing_Escalate_PrefillsTheDialog_AndGoesToTheNewTaskforce_WhichLinksBack()
    {
        var (requestId, id) = await _world.DeliveredBriefingAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<BriefingPage>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=action-escalate]").Click();
        Assert.Equal("InnoBasque", providers.WaitForElement("[data-testid=escalate-host]").GetAttribute("value"));
        Assert.Equal("A STEM strategy for the Basque Country", providers.Find("[data-testid=escalate-title]").GetAttribute("value"));
        providers.Find("[data-testid=dialog-confirm]").Click();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        var briefing = await _world.ServicesFor(CaseWorld.Secretariat).Briefings.GetAsync(id);
        page.WaitForAssertion(() => Assert.EndsWith($"/taskforces/{briefing.EscalatedToTaskforceId}", navigation.Uri));

        var taskforcePage = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, briefing.EscalatedToTaskforceId!.Value));
        taskforcePage.WaitForAssertion(() =>
        {
            var links = taskforcePage.FindAll("[data-testid=case-path] a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"/requests/{requestId}", $"/briefings/{id}"], links);
        });
    }

    [Fact]
    public async Task Roundtable_RecordHeld_ShowsTheNewStatus_AndLinksToItsTaskforce()
    {
        var (taskforceId, id) = await _world.PlannedRoundtableAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<RoundtablePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal(["action-held", "action-cancel"],
            page.FindAll("[data-testid=case-actions] button").Select(b => b.GetAttribute("data-testid"))));
        Assert.Equal($"/taskforces/{taskforceId}", page.Find("[data-testid=case-path] a").GetAttribute("href"));

        page.Find("[data-testid=action-held]").Click();
        Assert.Equal("10/11/2026", providers.WaitForElement("[data-testid=date-input]").GetAttribute("value"));
        providers.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Held", Status(page)));
        Assert.Equal(["action-report"], page.FindAll("[data-testid=case-actions] button").Select(b => b.GetAttribute("data-testid")));
        Assert.Equal(RoundtableStatus.Held, (await _world.ReadAsync<Roundtable>(id)).Status);
    }

    [Fact]
    public async Task Roundtable_ReportWithoutFindings_ShowsTheRefusal()
    {
        var (_, id) = await _world.PlannedRoundtableAsync();
        var services = _world.ServicesFor(CaseWorld.Secretariat);
        await services.Roundtables.RecordHeldAsync(id, new DateOnly(2026, 11, 10), await _world.VersionAsync<Roundtable>(id));
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<RoundtablePage>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=action-report]").Click();
        providers.WaitForAssertion(() => Assert.Contains(providers.FindAll("button"), b => b.TextContent.Trim() == "Report"));
        providers.FindAll("button").First(b => b.TextContent.Trim() == "Report").Click();

        providers.WaitForAssertion(() => Assert.Contains("A roundtable can only be reported with at least one bottleneck and one recommendation.", providers.Markup));
        Assert.Equal("Held", Status(page));
    }

    [Fact]
    public async Task Roundtable_Outcomes_RecordFindingsWhileLegal()
    {
        var (_, id) = await _world.PlannedRoundtableAsync();
        var services = _world.ServicesFor(CaseWorld.Secretariat);
        await services.Roundtables.RecordHeldAsync(id, new DateOnly(2026, 11, 10), await _world.VersionAsync<Roundtable>(id));
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();
        var page = ctx.Render<RoundtablePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("Outcomes");

        page.WaitForElement("[data-testid=bottleneck-text]").Input("Too few technology teachers.");
        page.Find("[data-testid=bottleneck-add]").Click();

        page.WaitForAssertion(() => Assert.Equal("Too few technology teachers.", page.Find("[data-testid=bottlenecks] li").TextContent));
        Assert.Single(page.FindAll("[data-testid=participant-form]"));
    }

    private static string Status<T>(IRenderedComponent<T> page) where T : IComponent => page.Find("[data-testid=status]").TextContent.Trim();
}
