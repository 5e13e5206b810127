using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Cases.Components;
using TaskforceManager.App.Features.Meetings.Pages;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MeetingParticipantsPageTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _taskforceId;
    private int _meetingId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _taskforceId = await _world.ActiveTaskforceAsync();
        _meetingId = await _world.PastMeetingAsync(_taskforceId);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Secretariat_ReturnsASubmittedLog_WithAReason_ThatTheLeadExpertThenReads()
    {
        var lead = _world.MeetingsFor(_world.LeadExpert());
        await lead.SaveDraftAsync(_meetingId, LogPart.Minutes, "We agreed the outline.", 0);
        await lead.SubmitLogAsync(_meetingId);
        await using var ctx = _world.PageContext(CaseWorld.Secretariat);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));

        page.WaitForElement("[data-testid=return-log]").Click();
        providers.WaitForElement("[data-testid=dialog-confirm]").Click();
        providers.WaitForAssertion(() => Assert.Contains("Give a reason.", providers.Markup));
        providers.Find("[data-testid=reason-input]").Input("Add the decision on the platform design.");
        providers.Find("[data-testid=dialog-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("Log: draft", page.Find("[data-testid=outcome-status]").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.FindAll("[data-testid=return-log]"));

        await using var leadCtx = _world.PageContext(_world.LeadExpert());
        leadCtx.RenderProviders();
        var leadPage = leadCtx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));
        leadPage.WaitForAssertion(() => Assert.Contains("Add the decision on the platform design.", leadPage.Find("[data-testid=return-reason]").TextContent));
        Assert.Empty(leadPage.FindAll("[data-testid=return-log]"));
    }

    [Fact]
    public async Task Scheduling_AStakeholderRowWithoutAnOrganisation_ShowsTheMessageOnTheField_AndSavesNothing()
    {
        await using var ctx = _world.PageContext(CaseWorld.Secretariat);
        ctx.RenderProviders();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/meetings/new?taskforce={_taskforceId}");
        var page = ctx.Render<ScheduleMeetingPage>();
        page.WaitForElement("[data-testid=schedule-form] input").Change("Roundtable preparation");
        page.Find("[data-testid=stakeholder-add]").Click();
        page.WaitForElement("[data-testid=stakeholder-row]");

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Schedule").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Give the stakeholder organisation, or remove the row.", page.Find("[data-testid=stakeholders]").TextContent));
        await using var db = _world.Database.CreateContext();
        Assert.Single(db.Meetings);
    }

    [Fact]
    public async Task Expert_RecordsAStakeholdersAttendance_AndSeesItWithTheType()
    {
        await using var ctx = _world.PageContext(_world.LeadExpert());
        ctx.RenderProviders();
        var page = ctx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));
        var organisation = page.WaitForElement("input[data-testid=stakeholder-attendance-organisation]");

        organisation.Input("Confebask");
        organisation.Blur();
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=stakeholder-attendance-record]").HasAttribute("disabled")));
        page.Find("[data-testid=stakeholder-attendance-record]").Click();

        page.WaitForAssertion(() => Assert.Contains("Confebask (education institution): present", page.Find("[data-testid=stakeholder-participants]").TextContent));
        var stored = await _world.ReadAsync<Meeting>(_meetingId);
        Assert.Equal(StakeholderType.EducationInstitution, Assert.Single(stored.Stakeholders).StakeholderType);
    }

    [Fact]
    public async Task MeetingsTab_SaysInWordsWhichActionItemIsOverdue()
    {
        await using var ctx = _world.PageContext(CaseWorld.Secretariat);
        var tab = ctx.Render<MeetingsTab>(p => p
            .Add(x => x.Meetings, [])
            .Add(x => x.ActionItems,
            [
                new CaseActionItem(Guid.NewGuid(), "Call Confebask", "Secretariat", new DateOnly(2026, 11, 2), ActionItemStatus.Open, null, true, _meetingId, "Working session"),
                new CaseActionItem(Guid.NewGuid(), "Book the room", "InnoBasque", new DateOnly(2026, 11, 1), ActionItemStatus.Dropped, "Not needed", false, _meetingId, "Working session"),
            ]));

        var rows = tab.FindAll("[data-testid=case-action-item]");
        Assert.Equal(["true", "false"], rows.Select(r => r.GetAttribute("data-overdue")));
        Assert.Contains("Overdue", rows[0].TextContent);
        Assert.DoesNotContain("Overdue", rows[1].TextContent);
        Assert.Contains("Dropped (Not needed)", rows[1].TextContent);
        Assert.Equal("1 open, 1 overdue, 1 resolved.", tab.Find("[data-testid=action-item-summary]").TextContent.Trim());
        Assert.Equal($"/meetings/{_meetingId}", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }
}
