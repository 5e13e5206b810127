using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Taskforces.TaskforceAction;
using static TaskforceManager.Domain.Taskforces.TaskforceStatus;

namespace TaskforceManager.Tests.Domain.Taskforces;

/// <summary>
/// Every (status, action) pair of a taskforce that has a final report and whose lead has accepted, so that only
/// the state decides whether an action is legal.
/// </summary>
public class TaskforceTransitionTests
{
    private static readonly DateOnly ActivatedOn = new(2025, 3, 3);

    // The spec: Proposed → Active ⇄ Suspended → Concluded, or Cancelled; only an active taskforce convenes roundtables;
    // an open taskforce can be edited and can manage its deliverables.
    private static readonly (TaskforceStatus From, TaskforceAction Action, TaskforceStatus To)[] Legal =
    [
        (Proposed, Edit, Proposed),
        (Active, Edit, Active),
        (Suspended, Edit, Suspended),
        (Proposed, ManageDeliverables, Proposed),
        (Active, ManageDeliverables, Active),
        (Suspended, ManageDeliverables, Suspended),
        (Proposed, Activate, Active),
        (Active, Suspend, Suspended),
        (Suspended, Resume, Active),
        (Active, Conclude, Concluded),
        (Suspended, Conclude, Concluded),
        (Proposed, Cancel, Cancelled),
        (Active, Cancel, Cancelled),
        (Suspended, Cancel, Cancelled),
        (Active, ConveneRoundtable, Active),
        (Active, PublishReport, Active),
        (Suspended, PublishReport, Suspended),
        (Concluded, PublishReport, Concluded),
    ];

    // Unpublishing is legal in these states only once the report is published; a fresh record is refused for that reason.
    private static readonly (TaskforceStatus From, TaskforceAction Action)[] RefusedUntilPublished =
    [
        (Active, UnpublishReport),
        (Suspended, UnpublishReport),
        (Concluded, UnpublishReport),
    ];

    private static readonly Dictionary<TaskforceStatus, string> StatusWords = new()
    {
        [Proposed] = "proposed",
        [Active] = "active",
        [Suspended] = "suspended",
        [Concluded] = "concluded",
        [Cancelled] = "cancelled",
    };

    public static TheoryData<TaskforceStatus> Statuses => new(Enum.GetValues<TaskforceStatus>());

