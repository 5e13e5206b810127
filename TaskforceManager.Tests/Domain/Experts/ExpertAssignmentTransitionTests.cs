using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Experts.AssignmentAction;
using static TaskforceManager.Domain.Experts.AssignmentStatus;

namespace TaskforceManager.Tests.Domain.Experts;

/// <summary>Every (status, action) pair of an expert assignment: Invited → Accepted | Declined, Accepted → Released.</summary>
public class ExpertAssignmentTransitionTests
{
    private static readonly (AssignmentStatus From, AssignmentAction Action, AssignmentStatus To)[] Legal =
    [
        (Invited, Accept, Accepted),
        (Invited, Decline, Declined),
        (Accepted, Release, Released),
    ];

    private static readonly Dictionary<AssignmentStatus, string> StatusWords = new()
    {
        [Invited] = "invited",
        [Accepted] = "accepted",
        [Declined] = "declined",
        [Released] = "released",
    };

    public static TheoryData<AssignmentStatus> Statuses => new(Enum.GetValues<AssignmentStatus>());

    public static TheoryData<AssignmentStatus, AssignmentAction, AssignmentStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<AssignmentStatus, AssignmentAction, AssignmentStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<AssignmentStatus, AssignmentAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<AssignmentStatus, AssignmentAction>();
            foreach (var status in Enum.GetValues<AssignmentStatus>())
            {
                foreach (var action in Enum.GetValues<AssignmentAction>().Where(a => !Legal.Any(l => l.From == status && l.Action == a)))
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    private static ExpertAssignment AssignmentIn(AssignmentStatus status) => new ExpertAssignmentBuilder().InStatus(status).Build();

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AreExactlyTheLegalActions(AssignmentStatus status)
    {
        var assignment = AssignmentIn(status);

        Assert.Equal(Legal.Where(l => l.From == status).Select(l => l.Action).Order(), assignment.PermittedActions.Order());
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(AssignmentStatus status)
    {
        foreach (var action in Enum.GetValues<AssignmentAction>())
        {
            var assignment = AssignmentIn(status);
            var permitted = assignment.PermittedActions.Contains(action);
            Assert.Equal(permitted, assignment.Can(action));

            var refusal = Record.Exception(() => Perform(assignment, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {status}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {status} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(AssignmentStatus from, AssignmentAction action, AssignmentStatus to)
    {
        var assignment = AssignmentIn(from);
        var historyBefore = assignment.History.Count;

        Perform(assignment, action);

        Assert.Equal(to, assignment.Status);
        Assert.Equal(historyBefore + 1, assignment.History.Count);
        Recorded.Last(assignment.History, ActorOf(action), TestData.Now, from.ToString(), to.ToString(), ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(AssignmentStatus from, AssignmentAction action)
    {
        var assignment = AssignmentIn(from);

        Assert.DoesNotContain(action, assignment.PermittedActions);
        Assert.False(assignment.Can(action));
        var refusal = Refused.By(assignment, () => Perform(assignment, action));

        Assert.StartsWith($"This assignment is {StatusWords[from]}, so it cannot be", refusal.Message);
    }

    [Fact]
    public void Accept_StampsTheResponse_AndStaysActive()
    {
        var assignment = AssignmentIn(Invited);

        assignment.Accept(TestData.ExpertUser, TestData.Now);

        Assert.Equal(TestData.Now, assignment.RespondedAt);
        Assert.True(assignment.IsActive);
    }

    [Fact]
    public void Decline_WithoutReason_IsAllowed_AndFreesTheExpert()
    {
        var assignment = AssignmentIn(Invited);

        assignment.Decline(null, TestData.ExpertUser, TestData.Now);

        Assert.Equal(Declined, assignment.Status);
        Assert.Null(assignment.DeclineReason);
        Assert.Equal(TestData.Now, assignment.RespondedAt);
        Assert.False(assignment.IsActive);
    }

    [Fact]
    public void Release_KeepsTheReason_AndFreesTheExpert()
    {
        var assignment = AssignmentIn(Accepted);

        assignment.Release("Moved to the Danish taskforce.", TestData.Secretariat, TestData.Now);

        Assert.Equal("Moved to the Danish taskforce.", assignment.ReleaseReason);
        Assert.Equal(TestData.Now, assignment.ReleasedAt);
        Assert.False(assignment.IsActive);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Release_WithoutReason_IsRefused(string? reason)
    {
        var assignment = AssignmentIn(Accepted);

        var refusal = Refused.By(assignment, () => assignment.Release(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for releasing the expert is required.", refusal.Message);
    }

    [Fact]
    public void Release_WhileInvited_SaysOnlyAcceptedAssignmentsCan()
    {
        var assignment = AssignmentIn(Invited);

        var refusal = Refused.By(assignment, () => assignment.Release("Not needed.", TestData.Secretariat, TestData.Now));

        Assert.Equal("This assignment is invited, so it cannot be released. Only an assignment that is accepted can be released.", refusal.Message);
    }

    private static Actor ActorOf(AssignmentAction action) => action == Release ? TestData.Secretariat : TestData.ExpertUser;

    private static string? ReasonOf(AssignmentAction action) => action switch
    {
        Decline => "No time this spring.",
        Release => "Moved to the Danish taskforce.",
        _ => null,
    };

    private static void Perform(ExpertAssignment assignment, AssignmentAction action)
    {
        switch (action)
        {
            case Accept:
                assignment.Accept(ActorOf(action), TestData.Now);
                break;
            case Decline:
                assignment.Decline(ReasonOf(action), ActorOf(action), TestData.Now);
                break;
            case Release:
                assignment.Release(ReasonOf(action)!, ActorOf(action), TestData.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
