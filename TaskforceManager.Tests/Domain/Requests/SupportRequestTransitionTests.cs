using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Requests.SupportRequestAction;
using static TaskforceManager.Domain.Requests.SupportRequestStatus;

namespace TaskforceManager.Tests.Domain.Requests;

/// <summary>Every (status, action) pair of a support request: the legal ones move and are recorded, all others are refused and change nothing.</summary>
public class SupportRequestTransitionTests
{
    // The spec: Submitted → InReview → Accepted | Declined, and Submitted/InReview → Withdrawn.
    private static readonly (SupportRequestStatus From, SupportRequestAction Action, SupportRequestStatus To)[] Legal =
    [
        (Submitted, Acknowledge, InReview),
        (InReview, Accept, Accepted),
        (InReview, Decline, Declined),
        (Submitted, Withdraw, Withdrawn),
        (InReview, Withdraw, Withdrawn),
    ];

    private static readonly Dictionary<SupportRequestStatus, string> StatusWords = new()
    {
        [Submitted] = "submitted",
        [InReview] = "in review",
        [Accepted] = "accepted",
        [Declined] = "declined",
        [Withdrawn] = "withdrawn",
    };

    public static TheoryData<SupportRequestStatus> Statuses => new(Enum.GetValues<SupportRequestStatus>());

    public static TheoryData<SupportRequestStatus, SupportRequestAction, SupportRequestStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<SupportRequestStatus, SupportRequestAction, SupportRequestStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<SupportRequestStatus, SupportRequestAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<SupportRequestStatus, SupportRequestAction>();
            foreach (var status in Enum.GetValues<SupportRequestStatus>())
            {
                foreach (var action in Enum.GetValues<SupportRequestAction>().Where(a => !Legal.Any(l => l.From == status && l.Action == a)))
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AreExactlyTheLegalActions(SupportRequestStatus status)
    {
        var request = new SupportRequestBuilder().InStatus(status).Build();

        var expected = Legal.Where(l => l.From == status).Select(l => l.Action).Order();
        Assert.Equal(expected, request.PermittedActions.Order());
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(SupportRequestStatus status)
    {
        foreach (var action in Enum.GetValues<SupportRequestAction>())
        {
            var request = new SupportRequestBuilder().InStatus(status).Build();
            var permitted = request.PermittedActions.Contains(action);
            Assert.Equal(permitted, request.Can(action));

            var refusal = Record.Exception(() => Perform(request, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {status}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {status} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(SupportRequestStatus from, SupportRequestAction action, SupportRequestStatus to)
    {
        var request = new SupportRequestBuilder().InStatus(from).Build();
        var historyBefore = request.History.Count;

        Perform(request, action);

        Assert.Equal(to, request.Status);
        Assert.Equal(historyBefore + 1, request.History.Count);
        Recorded.Last(request.History, ActorOf(action), TestData.Now, from.ToString(), to.ToString(), ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(SupportRequestStatus from, SupportRequestAction action)
    {
        var request = new SupportRequestBuilder().InStatus(from).Build();

        Assert.DoesNotContain(action, request.PermittedActions);
        Assert.False(request.Can(action));
        var refusal = Refused.By(request, () => Perform(request, action));

        Assert.StartsWith($"This request is {StatusWords[from]}, so it cannot be", refusal.Message);
    }

    [Fact]
    public void Accept_WhileSubmitted_SaysWhichStateItNeeds()
    {
        var request = new SupportRequestBuilder().InStatus(Submitted).Build();

        var refusal = Refused.By(request, () => request.Accept(CaseKind.Taskforce, TestData.Secretariat, TestData.Now));

        Assert.Equal("This request is submitted, so it cannot be accepted. Only a request that is in review can be accepted.", refusal.Message);
    }

    [Fact]
    public void Withdraw_AfterDecline_SaysBothOpenStates()
    {
        var request = new SupportRequestBuilder().InStatus(Declined).Build();

        var refusal = Refused.By(request, () => request.Withdraw(null, TestData.Contact, TestData.Now));

        Assert.Contains("is declined", refusal.Message);
        Assert.Contains("submitted or in review", refusal.Message);
    }

    private static Actor ActorOf(SupportRequestAction action) => action == Withdraw ? TestData.Contact : TestData.Secretariat;

    private static string? ReasonOf(SupportRequestAction action) => action switch
    {
        Decline => "Outside the coalition's remit.",
        Withdraw => "No longer needed.",
        _ => null,
    };

    private static void Perform(SupportRequest request, SupportRequestAction action)
    {
        switch (action)
        {
            case Acknowledge:
                request.Acknowledge(ActorOf(action), TestData.Now);
                break;
            case Accept:
                request.Accept(CaseKind.Taskforce, ActorOf(action), TestData.Now);
                break;
            case Decline:
                request.Decline(ReasonOf(action)!, ActorOf(action), TestData.Now);
                break;
            case Withdraw:
                request.Withdraw(ReasonOf(action), ActorOf(action), TestData.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
