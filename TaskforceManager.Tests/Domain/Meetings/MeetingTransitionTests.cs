using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Meetings.MeetingAction;
using static TaskforceManager.Tests.Domain.Meetings.MeetingTransitionTests.MeetingState;

namespace TaskforceManager.Tests.Domain.Meetings;

/// <summary>
/// Every (state, action) pair of a meeting. A meeting's state is its own status, its outcome log's status and
/// whether it has started (logging waits for the start time). Logged meetings here hold one open action item.
/// </summary>
public class MeetingTransitionTests
{
    public enum MeetingState
    {
        NotStarted,
        StartedNotLogged,
        Draft,
        Submitted,
        Published,
        Cancelled,
    }

    private static readonly (MeetingState From, MeetingAction Action, MeetingStatus Status, OutcomeStatus Outcome, string? EntryFrom, string? EntryTo)[] Legal =
    [
        (NotStarted, Reschedule, MeetingStatus.Scheduled, OutcomeStatus.NotLogged, null, null),
        (NotStarted, Cancel, MeetingStatus.Cancelled, OutcomeStatus.NotLogged, "Scheduled", "Cancelled"),
        (StartedNotLogged, Reschedule, MeetingStatus.Scheduled, OutcomeStatus.NotLogged, null, null),
        (StartedNotLogged, Cancel, MeetingStatus.Cancelled, OutcomeStatus.NotLogged, "Scheduled", "Cancelled"),
        (StartedNotLogged, LogOutcome, MeetingStatus.Scheduled, OutcomeStatus.Draft, null, null),
        (Draft, LogOutcome, MeetingStatus.Scheduled, OutcomeStatus.Draft, null, null),
        (Draft, SubmitLog, MeetingStatus.Scheduled, OutcomeStatus.Submitted, "Draft", "Submitted"),
        (Draft, ManageActionItems, MeetingStatus.Scheduled, OutcomeStatus.Draft, "Open", "Done"),
        (Submitted, ReturnLog, MeetingStatus.Scheduled, OutcomeStatus.Draft, "Submitted", "Draft"),
        (Submitted, Publish, MeetingStatus.Scheduled, OutcomeStatus.Published, "Submitted", "Published"),
        (Submitted, ManageActionItems, MeetingStatus.Scheduled, OutcomeStatus.Submitted, "Open", "Done"),
        (Published, Unpublish, MeetingStatus.Scheduled, OutcomeStatus.Submitted, "Published", "Submitted"),
        (Published, ManageActionItems, MeetingStatus.Scheduled, OutcomeStatus.Published, "Open", "Done"),
    ];

    public static TheoryData<MeetingState> States => new(Enum.GetValues<MeetingState>());

    public static TheoryData<MeetingState, MeetingAction, MeetingStatus, OutcomeStatus, string?, string?> LegalTransitions
    {
        get
        {
            var data = new TheoryData<MeetingState, MeetingAction, MeetingStatus, OutcomeStatus, string?, string?>();
            foreach (var (from, action, status, outcome, entryFrom, entryTo) in Legal)
            {
                data.Add(from, action, status, outcome, entryFrom, entryTo);
            }

            return data;
        }
    }

    public static TheoryData<MeetingState, MeetingAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<MeetingState, MeetingAction>();
            foreach (var state in Enum.GetValues<MeetingState>())
            {
                foreach (var action in Enum.GetValues<MeetingAction>()
                             .Where(a => !Legal.Any(l => l.From == state && l.Action == a)))
                {
                    data.Add(state, action);
                }
            }

