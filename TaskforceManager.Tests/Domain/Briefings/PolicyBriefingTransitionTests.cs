using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Briefings.PolicyBriefingAction;
using static TaskforceManager.Domain.Briefings.PolicyBriefingStatus;

namespace TaskforceManager.Tests.Domain.Briefings;

/// <summary>Every (status, action) pair of a policy briefing that holds recommendations.</summary>
public class PolicyBriefingTransitionTests
{
    // The spec: Draft → InReview → Delivered, or Cancelled (reason); a delivered briefing can be escalated.
    private static readonly (PolicyBriefingStatus From, PolicyBriefingAction Action, PolicyBriefingStatus To)[] Legal =
    [
        (Draft, Edit, Draft),
        (InReview, Edit, InReview),
        (Draft, SubmitForReview, InReview),
        (InReview, ReturnToDraft, Draft),
        (InReview, Deliver, Delivered),
        (Draft, Cancel, Cancelled),
        (InReview, Cancel, Cancelled),
        (Delivered, EscalateToTaskforce, Delivered),
        (Delivered, PublishReport, Delivered),
    ];

    // Unpublishing is legal in these states only once the report is published; a fresh record is refused for that reason.
    private static readonly (PolicyBriefingStatus From, PolicyBriefingAction Action)[] RefusedUntilPublished =
    [
        (Delivered, UnpublishReport),
    ];

    private static readonly Dictionary<PolicyBriefingStatus, string> StatusWords = new()
    {
        [Draft] = "draft",
        [InReview] = "in review",
        [Delivered] = "delivered",
        [Cancelled] = "cancelled",
    };

    public static TheoryData<PolicyBriefingStatus> Statuses => new(Enum.GetValues<PolicyBriefingStatus>());

    public static TheoryData<PolicyBriefingStatus, PolicyBriefingAction, PolicyBriefingStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<PolicyBriefingStatus, PolicyBriefingAction, PolicyBriefingStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<PolicyBriefingStatus, PolicyBriefingAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<PolicyBriefingStatus, PolicyBriefingAction>();
            foreach (var status in Enum.GetValues<PolicyBriefingStatus>())
            {
                foreach (var action in Enum.GetValues<PolicyBriefingAction>().Where(a => !Legal.Any(l => l.From == status && l.Action == a) && !RefusedUntilPublished.Contains((status, a))))
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AreExactlyTheLegalActions(PolicyBriefingStatus status)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(status).Build();

        Assert.Equal(Legal.Where(l => l.From == status).Select(l => l.Action).Order(), briefing.PermittedActions.Order());
    }

    [Fact]
    public void PermittedActions_OnceEscalated_OnlyPublishingTheReportRemains()
    {
        var briefing = new PolicyBriefingBuilder().Escalated().Build();

        Assert.Equal([PublishReport], briefing.PermittedActions);
        Assert.False(briefing.Can(EscalateToTaskforce));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(PolicyBriefingStatus status)
    {
        foreach (var action in Enum.GetValues<PolicyBriefingAction>())
        {
            var briefing = new PolicyBriefingBuilder().InStatus(status).Build();
            var permitted = briefing.PermittedActions.Contains(action);
            Assert.Equal(permitted, briefing.Can(action));

            var refusal = Record.Exception(() => Perform(briefing, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {status}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {status} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(PolicyBriefingStatus from, PolicyBriefingAction action, PolicyBriefingStatus to)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(from).Build();
        var historyBefore = briefing.History.Count;

        Perform(briefing, action);

        Assert.Equal(to, briefing.Status);
        Assert.Equal(historyBefore + 1, briefing.History.Count);
        var moves = from != to;
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, moves ? from.ToString() : null, moves ? to.ToString() : null, ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(PolicyBriefingStatus from, PolicyBriefingAction action)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(from).Build();

        Assert.DoesNotContain(action, briefing.PermittedActions);
        Assert.False(briefing.Can(action));
        var refusal = Refused.By(briefing, () => Perform(briefing, action));

        Assert.StartsWith($"This briefing is {StatusWords[from]}, so it cannot be", refusal.Message);
    }

    [Fact]
    public void EscalateToTaskforce_FromDraft_SaysOnlyDeliveredBriefingsCan()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(Draft).Build();

        var refusal = Refused.By(briefing, () => briefing.EscalateToTaskforce(null, null, TestData.Secretariat, TestData.Now));

        Assert.Equal("This briefing is draft, so it cannot be escalated to a taskforce. Only a briefing that is delivered can be escalated to a taskforce.", refusal.Message);
    }

    private static string? ReasonOf(PolicyBriefingAction action) => action switch
    {
        ReturnToDraft => "Add the figures on enrolment.",
        Cancel => "The ministry changed its priorities.",
        _ => null,
    };

    private static void Perform(PolicyBriefing briefing, PolicyBriefingAction action)
    {
        var by = TestData.Secretariat;
        var now = TestData.Now;
        switch (action)
        {
            case Edit:
                briefing.Edit("Girls in Basque VET", ["girls-in-stem"], PolicyBriefingBuilder.Challenge, null, PolicyBriefingBuilder.Recommendations, null, by, now);
                break;
            case SubmitForReview:
                briefing.SubmitForReview(by, now);
                break;
            case ReturnToDraft:
                briefing.ReturnToDraft(ReasonOf(action)!, by, now);
                break;
            case Deliver:
                briefing.Deliver(by, now);
                break;
            case Cancel:
                briefing.Cancel(ReasonOf(action)!, by, now);
                break;
            case EscalateToTaskforce:
                briefing.EscalateToTaskforce(null, null, by, now);
                break;
            case PublishReport:
                briefing.PublishReport(by, now);
                break;
            case UnpublishReport:
                briefing.UnpublishReport("Published too early.", by, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    [Fact]
    public void PublishThenUnpublish_RecordsBoth_AndUnpublishingNeedsTheReportPublished()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(Delivered).Build();
        var unpublished = Refused.By(briefing, () => briefing.UnpublishReport("Too early.", TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is not published.", unpublished.Message);

        briefing.PublishReport(TestData.Secretariat, TestData.Now);
        Assert.True(briefing.IsReportPublished);
        Assert.Contains(UnpublishReport, briefing.PermittedActions);
        Assert.DoesNotContain(PublishReport, briefing.PermittedActions);
        var twice = Refused.By(briefing, () => briefing.PublishReport(TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is already published.", twice.Message);

        briefing.UnpublishReport("Figures to be corrected.", TestData.Secretariat, TestData.Now);
        Assert.False(briefing.IsReportPublished);
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, null, null, "Figures to be corrected.");
    }
}
