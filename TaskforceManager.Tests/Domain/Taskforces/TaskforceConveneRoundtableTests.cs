using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Taskforces;

public class TaskforceConveneRoundtableTests
{
    [Fact]
    public void ConveneRoundtable_WhenActive_PlansARoundtableThatKeepsTheTaskforceAndRequest()
    {
        var taskforce = new TaskforceBuilder().WithId(5).FromRequest(42).InStatus(TaskforceStatus.Active).Build();

        var roundtable = taskforce.ConveneRoundtable(RoundtableBuilder.Details(), TestData.Secretariat, TestData.Now);

        Assert.Equal(RoundtableStatus.Planned, roundtable.Status);
        Assert.Equal(5, roundtable.TaskforceId);
        Assert.Equal(42, roundtable.SupportRequestId);
        Assert.Equal(RoundtableBuilder.Title, roundtable.Title);
        var entry = Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, null, "Planned");
        Assert.Equal("Convened by taskforce", entry.Action);
    }

    [Fact]
    public void ConveneRoundtable_RecordsItOnTheTaskforce_WithoutChangingItsState()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        taskforce.ConveneRoundtable(RoundtableBuilder.Details(), TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, null, RoundtableBuilder.Title);
        Assert.Equal("Roundtable convened", entry.Action);
    }

    [Fact]
    public void ConveneRoundtable_WithInvalidDetails_ChangesNothing()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        Refused.By(taskforce, () => taskforce.ConveneRoundtable(RoundtableBuilder.Details(title: " "), TestData.Secretariat, TestData.Now));
    }
}
