using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Taskforces;

public class TaskforceConcludeTests
{
    private static readonly DateOnly EndDate = new(2025, 3, 10);

    private static Taskforce ActiveWithFinalReport() => new TaskforceBuilder().WithId(5).WithFinalReport().InStatus(TaskforceStatus.Active).Build();

    [Fact]
    public void Conclude_WithFinalReportAndNoOpenItems_ClosesTheTaskforce()
    {
        var taskforce = ActiveWithFinalReport();
        var meeting = new MeetingBuilder().ForTaskforce(5).WithOutcome(OutcomeStatus.Published).Build();

        taskforce.Conclude(EndDate, "The region adopted its strategy.", [meeting], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Concluded, taskforce.Status);
        Assert.Equal(EndDate, taskforce.EndDate);
        Assert.Equal("The region adopted its strategy.", taskforce.Results);
        Assert.Equal([TaskforceAction.PublishReport], taskforce.PermittedActions);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, "Active", "Concluded");
    }

    [Fact]
    public void Conclude_WithoutFinalReport_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        var refusal = Refused.By(taskforce, () => taskforce.Conclude(EndDate, null, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("Record the final report before concluding the taskforce.", refusal.Message);
    }

    [Fact]
    public void Conclude_WithOneOpenActionItem_IsRefused_AndNamesIt()
    {
        var taskforce = ActiveWithFinalReport();
        var meeting = new MeetingBuilder().ForTaskforce(5).WithOpenActionItem("Send the draft strategy to the ministry").Build();

        var refusal = Refused.By(taskforce, () => taskforce.Conclude(EndDate, null, [meeting], TestData.Secretariat, TestData.Now));

        Assert.StartsWith("1 action item is still open (e.g. \"Send the draft strategy to the ministry\").", refusal.Message);
        Assert.Contains("carry it over or drop it with a reason", refusal.Message);
    }

    [Fact]
    public void Conclude_WithOpenActionItemsAcrossMeetings_CountsThemAll()
    {
        var taskforce = ActiveWithFinalReport();
        var first = new MeetingBuilder().ForTaskforce(5).WithId(1).WithOpenActionItem("Map the VET schools").Build();
        var second = new MeetingBuilder().ForTaskforce(5).WithId(2).WithOpenActionItem("Invite the employers").WithOpenActionItem("Book the venue").Build();

        var refusal = Refused.By(taskforce, () => taskforce.Conclude(EndDate, null, [first, second], TestData.Secretariat, TestData.Now));

        Assert.StartsWith("3 action items are still open", refusal.Message);
    }

    [Fact]
    public void Conclude_WhenEveryItemIsDoneDroppedOrCarriedOver_Succeeds()
    {
        var taskforce = ActiveWithFinalReport();
        var meeting = new MeetingBuilder().ForTaskforce(5)
            .WithOpenActionItem("Map the VET schools")
            .WithOpenActionItem("Invite the employers")
            .WithOpenActionItem("Draft the platform statutes")
            .Build();
        var items = meeting.ActionItems;
        meeting.CompleteActionItem(items[0].Id, TestData.ExpertUser, TestData.Now);
        meeting.DropActionItem(items[1].Id, "The employers' body dissolved.", TestData.Secretariat, TestData.Now);
        meeting.CarryOverActionItem(items[2].Id, "Handed to the platform's founding board.", TestData.Secretariat, TestData.Now);

        taskforce.Conclude(EndDate, null, [meeting], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Concluded, taskforce.Status);
    }

    [Fact]
    public void Conclude_IgnoresOpenItemsOfOtherTaskforcesAndRoundtables()
    {
        var taskforce = ActiveWithFinalReport();
        var otherTaskforce = new MeetingBuilder().ForTaskforce(6).WithOpenActionItem().Build();
        var roundtableSession = new MeetingBuilder().ForRoundtable(5).WithOpenActionItem().Build();

        taskforce.Conclude(EndDate, null, [otherTaskforce, roundtableSession], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Concluded, taskforce.Status);
    }

    [Fact]
    public void Conclude_WhenSuspended_Succeeds()
    {
        var taskforce = new TaskforceBuilder().WithFinalReport().InStatus(TaskforceStatus.Suspended).Build();

        taskforce.Conclude(EndDate, null, [], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Concluded, taskforce.Status);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, "Suspended", "Concluded");
    }

    [Fact]
    public void Conclude_WithAnEndDateBeforeTheStart_IsRefused()
    {
        var taskforce = ActiveWithFinalReport();

        var refusal = Refused.By(taskforce, () => taskforce.Conclude(TaskforceBuilder.StartDate.AddDays(-1), null, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("The end date cannot be before the start date.", refusal.Message);
    }

    [Fact]
    public void Conclude_OnTheStartDate_IsAllowed()
    {
        var taskforce = ActiveWithFinalReport();

        taskforce.Conclude(TaskforceBuilder.StartDate, null, [], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceBuilder.StartDate, taskforce.EndDate);
    }
}

public class TaskforceFinalReportTests
{
    [Fact]
    public void RecordFinalReport_WhileOpen_KeepsIt_AndIsRecorded()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        taskforce.RecordFinalReport("  The strategy was adopted.  ", TestData.Secretariat, TestData.Now);

        Assert.Equal("The strategy was adopted.", taskforce.FinalReport);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null);
    }

    [Fact]
    public void RecordFinalReport_Blank_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        Refused.By(taskforce, () => taskforce.RecordFinalReport(" ", TestData.Secretariat, TestData.Now));
    }

    [Theory]
    [InlineData(TaskforceStatus.Concluded)]
    [InlineData(TaskforceStatus.Cancelled)]
    public void RecordFinalReport_WhenClosed_IsRefused(TaskforceStatus status)
    {
        var taskforce = new TaskforceBuilder().WithFinalReport().InStatus(status).Build();

        var refusal = Refused.By(taskforce, () => taskforce.RecordFinalReport("Rewritten.", TestData.Secretariat, TestData.Now));

        Assert.Contains("can no longer be changed", refusal.Message);
    }
}
