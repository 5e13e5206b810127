using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Briefings;

public class PolicyBriefingDraftTests
{
    [Fact]
    public void Draft_Standalone_StartsInDraft_WithoutARequest()
    {
        var briefing = PolicyBriefing.Draft("STEM teachers in Flanders", "be", null, null, ["teacher-shortage"], "Too few STEM teachers.", TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.Draft, briefing.Status);
        Assert.Null(briefing.SupportRequestId);
        Assert.Equal("BE", briefing.CountryCode);
        var entry = Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, null, "Draft");
        Assert.Equal("Drafted", entry.Action);
    }

    [Fact]
    public void Edit_WithAnInvalidValue_ChangesNothing()
    {
        var briefing = new PolicyBriefingBuilder().Build();

        Refused.By(briefing, () => briefing.Edit("A new title", [], "c", null, null, null, TestData.Secretariat, TestData.Now));

        Assert.Equal(PolicyBriefingBuilder.Title, briefing.Title);
        Assert.Equal(PolicyBriefingBuilder.Recommendations, briefing.Recommendations);
    }
}

public class PolicyBriefingSubmitForReviewTests
{
    [Fact]
    public void SubmitForReview_WithRecommendations_MovesToReview()
    {
        var briefing = new PolicyBriefingBuilder().Build();

        briefing.SubmitForReview(TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.InReview, briefing.Status);
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, "Draft", "InReview");
    }

    [Fact]
    public void SubmitForReview_WithoutRecommendations_IsRefused()
    {
        var briefing = new PolicyBriefingBuilder().WithoutRecommendations().Build();

        var refusal = Refused.By(briefing, () => briefing.SubmitForReview(TestData.Secretariat, TestData.Now));

        Assert.Equal("Write the recommendations before the briefing can be submitted for review.", refusal.Message);
    }

    [Fact]
    public void SubmitForReview_WithBlankRecommendations_IsRefused()
    {
        var briefing = new PolicyBriefingBuilder().WithoutRecommendations().Build();
        briefing.Edit(PolicyBriefingBuilder.Title, ["girls-in-stem"], PolicyBriefingBuilder.Challenge, null, "   ", null, TestData.Secretariat, TestData.Now);

        Refused.By(briefing, () => briefing.SubmitForReview(TestData.Secretariat, TestData.Now));
    }
}

public class PolicyBriefingReturnToDraftTests
{
    [Fact]
    public void ReturnToDraft_WithReason_SendsItBack_AndRecordsWhy()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.InReview).Build();

        briefing.ReturnToDraft("Add the enrolment figures.", TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.Draft, briefing.Status);
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, "InReview", "Draft", "Add the enrolment figures.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ReturnToDraft_WithoutReason_IsRefused(string reason)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.InReview).Build();

        var refusal = Refused.By(briefing, () => briefing.ReturnToDraft(reason, TestData.Secretariat, TestData.Now));

        Assert.Contains("A reason for returning the briefing is required", refusal.Message);
    }
}

public class PolicyBriefingDeliverTests
{
    [Fact]
    public void Deliver_AfterReview_StampsTheDeliveryTime()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.InReview).Build();

        briefing.Deliver(TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.Delivered, briefing.Status);
        Assert.Equal(TestData.Now, briefing.DeliveredAt);
        Assert.Equal([PolicyBriefingAction.EscalateToTaskforce, PolicyBriefingAction.PublishReport], briefing.PermittedActions);
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, "InReview", "Delivered");
    }

    [Fact]
    public void Deliver_AfterTheRecommendationsWereRemovedInReview_IsRefused()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.InReview).Build();
        briefing.Edit(PolicyBriefingBuilder.Title, ["girls-in-stem"], PolicyBriefingBuilder.Challenge, null, null, null, TestData.Secretariat, TestData.Now);

        var refusal = Refused.By(briefing, () => briefing.Deliver(TestData.Secretariat, TestData.Now));

        Assert.Equal("Write the recommendations before the briefing can be delivered.", refusal.Message);
        Assert.Null(briefing.DeliveredAt);
    }
}

public class PolicyBriefingCancelTests
{
    [Theory]
    [InlineData(PolicyBriefingStatus.Draft)]
    [InlineData(PolicyBriefingStatus.InReview)]
    public void Cancel_WithReason_StopsTheWork_AndKeepsTheReason(PolicyBriefingStatus from)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(from).Build();

