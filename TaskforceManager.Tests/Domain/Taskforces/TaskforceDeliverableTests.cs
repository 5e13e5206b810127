using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Domain.Taskforces.DeliverableStatus;

namespace TaskforceManager.Tests.Domain.Taskforces;

public class TaskforceDeliverableTests
{
    private const string Title = "Strategy draft";
    private static readonly DateOnly DueOn = new(2025, 6, 30);

    // Planned → InProgress → Delivered, back to Planned from InProgress, or Dropped (reason) before delivery.
    private static readonly (DeliverableStatus From, DeliverableStatus To)[] Legal =
    [
        (Planned, InProgress),
        (Planned, Delivered),
        (Planned, Dropped),
        (InProgress, Delivered),
        (InProgress, Dropped),
        (InProgress, Planned),
    ];

    public static TheoryData<DeliverableStatus, DeliverableStatus> LegalMoves
    {
        get
        {
            var data = new TheoryData<DeliverableStatus, DeliverableStatus>();
            foreach (var (from, to) in Legal)
            {
                data.Add(from, to);
            }

            return data;
        }
    }

    public static TheoryData<DeliverableStatus, DeliverableStatus> IllegalMoves
    {
        get
        {
            var data = new TheoryData<DeliverableStatus, DeliverableStatus>();
            foreach (var from in Enum.GetValues<DeliverableStatus>())
            {
                foreach (var to in Enum.GetValues<DeliverableStatus>().Where(t => !Legal.Contains((from, t))))
                {
                    data.Add(from, to);
                }
            }

            return data;
        }
    }

    private static (Taskforce Taskforce, Deliverable Deliverable) DeliverableIn(DeliverableStatus status)
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();
        var deliverable = taskforce.AddDeliverable(Title, DueOn, TestData.Secretariat, TestData.Now.AddDays(-5));
        var at = TestData.Now.AddDays(-1);
        switch (status)
        {
            case Planned:
                break;
            case InProgress:
                taskforce.SetDeliverableStatus(deliverable.Id, InProgress, null, TestData.Secretariat, at);
                break;
            case Delivered:
                taskforce.SetDeliverableStatus(deliverable.Id, Delivered, null, TestData.Secretariat, at);
                break;
            case Dropped:
                taskforce.SetDeliverableStatus(deliverable.Id, Dropped, "No longer needed.", TestData.Secretariat, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        return (taskforce, deliverable);
    }

    [Fact]
    public void AddDeliverable_StartsPlanned_AndIsRecorded()
    {
        var taskforce = new TaskforceBuilder().Build();

        var deliverable = taskforce.AddDeliverable("  Platform design ", DueOn, TestData.Secretariat, TestData.Now);

        Assert.Equal("Platform design", deliverable.Title);
        Assert.Equal(Planned, deliverable.Status);
        Assert.Equal(DueOn, deliverable.DueOn);
        Assert.Same(deliverable, Assert.Single(taskforce.Deliverables));
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null, "Platform design");
    }

