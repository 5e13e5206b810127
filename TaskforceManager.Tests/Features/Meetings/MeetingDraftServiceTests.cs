using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MeetingDraftServiceTests : IAsyncLifetime
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
    public async Task SavedDraft_ReadBackThroughANewContext_IsByteForByteEqual()
    {
        const string minutes = "# Regions\n\nBaden-Württemberg, Łódź and Île-de-France shared their plans 🚀.\r\n\n- Ação 1\t— “quoted”\n";
        var saved = await _world.MeetingsFor(_world.LeadExpert()).SaveDraftAsync(_meetingId, LogPart.Minutes, minutes, basedOnRevision: 0);

        await using var db = _world.Database.CreateContext();
        var stored = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == _meetingId);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(minutes), System.Text.Encoding.UTF8.GetBytes(stored.Minutes!));
        Assert.Equal(1, saved.Revision);
        Assert.Equal(OutcomeStatus.Draft, stored.OutcomeStatus);

        var reopened = await _world.MeetingsFor(_world.LeadExpert()).GetAsync(_meetingId);
        Assert.Equal(minutes, reopened.Outcome!.Minutes);
        Assert.Equal(_world.Now, reopened.Outcome.DraftSavedAt);
    }

    [Fact]
    public async Task TwoAuthors_SavingDifferentParts_KeepBoth_AndAStaleRevisionOfTheSamePart_IsAConflict()
    {
        var lead = _world.MeetingsFor(_world.LeadExpert());
        var secretariat = _world.MeetingsFor(CaseWorld.Secretariat);

        await lead.SaveDraftAsync(_meetingId, LogPart.Minutes, "Minutes by the lead", 0);
        await secretariat.SaveDraftAsync(_meetingId, LogPart.Summary, "Summary by the secretariat", 0);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            secretariat.SaveDraftAsync(_meetingId, LogPart.Minutes, "Minutes by the secretariat", 0));

        Assert.Contains("minutes", conflict.Message);
        var meeting = await lead.GetAsync(_meetingId);
        Assert.Equal("Minutes by the lead", meeting.Outcome!.Minutes);
        Assert.Equal("Summary by the secretariat", meeting.Outcome.Summary);
    }

    [Fact]
    public async Task ActionItem_WithoutOwnerOrDueDate_IsRefusedOnItsFields()
    {
        var lead = _world.MeetingsFor(_world.LeadExpert());

        var refused = await Assert.ThrowsAsync<FieldValidationException>(() =>
            lead.AddActionItemAsync(_meetingId, new ActionItemForm { Text = "Send the strategy" }));

        Assert.Contains("Choose who owns this action item.", refused.For(nameof(ActionItemForm.OwnerKey)));
        Assert.Contains("Give the date this is due.", refused.For(nameof(ActionItemForm.DueOn)));
        Assert.Empty((await lead.GetAsync(_meetingId)).Outcome!.ActionItems);
    }

    [Fact]
    public async Task SubmittedLog_PublishedBySecretariat_IsSeenByTheContact_AndAnActionItemCanBeDropped()
    {
        var lead = _world.MeetingsFor(_world.LeadExpert());
        await lead.SaveDraftAsync(_meetingId, LogPart.Minutes, "Agreed on a **pilot** in Bilbao.", 0);
        var withItem = await lead.AddActionItemAsync(_meetingId, new ActionItemForm
        {
            Text = "Draft the pilot plan",
            OwnerKey = ActionItemForm.ExpertPrefix + _world.LeadExpertId,
            DueOn = new DateTime(2026, 12, 15),
        });
        var itemId = withItem.Outcome!.ActionItems.Single().Id;
        Assert.Equal(ActionItemOwnerKind.Expert, withItem.Outcome.ActionItems.Single().OwnerKind);
        Assert.Null((await _world.MeetingsFor(_world.BasqueContact).GetAsync(_meetingId)).Outcome);

        await lead.SubmitLogAsync(_meetingId);
        var secretariat = _world.MeetingsFor(CaseWorld.Secretariat);
        await secretariat.PublishAsync(_meetingId, (await secretariat.GetAsync(_meetingId)).Version);
        var dropped = await lead.DropActionItemAsync(_meetingId, itemId, "The ministry runs the pilot itself.");

        var seen = await _world.MeetingsFor(_world.BasqueContact).GetAsync(_meetingId);
        Assert.Equal("Agreed on a **pilot** in Bilbao.", seen.Outcome!.Minutes);
        Assert.Equal(ActionItemStatus.Dropped, dropped.Outcome!.ActionItems.Single().Status);
        await Assert.ThrowsAsync<DomainException>(() => lead.CompleteActionItemAsync(_meetingId, itemId));
    }
}