            return data;
        }
    }

    internal static Meeting MeetingIn(MeetingState state) => state switch
    {
        NotStarted => new MeetingBuilder().StartingAt(TestData.Now.AddDays(1)).Build(),
        StartedNotLogged => new MeetingBuilder().Build(),
        Draft => new MeetingBuilder().WithOutcome(OutcomeStatus.Draft).WithOpenActionItem().Build(),
        Submitted => new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).WithOpenActionItem().Build(),
        Published => new MeetingBuilder().WithOutcome(OutcomeStatus.Published).WithOpenActionItem().Build(),
        Cancelled => new MeetingBuilder().Cancelled().Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void PermittedActions_AreExactlyTheLegalActions(MeetingState state)
    {
        var meeting = MeetingIn(state);

        var expected = Legal.Where(l => l.From == state).Select(l => l.Action)
            .Order();
        Assert.Equal(expected, meeting.PermittedActions(TestData.Now).Order());
    }

    [Theory]
    [MemberData(nameof(States))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(MeetingState state)
    {
        foreach (var action in Enum.GetValues<MeetingAction>())
        {
            var meeting = MeetingIn(state);
            var permitted = meeting.PermittedActions(TestData.Now).Contains(action);
            Assert.Equal(permitted, meeting.Can(action, TestData.Now));

            var refusal = Record.Exception(() => Perform(meeting, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {state}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {state} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(
        MeetingState from, MeetingAction action, MeetingStatus status, OutcomeStatus outcome, string? entryFrom, string? entryTo)
    {
        var meeting = MeetingIn(from);
        var historyBefore = meeting.History.Count;

        Perform(meeting, action);

        Assert.Equal(status, meeting.Status);
        Assert.Equal(outcome, meeting.OutcomeStatus);
        Assert.True(meeting.History.Count > historyBefore);
        Recorded.Last(meeting.History, ActorOf(action), TestData.Now, entryFrom, entryTo, ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(MeetingState from, MeetingAction action)
    {
        var meeting = MeetingIn(from);

        Assert.DoesNotContain(action, meeting.PermittedActions(TestData.Now));
        Assert.False(meeting.Can(action, TestData.Now));
        Refused.By(meeting, () => Perform(meeting, action));
    }

    [Fact]
    public void PermittedActions_OfAMeetingNotYetStarted_OfferLoggingOnceItHasStarted()
    {
        var meeting = MeetingIn(NotStarted);

        Assert.DoesNotContain(LogOutcome, meeting.PermittedActions(TestData.Now));
        Assert.Contains(LogOutcome, meeting.PermittedActions(meeting.StartsAt));
    }

    [Fact]
    public void Publish_WhenNotSubmitted_SaysWhichStateItNeeds()
    {
        var meeting = MeetingIn(Draft);

        var refusal = Refused.By(meeting, () => meeting.Publish(TestData.Secretariat, TestData.Now));

        Assert.Equal("This meeting log is draft, so it cannot be published. Only a meeting log that is submitted can be published.", refusal.Message);
    }

    private static Actor ActorOf(MeetingAction action) =>
        action is LogOutcome or SubmitLog or ManageActionItems ? TestData.ExpertUser : TestData.Secretariat;

    private static string? ReasonOf(MeetingAction action) => action switch
    {
        Cancel => "The host could not receive us.",
        ReturnLog => "Add the decisions.",
        Unpublish => "Published too early.",
        _ => null,
    };

    private static void Perform(Meeting meeting, MeetingAction action)
    {
        var by = ActorOf(action);
        var now = TestData.Now;
        switch (action)
        {
            case Reschedule:
                meeting.Reschedule(MeetingBuilder.Details(meeting.StartsAt.AddDays(7), "Taskforce meeting 3 (moved)"), by, now);
                break;
            case Cancel:
                meeting.Cancel(ReasonOf(action)!, by, now);
                break;
            case LogOutcome:
                meeting.WriteMinutes("We agreed the outline.", "## Minutes", by, now);
                break;
            case SubmitLog:
                meeting.SubmitLog(by, now);
                break;
            case ReturnLog:
                meeting.ReturnLog(ReasonOf(action)!, by, now);
                break;
            case Publish:
                meeting.Publish(by, now);
                break;
            case Unpublish:
                meeting.Unpublish(ReasonOf(action)!, by, now);
                break;
            case ManageActionItems:
                meeting.CompleteActionItem(meeting.ActionItems.FirstOrDefault()?.Id ?? Guid.NewGuid(), by, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
