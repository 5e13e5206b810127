using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Roundtables.RoundtableAction;
using static TaskforceManager.Domain.Roundtables.RoundtableStatus;

namespace TaskforceManager.Tests.Domain.Roundtables;

/// <summary>Every (status, action) pair of a roundtable; a held roundtable here already has a bottleneck and a recommendation.</summary>
public class RoundtableTransitionTests
{
    // The spec: Planned → Held → Reported, or Cancelled (from Planned).
    private static readonly (RoundtableStatus From, RoundtableAction Action, RoundtableStatus To)[] Legal =
    [
        (Planned, Edit, Planned),
        (Held, Edit, Held),
        (Planned, RecordParticipants, Planned),
        (Held, RecordParticipants, Held),
        (Held, RecordFindings, Held),
        (Planned, RecordHeld, Held),
        (Held, Report, Reported),
        (Planned, Cancel, Cancelled),
        (Reported, PublishReport, Reported),
    ];

    // Unpublishing is legal in these states only once the report is published; a fresh record is refused for that reason.
    private static readonly (RoundtableStatus From, RoundtableAction Action)[] RefusedUntilPublished =
    [
        (Reported, UnpublishReport),
    ];

    private static readonly Dictionary<RoundtableStatus, string> StatusWords = new()
    {
        [Planned] = "planned",
        [Held] = "held",
        [Reported] = "reported",
        [Cancelled] = "cancelled",
    };

    public static TheoryData<RoundtableStatus> Statuses => new(Enum.GetValues<RoundtableStatus>());

    public static TheoryData<RoundtableStatus, RoundtableAction, RoundtableStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<RoundtableStatus, RoundtableAction, RoundtableStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<RoundtableStatus, RoundtableAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<RoundtableStatus, RoundtableAction>();
            foreach (var status in Enum.GetValues<RoundtableStatus>())
            {
                foreach (var action in Enum.GetValues<RoundtableAction>().Where(a => !Legal.Any(l => l.From == status && l.Action == a) && !RefusedUntilPublished.Contains((status, a))))
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    private static Roundtable RoundtableIn(RoundtableStatus status) =>
        status == Held ? new RoundtableBuilder().HeldWithFindings().Build() : new RoundtableBuilder().InStatus(status).Build();

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AreExactlyTheLegalActions(RoundtableStatus status)
    {
        var roundtable = RoundtableIn(status);

        Assert.Equal(Legal.Where(l => l.From == status).Select(l => l.Action).Order(), roundtable.PermittedActions.Order());
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void PermittedActions_AgreeWithWhatTheMethodsAccept(RoundtableStatus status)
    {
        foreach (var action in Enum.GetValues<RoundtableAction>())
        {
            var roundtable = RoundtableIn(status);
            var permitted = roundtable.PermittedActions.Contains(action);
            Assert.Equal(permitted, roundtable.Can(action));

            var refusal = Record.Exception(() => Perform(roundtable, action));

            Assert.True(permitted == refusal is null,
                $"{action} from {status}: PermittedActions says {(permitted ? "allowed" : "refused")}, the method {(refusal is null ? "accepted it" : $"refused it ({refusal.Message})")}.");
            Assert.True(refusal is null or DomainException, $"{action} from {status} threw {refusal?.GetType().Name}, not a DomainException.");
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void LegalTransition_MovesToItsState_AndRecordsWhoWhenAndWhy(RoundtableStatus from, RoundtableAction action, RoundtableStatus to)
    {
        var roundtable = RoundtableIn(from);
        var historyBefore = roundtable.History.Count;

        Perform(roundtable, action);

        Assert.Equal(to, roundtable.Status);
        Assert.Equal(historyBefore + 1, roundtable.History.Count);
        var moves = from != to;
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, moves ? from.ToString() : null, moves ? to.ToString() : null, ReasonOf(action));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_IsRefused_AndChangesNothing(RoundtableStatus from, RoundtableAction action)
    {
        var roundtable = RoundtableIn(from);

        Assert.DoesNotContain(action, roundtable.PermittedActions);
        Assert.False(roundtable.Can(action));
        var refusal = Refused.By(roundtable, () => Perform(roundtable, action));

        Assert.StartsWith($"This roundtable is {StatusWords[from]}, so it cannot be", refusal.Message);
    }

    [Fact]
    public void Cancel_WhenHeld_SaysOnlyPlannedRoundtablesCan()
    {
        var roundtable = RoundtableIn(Held);

        var refusal = Refused.By(roundtable, () => roundtable.Cancel("Too late.", TestData.Secretariat, TestData.Now));

        Assert.Equal("This roundtable is held, so it cannot be cancelled. Only a roundtable that is planned can be cancelled.", refusal.Message);
    }

    private static string? ReasonOf(RoundtableAction action) => action switch
    {
        Cancel => "Not enough stakeholders could attend.",
        RecordParticipants => "Confebask (employer organisation)",
        _ => null,
    };

    private static void Perform(Roundtable roundtable, RoundtableAction action)
    {
        var by = TestData.Secretariat;
        var now = TestData.Now;
        switch (action)
        {
            case Edit:
                roundtable.Edit(RoundtableBuilder.Details("Girls in STEM in Euskadi"), "We met the employers.", by, now);
                break;
            case RecordParticipants:
                roundtable.AddParticipant("Confebask", StakeholderType.EmployerOrganisation, 3, by, now);
                break;
            case RecordFindings:
                roundtable.AddBottleneck("Too few female role models.", by, now);
                break;
            case RecordHeld:
                roundtable.RecordHeld(TestData.Today, by, now);
                break;
            case Report:
                roundtable.Report(by, now);
                break;
            case Cancel:
                roundtable.Cancel(ReasonOf(action)!, by, now);
                break;
            case PublishReport:
                roundtable.PublishReport(by, now);
                break;
            case UnpublishReport:
                roundtable.UnpublishReport("Published too early.", by, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    [Fact]
    public void PublishThenUnpublish_RecordsBoth_AndUnpublishingNeedsTheReportPublished()
    {
        var roundtable = RoundtableIn(Reported);
        var unpublished = Refused.By(roundtable, () => roundtable.UnpublishReport("Too early.", TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is not published.", unpublished.Message);

        roundtable.PublishReport(TestData.Secretariat, TestData.Now);
        Assert.True(roundtable.IsReportPublished);
        Assert.Contains(UnpublishReport, roundtable.PermittedActions);
        Assert.DoesNotContain(PublishReport, roundtable.PermittedActions);
        var twice = Refused.By(roundtable, () => roundtable.PublishReport(TestData.Secretariat, TestData.Now));
        Assert.Equal("The report is already published.", twice.Message);

        roundtable.UnpublishReport("Figures to be corrected.", TestData.Secretariat, TestData.Now);
        Assert.False(roundtable.IsReportPublished);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, null, null, "Figures to be corrected.");
    }
}
