using Bunit;
using TaskforceManager.App.Features.Meetings.Pages;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MeetingLogPageTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _meetingId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        var taskforceId = await _world.ActiveTaskforceAsync();
        _meetingId = await _world.PastMeetingAsync(taskforceId);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TypingMinutes_ThenLeavingTheField_SavesTheDraft_AndTheIndicatorSaysWhen()
    {
        await using var ctx = _world.PageContext(_world.LeadExpert());
        ctx.RenderProviders();
        var page = ctx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));
        var minutes = page.WaitForElement("[data-testid=draft-minutes] textarea");

        minutes.Input("Baden-Württemberg and Łódź joined 🚀");
        page.WaitForAssertion(() => Assert.Equal("Not saved yet", page.Find("[data-testid=draft-minutes] [data-testid=saved-indicator]").TextContent.Trim()));
        page.Find("[data-testid=draft-minutes] textarea").Blur();

        // 09:00 UTC is 10:00 in Madrid, where the meeting was held.
        page.WaitForAssertion(() => Assert.Equal("Saved at 10:00", page.Find("[data-testid=draft-minutes] [data-testid=saved-indicator]").TextContent.Trim()),
            TimeSpan.FromSeconds(10));
        var stored = await _world.MeetingsFor(_world.LeadExpert()).GetAsync(_meetingId);
        Assert.Equal("Baden-Württemberg and Łódź joined 🚀", stored.Outcome!.Minutes);

        await using var reopenedCtx = _world.PageContext(_world.LeadExpert());
        var reopened = reopenedCtx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));
        reopened.WaitForAssertion(() =>
            Assert.Equal("Baden-Württemberg and Łódź joined 🚀", reopened.Find("[data-testid=draft-minutes] textarea").GetAttribute("value") ??
                reopened.Find("[data-testid=draft-minutes] textarea").TextContent));
    }

    [Fact]
    public async Task PausingWhileTyping_SavesTheDraftWithoutLeavingTheField()
    {
        await using var ctx = _world.PageContext(_world.LeadExpert());
        ctx.RenderProviders();
        var page = ctx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));

        page.WaitForElement("[data-testid=draft-summary] textarea").Input("Île-de-France joins the pilot");

        page.WaitForAssertion(() => Assert.Equal("Saved at 10:00", page.Find("[data-testid=draft-summary] [data-testid=saved-indicator]").TextContent.Trim()),
            TimeSpan.FromSeconds(15));
        Assert.Equal("Île-de-France joins the pilot", (await _world.MeetingsFor(_world.LeadExpert()).GetAsync(_meetingId)).Outcome!.Summary);
    }

    [Fact]
    public async Task ActionItem_WithoutOwnerOrDueDate_ShowsTheFieldMessages_AndIsNotAdded()
    {
        await using var ctx = _world.PageContext(_world.LeadExpert());
        ctx.RenderProviders();
        var page = ctx.Render<MeetingPage>(p => p.Add(x => x.Id, _meetingId));
        var form = page.WaitForElement("[data-testid=action-item-form]");

        page.Find("[data-testid=action-item-form] input").Change("Send the strategy to the ministry");
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "Add action item").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Choose who owns this action item.", page.Markup);
            Assert.Contains("Give the date this is due.", page.Markup);
        });
        Assert.DoesNotContain("Say what is to be done.", page.Markup);
        Assert.Empty((await _world.MeetingsFor(_world.LeadExpert()).GetAsync(_meetingId)).Outcome!.ActionItems);
    }
}
