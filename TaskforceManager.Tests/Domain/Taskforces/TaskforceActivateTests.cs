using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Taskforces;

public class TaskforceActivateTests
{
    private static readonly DateOnly StartDate = new(2025, 3, 17);

    private static Taskforce Proposed() => new TaskforceBuilder().WithId(5).Build();

    private static ExpertAssignment Assignment(CaseRef @case, AssignmentRole role, AssignmentStatus status, int expertId = 11) =>
        new ExpertAssignmentBuilder()
            .For(new ExpertBuilder().WithId(expertId).Build(), new MemberOrganisationBuilder().Build())
            .OnCase(@case).AsRole(role).InStatus(status).Build();

    [Fact]
    public void Activate_WithAcceptedLead_StartsTheTaskforce_OnTheStartDate()
    {
        var taskforce = Proposed();
        var lead = Assignment(ExpertAssignmentBuilder.TaskforceCase(5), AssignmentRole.Lead, AssignmentStatus.Accepted);

        taskforce.Activate(StartDate, [lead], TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
        Assert.Equal(StartDate, taskforce.StartDate);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, "Proposed", "Active", "Start date 2025-03-17");
        Assert.Equal("Activated", entry.Action);
    }

    [Fact]
    public void Activate_WithAcceptedLeadAmongOthers_StartsTheTaskforce()
    {
        var taskforce = Proposed();
        var @case = ExpertAssignmentBuilder.TaskforceCase(5);
        var team = new[]
        {
            Assignment(@case, AssignmentRole.Member, AssignmentStatus.Invited, 12),
            Assignment(@case, AssignmentRole.Lead, AssignmentStatus.Accepted, 13),
            Assignment(@case, AssignmentRole.Rapporteur, AssignmentStatus.Declined, 14),
        };

        taskforce.Activate(StartDate, team, TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
    }

    [Fact]
    public void Activate_WithoutLeadExpert_IsRefused()
    {
        var taskforce = Proposed();

        var refusal = Refused.By(taskforce, () => taskforce.Activate(StartDate, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("A taskforce can only be activated once a lead expert has accepted the assignment.", refusal.Message);
        Assert.Null(taskforce.StartDate);
    }

    [Theory]
    [InlineData(AssignmentStatus.Invited)]
    [InlineData(AssignmentStatus.Declined)]
    [InlineData(AssignmentStatus.Released)]
    public void Activate_WithLeadWhoHasNotAccepted_IsRefused(AssignmentStatus leadStatus)
    {
        var taskforce = Proposed();
        var lead = Assignment(ExpertAssignmentBuilder.TaskforceCase(5), AssignmentRole.Lead, leadStatus);

        Refused.By(taskforce, () => taskforce.Activate(StartDate, [lead], TestData.Secretariat, TestData.Now));
    }

    [Theory]
    [InlineData(AssignmentRole.Member)]
    [InlineData(AssignmentRole.Rapporteur)]
    [InlineData(AssignmentRole.Advisor)]
    public void Activate_WithOnlyAcceptedNonLeads_IsRefused(AssignmentRole role)
    {
        var taskforce = Proposed();
        var expert = Assignment(ExpertAssignmentBuilder.TaskforceCase(5), role, AssignmentStatus.Accepted);

        Refused.By(taskforce, () => taskforce.Activate(StartDate, [expert], TestData.Secretariat, TestData.Now));
    }

    [Fact]
    public void Activate_WithAcceptedLeadOfAnotherTaskforce_IsRefused()
    {
        var taskforce = Proposed();
        var leadElsewhere = Assignment(ExpertAssignmentBuilder.TaskforceCase(6), AssignmentRole.Lead, AssignmentStatus.Accepted);

        Refused.By(taskforce, () => taskforce.Activate(StartDate, [leadElsewhere], TestData.Secretariat, TestData.Now));
    }

    [Fact]
    public void Activate_WithAcceptedLeadOfABriefingWithTheSameId_IsRefused()
    {
        var taskforce = Proposed();
        var briefingLead = Assignment(new CaseRef(CaseKind.PolicyBriefing, 5, "A briefing", "ES", []), AssignmentRole.Lead, AssignmentStatus.Accepted);

        Refused.By(taskforce, () => taskforce.Activate(StartDate, [briefingLead], TestData.Secretariat, TestData.Now));
    }
}

public class TaskforceSuspendAndResumeTests
{
    [Fact]
    public void Suspend_WithReason_PausesTheTaskforce_AndKeepsWhy()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        taskforce.Suspend("Regional elections.", TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Suspended, taskforce.Status);
        Assert.Equal("Regional elections.", taskforce.SuspensionReason);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, "Active", "Suspended", "Regional elections.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Suspend_WithoutReason_IsRefused(string reason)
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        var refusal = Refused.By(taskforce, () => taskforce.Suspend(reason, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for suspending is required.", refusal.Message);
    }

    [Fact]
    public void Resume_MakesItActiveAgain_AndClearsTheSuspensionReason()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Suspended).Build();

        taskforce.Resume(TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
        Assert.Null(taskforce.SuspensionReason);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, "Suspended", "Active");
    }

    [Fact]
    public void SuspendAndResume_CanRepeat_KeepingTheStartDate()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Active).Build();

        taskforce.Suspend("Elections.", TestData.Secretariat, TestData.Now);
        taskforce.Resume(TestData.Secretariat, TestData.Now.AddDays(30));
        taskforce.Suspend("Summer.", TestData.Secretariat, TestData.Now.AddDays(120));

        Assert.Equal(TaskforceStatus.Suspended, taskforce.Status);
        Assert.Equal(TaskforceBuilder.StartDate, taskforce.StartDate);
        Assert.Equal("Summer.", taskforce.SuspensionReason);
    }
}

public class TaskforceCancelTests
{
    [Theory]
    [InlineData(TaskforceStatus.Proposed)]
    [InlineData(TaskforceStatus.Active)]
    [InlineData(TaskforceStatus.Suspended)]
    public void Cancel_WithReason_EndsTheTaskforce_AndKeepsWhy(TaskforceStatus from)
    {
        var taskforce = new TaskforceBuilder().InStatus(from).Build();

        taskforce.Cancel("The region withdrew its support.", TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Cancelled, taskforce.Status);
        Assert.Equal("The region withdrew its support.", taskforce.CancellationReason);
        Assert.Empty(taskforce.PermittedActions);
        Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, from.ToString(), "Cancelled", "The region withdrew its support.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Cancel_WithoutReason_IsRefused(string? reason)
    {
        var taskforce = new TaskforceBuilder().Build();

        var refusal = Refused.By(taskforce, () => taskforce.Cancel(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for cancelling is required.", refusal.Message);
    }

    [Fact]
    public void AssignOwner_WhenCancelled_IsRefused()
    {
        var taskforce = new TaskforceBuilder().InStatus(TaskforceStatus.Cancelled).Build();

        Refused.By(taskforce, () => taskforce.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now));

        Assert.Null(taskforce.OwnerId);
    }
}
