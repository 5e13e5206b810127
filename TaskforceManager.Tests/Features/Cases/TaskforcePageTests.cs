using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Taskforces.Pages;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>The taskforce page as the secretariat uses it: buttons for what is legal now, refusals in words, conflicts shown and resolved.</summary>
public sealed class TaskforcePageTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ClickingActivate_WithAnAcceptedLead_ShowsTheNewStatus()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Proposed", Status(page)));

        page.Find("[data-testid=action-activate]").Click();
        providers.WaitForAssertion(() => Assert.Equal("24/11/2026", providers.Find("[data-testid=date-input]").GetAttribute("value")));
        providers.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Active", Status(page)));
        Assert.Empty(page.FindAll("[data-testid=action-activate]"));
        Assert.NotEmpty(page.FindAll("[data-testid=action-suspend]"));
        Assert.Equal(TaskforceStatus.Active, (await _world.ReadAsync<Taskforce>(id)).Status);
    }

    [Fact]
    public async Task ARefusedActivation_ShowsTheDomainsMessage_AndTheStatusStays()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=action-activate]");

        page.Find("[data-testid=action-activate]").Click();
        providers.WaitForElement("[data-testid=dialog-confirm]").Click();

        providers.WaitForAssertion(() => Assert.Contains("A taskforce can only be activated once a lead expert has accepted the assignment.", providers.Markup));
        Assert.Equal("Proposed", Status(page));
        Assert.Equal(TaskforceStatus.Proposed, (await _world.ReadAsync<Taskforce>(id)).Status);
    }

    [Fact]
    public async Task TransitionButtons_AreOnlyThoseLegalNow()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();

        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal(
            ["action-activate", "action-final-report", "action-list", "action-cancel"],
            page.FindAll("[data-testid=case-actions] button").Select(b => b.GetAttribute("data-testid"))));
    }

    [Fact]
    public async Task AConcludedTaskforce_OffersOnlyListingAndPublishingItsReport()
    {
        var id = await _world.ActiveTaskforceAsync();
        var services = _world.ServicesFor(CaseWorld.Secretariat);
        var reported = await services.Taskforces.RecordFinalReportAsync(id, "Done.", await _world.VersionAsync<Taskforce>(id));
        await services.Taskforces.ConcludeAsync(id, new DateOnly(2026, 11, 20), null, reported.Version);
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();

        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Concluded", Status(page)));
        // No more transitions: only listing it publicly and publishing its report to the member state remain.
        Assert.Equal(["action-list", "action-publish-report"], page.FindAll("[data-testid=case-actions] button").Select(b => b.GetAttribute("data-testid")));
        Assert.Empty(page.FindAll("[data-testid=edit-open]"));
    }

    [Fact]
    public async Task AMemberStateContact_SeesTheCase_ButNoActions_NotesOrEditing()
    {
        var id = await _world.ActiveTaskforceAsync();
        await _world.ServicesFor(CaseWorld.Secretariat).Taskforces.SetInternalNotesAsync(id, "Budget still open.", await _world.VersionAsync<Taskforce>(id));
        await using var ctx = CasePageContext.Create(_world, _world.BasqueContact);
        ctx.RenderProviders();

        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Active", Status(page)));
        Assert.Empty(page.FindAll("[data-testid=case-actions] button"));
        Assert.Empty(page.FindAll("[data-testid=internal-notes-editor]"));
        Assert.Empty(page.FindAll("[data-testid=edit-open]"));
        Assert.DoesNotContain("Budget still open.", page.Markup);
        Assert.Contains("Basque Country, Spain", page.Find("[data-testid=case-facts]").TextContent);
    }

    [Fact]
    public async Task WhenSomeoneElseSavedFirst_TheConflictNoticeShowsWhatChanged_AndReapplyKeepsBoth()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=edit-open]").Click();
        page.Find("[data-testid=edit-title]").Input("InnoBasque STEAM strategy");

        // Meanwhile Anna, in another session, changes the public summary and saves first.
        var anna = _world.ServicesFor(CaseWorld.OtherSecretariat).Taskforces;
        var annasCopy = await anna.GetAsync(id);
        var annasEdit = TaskforceDetailsForm.From(annasCopy.Details);
        annasEdit.Summary = "Anna's summary of the Basque strategy.";
        await anna.EditAsync(id, annasEdit, annasCopy.Version);

        page.Find("[data-testid=edit-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Someone else saved this taskforce first", page.Find("[data-testid=conflict-notice]").TextContent));
        var rows = page.FindAll("[data-testid=conflict-row]").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r);
        Assert.Equal("Anna's summary of the Basque strategy.", rows["Public summary"].QuerySelector("[data-testid=conflict-theirs]")!.TextContent);
        Assert.Equal("(not changed by you)", rows["Public summary"].QuerySelector("[data-testid=conflict-yours]")!.TextContent);
        Assert.Equal("InnoBasque STEAM strategy", rows["Title"].QuerySelector("[data-testid=conflict-yours]")!.TextContent);
        Assert.Equal("InnoBasque", (await _world.ReadAsync<Taskforce>(id)).Title);

        page.Find("[data-testid=conflict-reapply]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=conflict-notice]")));
        var saved = await _world.ReadAsync<Taskforce>(id);
        Assert.Equal(("InnoBasque STEAM strategy", "Anna's summary of the Basque strategy."), (saved.Title, saved.Summary));
        Assert.Equal("InnoBasque STEAM strategy", page.Find("[data-testid=case-title]").TextContent);
    }

    [Fact]
    public async Task ReloadTheirs_DropsTheUsersEdit_AndShowsTheSavedRecord()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=edit-open]").Click();
        page.Find("[data-testid=edit-title]").Input("My title");
        var anna = _world.ServicesFor(CaseWorld.OtherSecretariat).Taskforces;
        var annasCopy = await anna.GetAsync(id);
        var annasEdit = TaskforceDetailsForm.From(annasCopy.Details);
        annasEdit.Title = "Anna's title";
        await anna.EditAsync(id, annasEdit, annasCopy.Version);

        page.Find("[data-testid=edit-save]").Click();
        page.WaitForElement("[data-testid=conflict-reload]").Click();

        page.WaitForAssertion(() => Assert.Equal("Anna's title", page.Find("[data-testid=case-title]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=edit-form]"));
        Assert.Equal("Anna's title", (await _world.ReadAsync<Taskforce>(id)).Title);
    }

    [Fact]
    public async Task ConveningARoundtable_GoesToTheNewRoundtable()
    {
        var id = await _world.ActiveTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=action-convene]").Click();

        providers.WaitForElement("[data-testid=convene-title]").Input("Teachers for technology");
        providers.Find("[data-testid=dialog-confirm]").Click();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        var taskforce = await _world.ServicesFor(CaseWorld.Secretariat).Taskforces.GetAsync(id);
        page.WaitForAssertion(() => Assert.EndsWith(Assert.Single(taskforce.Roundtables).Href, navigation.Uri));
    }

    [Fact]
    public async Task DroppingADeliverable_AsksForAReason_AndShowsTheNewStatus()
    {
        var id = await _world.ActiveTaskforceAsync();
        await _world.ServicesFor(CaseWorld.Secretariat).Taskforces.AddDeliverableAsync(id, new DeliverableForm { Title = "Strategy draft" },
            await _world.VersionAsync<Taskforce>(id));
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");
        page.OpenTab("Deliverables");

        page.WaitForElement("[aria-label='Drop: Strategy draft']").Click();
        providers.WaitForElement("[data-testid=dialog-confirm]").Click();
        providers.WaitForAssertion(() => Assert.Contains("Give a reason.", providers.Markup));
        providers.Find("[data-testid=reason-input]").Input("Merged into the platform design");
        providers.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Dropped: Merged into the platform design", page.Find("[data-testid=deliverable-status]").TextContent));
    }

    [Fact]
    public async Task History_ReadsInWords_NewestFirst()
    {
        var id = await _world.ActiveTaskforceAsync();
        await using var ctx = CasePageContext.Create(_world, CaseWorld.Secretariat);
        ctx.RenderProviders();
        var page = ctx.Render<TaskforcePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=status]");

        page.OpenTab("History");

        page.WaitForAssertion(() => Assert.Equal(
            "Scenario setup moved the taskforce from Proposed to Active on 15 October 2026, 09:00 UTC",
            page.Find("[data-testid=history] li p").TextContent));
    }

    private static string Status(IRenderedComponent<TaskforcePage> page) => page.Find("[data-testid=status]").TextContent.Trim();
}