    public static TheoryData<TaskforceStatus, TaskforceAction, TaskforceStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<TaskforceStatus, TaskforceAction, TaskforceStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<TaskforceStatus, TaskforceAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<TaskforceStatus, TaskforceAction>();
            foreach (var status in Enum.GetValues<TaskforceStatus>())
            {
                foreach (var action in Enum.GetValues<TaskforceAction>().Where(a => !Legal.Any(l => l.From == status && l.Action == a) && !RefusedUntilPublished.Contains((status, a))))
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    private static Taskforce TaskforceIn(TaskforceStatus status) =>
        new TaskforceBuilder().WithFinalReport().InStatus(status).Build();

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AreExactlyTheLegalActions(TaskforceStatus status)
    {
        var taskforce = TaskforceIn(status);

        Assert.Equal(Legal.Where(l => l.From == status).Select(l => l.Action).Order(), taskforce.PermittedActions.Order());
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(TaskforceStatus status)
    {
        foreach (var action in Enum.GetValues<TaskforceAction>())
        {
            var taskforce = TaskforceIn(status);
            var permitted = taskforce.PermittedActions.Contains(action);
            Assert.Equal(permitted, taskforce.Can(action));

            var refusal = Record.Exception(() => Perform(taskforce, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {status}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {status} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(TaskforceStatus from, TaskforceAction action, TaskforceStatus to)
    {
        var taskforce = TaskforceIn(from);
        var historyBefore = taskforce.History.Count;

        Perform(taskforce, action);

        Assert.Equal(to, taskforce.Status);
        Assert.Equal(historyBefore + 1, taskforce.History.Count);
        var moves = from != to;
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, moves ? from.ToString() : null, moves ? to.ToString() : null, ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(TaskforceStatus from, TaskforceAction action)
    {
        var taskforce = TaskforceIn(from);

        Assert.DoesNotContain(action, taskforce.PermittedActions);
        Assert.False(taskforce.Can(action));
        var refusal = Refused.By(taskforce, () => Perform(taskforce, action));

        Assert.StartsWith($"This taskforce is {StatusWords[from]}, so it cannot be", refusal.Message);
    }

    [Fact]
    public void ConveneRoundtable_WhileSuspended_SaysOnlyActiveTaskforcesCan()
    {
        var taskforce = TaskforceIn(Suspended);

        var refusal = Refused.By(taskforce, () => taskforce.ConveneRoundtable(RoundtableBuilder.Details(), TestData.Secretariat, TestData.Now));

        Assert.Equal("This taskforce is suspended, so it cannot be asked to convene a roundtable. Only a taskforce that is active can be asked to convene a roundtable.", refusal.Message);
    }

    [Fact]
    public void Resume_WhileActive_SaysOnlySuspendedTaskforcesCan()
    {
        var taskforce = TaskforceIn(Active);

        var refusal = Refused.By(taskforce, () => taskforce.Resume(TestData.Secretariat, TestData.Now));

        Assert.Equal("This taskforce is active, so it cannot be resumed. Only a taskforce that is suspended can be resumed.", refusal.Message);
    }

    private static string? ReasonOf(TaskforceAction action) => action switch
    {
        Activate => "Start date 2025-03-03",
        Suspend => "Regional elections.",
        Cancel => "The region withdrew.",
        ConveneRoundtable => RoundtableBuilder.Title,
        ManageDeliverables => "Strategy draft",
        _ => null,
    };

    private static void Perform(Taskforce taskforce, TaskforceAction action)
    {
        var by = TestData.Secretariat;
        var now = TestData.Now;
        switch (action)
        {
            case Edit:
                taskforce.Edit(TaskforceBuilder.Details("Euskadi STEM taskforce"), by, now);
                break;
            case ManageDeliverables:
                taskforce.AddDeliverable(ReasonOf(action)!, new DateOnly(2025, 6, 30), by, now);
                break;
            case Activate:
                taskforce.Activate(ActivatedOn, [ExpertAssignmentBuilder.AcceptedLeadOf(taskforce)], by, now);
                break;
            case Suspend:
                taskforce.Suspend(ReasonOf(action)!, by, now);
                break;
            case Resume:
                taskforce.Resume(by, now);
                break;
            case Conclude:
                taskforce.Conclude(new DateOnly(2025, 3, 10), "Strategy adopted.", [], by, now);
                break;
            case Cancel:
                taskforce.Cancel(ReasonOf(action)!, by, now);
                break;
            case ConveneRoundtable:
                taskforce.ConveneRoundtable(RoundtableBuilder.Details(), by, now);
                break;
            case PublishReport:
                taskforce.PublishReport(by, now);
                break;
            case UnpublishReport:
                taskforce.UnpublishReport("Published too early.", by, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    [Fact]
    public void PublishThenUnpublish_RecordsBoth_AndUnpublishingNeedsTheReportPublished()
    {
        var taskforce = TaskforceIn(Active);
        var unpublished = Refused.By(taskforce, () => taskforce.UnpublishReport("Too early.", TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is not published.", unpublished.Message);

        taskforce.PublishReport(TestData.Secretariat, TestData.Now);
        Assert.True(taskforce.IsReportPublished);
        Assert.Contains(UnpublishReport, taskforce.PermittedActions);
        Assert.DoesNotContain(PublishReport, taskforce.PermittedActions);
        var twice = Refused.By(taskforce, () => taskforce.PublishReport(TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is already published.", twice.Message);

        taskforce.UnpublishReport("Figures to be corrected.", TestData.Secretariat, TestData.Now);
        Assert.False(taskforce.IsReportPublished);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null, "Figures to be corrected.");
    }
}