    [Fact]
    public void AddDeliverable_WithATitleItAlreadyHas_IsRefused()
    {
        var taskforce = new TaskforceBuilder().Build();
        taskforce.AddDeliverable(Title, DueOn, TestData.Secretariat, TestData.Now);

        var refusal = Refused.By(taskforce, () => taskforce.AddDeliverable("strategy DRAFT", null, TestData.Secretariat, TestData.Now));

        Assert.Equal("This taskforce already has a deliverable called \"strategy DRAFT\".", refusal.Message);
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void SetDeliverableStatus_LegalMove_ChangesItAndIsRecorded(DeliverableStatus from, DeliverableStatus to)
    {
        var (taskforce, deliverable) = DeliverableIn(from);
        var reason = to == Dropped ? "The ministry wrote its own." : null;

        taskforce.SetDeliverableStatus(deliverable.Id, to, reason, TestData.Secretariat, TestData.Now);

        Assert.Equal(to, deliverable.Status);
        Assert.Equal(to == Delivered ? TestData.Now : null, deliverable.DeliveredAt);
        Assert.Equal(reason, deliverable.DropReason);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, from.ToString(), to.ToString(), reason);
        Assert.Contains(Title, entry.Action);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void SetDeliverableStatus_IllegalMove_IsRefused_AndChangesNothing(DeliverableStatus from, DeliverableStatus to)
    {
        var (taskforce, deliverable) = DeliverableIn(from);

        var refusal = Refused.By(taskforce, () => taskforce.SetDeliverableStatus(deliverable.Id, to, "A reason.", TestData.Secretariat, TestData.Now));

        Assert.Equal(from, deliverable.Status);
        Assert.StartsWith($"The deliverable \"{Title}\" is ", refusal.Message);
        Assert.Contains("so it cannot be marked", refusal.Message);
    }

    [Fact]
    public void SetDeliverableStatus_DeliveredToInProgress_SaysItInWords()
    {
        var (taskforce, deliverable) = DeliverableIn(Delivered);

        var refusal = Refused.By(taskforce, () => taskforce.SetDeliverableStatus(deliverable.Id, InProgress, null, TestData.Secretariat, TestData.Now));

        Assert.Equal("The deliverable \"Strategy draft\" is delivered, so it cannot be marked in progress.", refusal.Message);
    }

    [Theory]
    [InlineData(Planned, null)]
    [InlineData(InProgress, "")]
    [InlineData(InProgress, "  ")]
    public void SetDeliverableStatus_DroppedWithoutReason_IsRefused(DeliverableStatus from, string? reason)
    {
        var (taskforce, deliverable) = DeliverableIn(from);

        var refusal = Refused.By(taskforce, () => taskforce.SetDeliverableStatus(deliverable.Id, Dropped, reason, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for dropping a deliverable is required.", refusal.Message);
        Assert.Equal(from, deliverable.Status);
        Assert.Null(deliverable.DropReason);
    }

    [Fact]
    public void SetDeliverableStatus_OfAnotherTaskforcesDeliverable_IsRefused()
    {
        var (taskforce, _) = DeliverableIn(Planned);

        var refusal = Refused.By(taskforce, () => taskforce.SetDeliverableStatus(Guid.NewGuid(), InProgress, null, TestData.Secretariat, TestData.Now));

        Assert.Equal("That deliverable is not part of this taskforce.", refusal.Message);
    }

    [Fact]
    public void SetDeliverableStatus_ToAnUnknownStatus_IsRefused()
    {
        var (taskforce, deliverable) = DeliverableIn(Planned);

        Refused.By(taskforce, () => taskforce.SetDeliverableStatus(deliverable.Id, (DeliverableStatus)42, null, TestData.Secretariat, TestData.Now));
    }

    [Theory]
    [InlineData(TaskforceStatus.Concluded)]
    [InlineData(TaskforceStatus.Cancelled)]
    public void SetDeliverableStatus_OnceTheTaskforceIsClosed_IsRefused(TaskforceStatus closed)
    {
        var (taskforce, deliverable) = DeliverableIn(InProgress);
        taskforce.RecordFinalReport(TaskforceBuilder.FinalReport, TestData.Secretariat, TestData.Now);
        if (closed == TaskforceStatus.Concluded)
        {
            taskforce.Conclude(TestData.Today, null, [], TestData.Secretariat, TestData.Now);
        }
        else
        {
            taskforce.Cancel("The region withdrew.", TestData.Secretariat, TestData.Now);
        }

        var refusal = Refused.By(taskforce, () => taskforce.SetDeliverableStatus(deliverable.Id, Delivered, null, TestData.Secretariat, TestData.Now));

        Assert.Contains("cannot be given deliverables", refusal.Message);
        Assert.Equal(InProgress, deliverable.Status);
    }
}

public class TaskforcePublicListingTests
{
    [Fact]
    public void ListPublicly_WithSummary_ShowsItOnTheOverview()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        taskforce.ListPublicly(TestData.Secretariat, TestData.Now);

        Assert.True(taskforce.IsListedPublicly);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null);
        Assert.Equal("Listed publicly", entry.Action);
    }

    [Fact]
    public void ListPublicly_WithoutSummary_IsRefused()
    {
        var taskforce = new TaskforceBuilder().WithoutSummary().InStatus(TaskforceStatus.Active).Build();

        var refusal = Refused.By(taskforce, () => taskforce.ListPublicly(TestData.Secretariat, TestData.Now));

        Assert.Equal("Write a short public summary before listing the taskforce publicly.", refusal.Message);
    }

    [Fact]
    public void ListPublicly_Twice_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();
        taskforce.ListPublicly(TestData.Secretariat, TestData.Now);

        var refusal = Refused.By(taskforce, () => taskforce.ListPublicly(TestData.Secretariat, TestData.Now));

        Assert.Equal("This taskforce is already listed publicly.", refusal.Message);
    }

    [Fact]
    public void ListPublicly_WhenCancelled_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Cancelled).Build();

        var refusal = Refused.By(taskforce, () => taskforce.ListPublicly(TestData.Secretariat, TestData.Now));

        Assert.Equal("A cancelled taskforce cannot be listed publicly.", refusal.Message);
    }

    [Fact]
    public void Edit_RemovingTheSummaryOfAListedTaskforce_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();
        taskforce.ListPublicly(TestData.Secretariat, TestData.Now);

        var refusal = Refused.By(taskforce, () => taskforce.Edit(TaskforceBuilder.Details("A new title", summary: null), TestData.Secretariat, TestData.Now));

        Assert.Equal("A publicly listed taskforce needs its short public summary.", refusal.Message);
    }

    [Fact]
    public void Unlist_RemovesItFromTheOverview()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();
        taskforce.ListPublicly(TestData.Secretariat, TestData.Now);

        taskforce.Unlist(TestData.Secretariat, TestData.Now);

        Assert.False(taskforce.IsListedPublicly);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null);
    }

    [Fact]
    public void Unlist_WhenNotListed_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        var refusal = Refused.By(taskforce, () => taskforce.Unlist(TestData.Secretariat, TestData.Now));

        Assert.Equal("This taskforce is not listed publicly.", refusal.Message);
    }
}