        briefing.Cancel("The ministry changed its priorities.", TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.Cancelled, briefing.Status);
        Assert.Equal("The ministry changed its priorities.", briefing.CancellationReason);
        Assert.Empty(briefing.PermittedActions);
        Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, from.ToString(), "Cancelled", "The ministry changed its priorities.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Cancel_WithoutReason_IsRefused(string? reason)
    {
        var briefing = new PolicyBriefingBuilder().Build();

        var refusal = Refused.By(briefing, () => briefing.Cancel(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for cancelling is required.", refusal.Message);
    }

    [Fact]
    public void AssignOwner_WhenCancelled_IsRefused()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.Cancelled).Build();

        Refused.By(briefing, () => briefing.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now));

        Assert.Null(briefing.OwnerId);
    }
}

public class PolicyBriefingEscalateTests
{
    [Fact]
    public void Escalate_WhenDelivered_ProposesATaskforceThatKeepsTheBriefingAndTheRequest()
    {
        var briefing = new PolicyBriefingBuilder().WithId(17).FromRequest(42).InStatus(PolicyBriefingStatus.Delivered).Build();

        var taskforce = briefing.EscalateToTaskforce(null, null, TestData.Secretariat, TestData.Now);

        Assert.Equal(TaskforceStatus.Proposed, taskforce.Status);
        Assert.Equal(17, taskforce.PolicyBriefingId);
        Assert.Equal(42, taskforce.SupportRequestId);
        Assert.Equal(PolicyBriefingBuilder.Title, taskforce.Title);
        Assert.Equal("ES", taskforce.CountryCode);
        Assert.Equal(7, taskforce.RegionId);
        Assert.Equal("InnoBasque", taskforce.HostOrganisation);
        Assert.Equal(PolicyBriefingBuilder.Challenge, taskforce.Background);
        Assert.Equal(["girls-in-stem"], taskforce.ThemeCodes);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, "Proposed");
        Assert.Equal("Proposed from briefing", entry.Action);
    }

    [Fact]
    public void Escalate_KeepsTheBriefingDelivered_AndRecordsTheEscalation()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.Delivered).Build();
        var historyBefore = briefing.History.Count;

        briefing.EscalateToTaskforce(null, null, TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingStatus.Delivered, briefing.Status);
        Assert.True(briefing.IsEscalated);
        Assert.Equal(historyBefore + 1, briefing.History.Count);
        var entry = Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, null, null);
        Assert.Equal("Escalated to taskforce", entry.Action);
    }

    [Fact]
    public void Escalate_WithTitleAndHost_UsesThem()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.Delivered).Build();

        var taskforce = briefing.EscalateToTaskforce("Basque STEM taskforce", "Basque Government", TestData.Secretariat, TestData.Now);

        Assert.Equal("Basque STEM taskforce", taskforce.Title);
        Assert.Equal("Basque Government", taskforce.HostOrganisation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Escalate_WithoutTitleOrHost_FallsBackToTheBriefingsOwn(string? blank)
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.Delivered).Build();

        var taskforce = briefing.EscalateToTaskforce(blank, blank, TestData.Secretariat, TestData.Now);

        Assert.Equal(PolicyBriefingBuilder.Title, taskforce.Title);
        Assert.Equal("InnoBasque", taskforce.HostOrganisation);
    }

    [Fact]
    public void Escalate_WithoutARequest_LeavesTheRequestLinkEmpty()
    {
        var briefing = new PolicyBriefingBuilder().WithId(17).InStatus(PolicyBriefingStatus.Delivered).Build();

        var taskforce = briefing.EscalateToTaskforce(null, null, TestData.Secretariat, TestData.Now);

        Assert.Equal(17, taskforce.PolicyBriefingId);
        Assert.Null(taskforce.SupportRequestId);
    }

    [Fact]
    public void Escalate_Twice_IsRefused_AndChangesNothing()
    {
        var briefing = new PolicyBriefingBuilder().Escalated().Build();

        var refusal = Refused.By(briefing, () => briefing.EscalateToTaskforce(null, null, TestData.Secretariat, TestData.Now));

        Assert.Equal("This briefing has already been escalated to a taskforce.", refusal.Message);
    }

    [Fact]
    public void LinkEscalatedTaskforce_AfterEscalation_KeepsTheTaskforceId()
    {
        var briefing = new PolicyBriefingBuilder().Escalated().Build();

        briefing.LinkEscalatedTaskforce(5);

        Assert.Equal(5, briefing.EscalatedToTaskforceId);
    }

    [Fact]
    public void LinkEscalatedTaskforce_WithoutEscalation_IsRefused()
    {
        var briefing = new PolicyBriefingBuilder().InStatus(PolicyBriefingStatus.Delivered).Build();

        Refused.By(briefing, () => briefing.LinkEscalatedTaskforce(5));

        Assert.Null(briefing.EscalatedToTaskforceId);
    }
}
