using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Meetings.ActionItemStatus;

namespace TaskforceManager.Tests.Domain.Meetings;

/// <summary>Action items: Open → Done | Dropped (reason) | CarriedOver (reason); once resolved they stay resolved.</summary>
public class ActionItemTests
{
    private const string Text = "Send the draft strategy to the ministry";

    private static (Meeting Meeting, ActionItem Item) OpenItem(OutcomeStatus outcome = OutcomeStatus.Draft)
    {
        var meeting = new MeetingBuilder().WithOutcome(outcome).WithOpenActionItem(Text).Build();
        return (meeting, Assert.Single(meeting.ActionItems));
    }

    private static void Resolve(Meeting meeting, Guid itemId, ActionItemStatus to, string? reason)
    {
        switch (to)
        {
            case Done:
                meeting.CompleteActionItem(itemId, TestData.ExpertUser, TestData.Now);
                break;
            case Dropped:
                meeting.DropActionItem(itemId, reason!, TestData.ExpertUser, TestData.Now);
                break;
            case CarriedOver:
                meeting.CarryOverActionItem(itemId, reason!, TestData.ExpertUser, TestData.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to), to, null);
        }
    }

    [Fact]
    public void AddActionItem_StartsOpen_WithOwnerAndDueDate()
    {
        var meeting = new MeetingBuilder().Build();

        var item = meeting.AddActionItem(Text, ActionItemOwner.Host("InnoBasque"), new DateOnly(2025, 4, 1), TestData.ExpertUser, TestData.Now);

        Assert.Equal(Open, item.Status);
        Assert.Equal(ActionItemOwnerKind.HostOrganisation, item.OwnerKind);
        Assert.Equal("InnoBasque", item.OwnerName);
        Assert.Equal(new DateOnly(2025, 4, 1), item.DueOn);
        Assert.Null(item.ResolvedAt);
    }

    [Fact]
    public void AddActionItem_OwnedByAnExpert_NeedsTheExpert()
    {
        var meeting = new MeetingBuilder().Build();
        var nobody = new ActionItemOwner(ActionItemOwnerKind.Expert, null, "Someone");

        var refusal = Refused.By(meeting, () => meeting.AddActionItem(Text, nobody, null, TestData.ExpertUser, TestData.Now));

        Assert.Equal("An action item owned by an expert must name the expert.", refusal.Message);
    }

    [Fact]
    public void AddActionItem_OwnedByTheSecretariatButNamingAnExpert_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        var confused = new ActionItemOwner(ActionItemOwnerKind.Secretariat, 11, "Secretariat");

        Refused.By(meeting, () => meeting.AddActionItem(Text, confused, null, TestData.ExpertUser, TestData.Now));
    }

    [Fact]
    public void Complete_MarksItDone_AndIsRecorded()
    {
        var (meeting, item) = OpenItem();

        meeting.CompleteActionItem(item.Id, TestData.ExpertUser, TestData.Now);

        Assert.Equal(Done, item.Status);
        Assert.Equal(TestData.Now, item.ResolvedAt);
        Assert.Null(item.ResolutionReason);
        var entry = Recorded.Last(meeting.History, TestData.ExpertUser, TestData.Now, "Open", "Done");
        Assert.Equal("Action item done", entry.Action);
    }

    [Theory]
    [InlineData(Dropped, "Action item dropped")]
    [InlineData(CarriedOver, "Action item carried over")]
    public void DropOrCarryOver_WithReason_KeepsTheReason(ActionItemStatus to, string action)
    {
        var (meeting, item) = OpenItem();

        Resolve(meeting, item.Id, to, "Handed to the successor taskforce.");

        Assert.Equal(to, item.Status);
        Assert.Equal("Handed to the successor taskforce.", item.ResolutionReason);
        var entry = Recorded.Last(meeting.History, TestData.ExpertUser, TestData.Now, "Open", to.ToString(), "Handed to the successor taskforce.");
        Assert.Equal(action, entry.Action);
    }

    [Theory]
    [InlineData(Dropped, null, "A reason for dropping an action item is required.")]
    [InlineData(Dropped, " ", "A reason for dropping an action item is required.")]
    [InlineData(CarriedOver, null, "A reason for carrying an action item over is required.")]
    [InlineData(CarriedOver, "", "A reason for carrying an action item over is required.")]
    public void DropOrCarryOver_WithoutReason_IsRefused(ActionItemStatus to, string? reason, string message)
    {
        var (meeting, item) = OpenItem();

        var refusal = Refused.By(meeting, () => Resolve(meeting, item.Id, to, reason));

        Assert.Equal(message, refusal.Message);
        Assert.Equal(Open, item.Status);
    }

    [Theory]
    [InlineData(Done, Done, "done")]
    [InlineData(Done, Dropped, "done")]
    [InlineData(Done, CarriedOver, "done")]
    [InlineData(Dropped, Done, "dropped")]
    [InlineData(Dropped, Dropped, "dropped")]
    [InlineData(Dropped, CarriedOver, "dropped")]
    [InlineData(CarriedOver, Done, "carried over")]
    [InlineData(CarriedOver, Dropped, "carried over")]
    [InlineData(CarriedOver, CarriedOver, "carried over")]
    public void Resolving_Twice_IsRefused(ActionItemStatus first, ActionItemStatus second, string firstInWords)
    {
        var (meeting, item) = OpenItem();
        Resolve(meeting, item.Id, first, "First reason.");

        var refusal = Refused.By(meeting, () => Resolve(meeting, item.Id, second, "Second reason."));

        Assert.Equal($"The action item \"{Text}\" is already {firstInWords}.", refusal.Message);
        Assert.Equal(first, item.Status);
    }

    [Fact]
    public void Resolving_AnItemOfAnotherMeeting_IsRefused()
    {
        var (meeting, _) = OpenItem();

        var refusal = Refused.By(meeting, () => meeting.CompleteActionItem(Guid.NewGuid(), TestData.ExpertUser, TestData.Now));

        Assert.Equal("That action item is not part of this meeting.", refusal.Message);
    }

    [Theory]
    [InlineData(OutcomeStatus.Submitted)]
    [InlineData(OutcomeStatus.Published)]
    public void Resolving_AfterTheLogWasSubmittedOrPublished_IsAllowed(OutcomeStatus outcome)
    {
        var (meeting, item) = OpenItem(outcome);

        meeting.CompleteActionItem(item.Id, TestData.ExpertUser, TestData.Now);

        Assert.Equal(Done, item.Status);
        Assert.Equal(outcome, meeting.OutcomeStatus);
    }

    [Fact]
    public void IsOverdue_OnlyWhileOpenAndPastItsDueDate()
    {
        var (meeting, item) = OpenItem();
        var due = item.DueOn!.Value;

        Assert.False(item.IsOverdue(due));
        Assert.True(item.IsOverdue(due.AddDays(1)));

        meeting.CompleteActionItem(item.Id, TestData.ExpertUser, TestData.Now);

        Assert.False(item.IsOverdue(due.AddDays(1)));
    }
}
