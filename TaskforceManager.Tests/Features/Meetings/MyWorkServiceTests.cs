using TaskforceManager.App.Features.Meetings;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MyWorkServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task MyOpenActionItems_ComeOverdueFirst_ThenByDueDate_AndTheMeetingWaitsForMyLog()
    {
        var taskforceId = await _world.ActiveTaskforceAsync();
        var meetingId = await _world.PastMeetingAsync(taskforceId);
        var lead = _world.MeetingsFor(_world.LeadExpert());
        var owner = ActionItemForm.ExpertPrefix + _world.LeadExpertId;
        await lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Later", OwnerKey = owner, DueOn = new DateTime(2027, 1, 20) });
        await lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Overdue", OwnerKey = owner, DueOn = new DateTime(2026, 11, 1) });
        await lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Soon", OwnerKey = owner, DueOn = new DateTime(2026, 12, 1) });
        await lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Not mine", OwnerKey = ActionItemForm.SecretariatKey, DueOn = new DateTime(2026, 10, 1) });

        var work = await _world.MyWorkFor(_world.LeadExpert()).LoadAsync();

        Assert.Equal(["Overdue", "Soon", "Later"], work.OpenActionItems.Select(i => i.Text));
        Assert.True(work.OpenActionItems[0].IsOverdue);
        Assert.Equal(meetingId, Assert.Single(work.MeetingsToLog).Id);
        Assert.Equal(OutcomeStatus.Draft, work.MeetingsToLog[0].OutcomeStatus);
    }
}
