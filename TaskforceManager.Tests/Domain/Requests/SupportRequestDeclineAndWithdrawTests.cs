using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Requests;

public class SupportRequestDeclineTests
{
    [Fact]
    public void Decline_WithReason_KeepsTheReasonForTheRequester()
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.InReview).Build();

        request.Decline("  The coalition does not fund buildings.  ", TestData.Secretariat, TestData.Now);

        Assert.Equal(SupportRequestStatus.Declined, request.Status);
        Assert.Equal("The coalition does not fund buildings.", request.DeclineReason);
        Assert.Equal(TestData.Now, request.DecidedAt);
        Assert.Null(request.AcceptedAs);
        Recorded.Last(request.History, TestData.Secretariat, TestData.Now, "InReview", "Declined", "The coalition does not fund buildings.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decline_WithoutReason_IsRefused(string? reason)
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.InReview).Build();

        var refusal = Refused.By(request, () => request.Decline(reason!, TestData.Secretariat, TestData.Now));

        Assert.Contains("A reason for declining", refusal.Message);
        Assert.Contains("is required", refusal.Message);
    }

    [Fact]
    public void Decline_WithAReasonTooLong_IsRefused()
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.InReview).Build();

        Refused.By(request, () => request.Decline(new string('x', 2001), TestData.Secretariat, TestData.Now));
    }
}

public class SupportRequestWithdrawTests
{
    [Theory]
    [InlineData(SupportRequestStatus.Submitted)]
    [InlineData(SupportRequestStatus.InReview)]
    public void Withdraw_BeforeTheDecision_ClosesTheRequest_WithTheRequestersReason(SupportRequestStatus from)
    {
        var request = new SupportRequestBuilder().InStatus(from).Build();

        request.Withdraw("The ministry found another way.", TestData.Contact, TestData.Now);

        Assert.Equal(SupportRequestStatus.Withdrawn, request.Status);
        Assert.Equal("The ministry found another way.", request.WithdrawalReason);
        Assert.Equal(TestData.Now, request.DecidedAt);
        Assert.Empty(request.PermittedActions);
        Recorded.Last(request.History, TestData.Contact, TestData.Now, from.ToString(), "Withdrawn", "The ministry found another way.");
    }

    [Fact]
    public void Withdraw_WithoutReason_IsAllowed()
    {
        var request = new SupportRequestBuilder().Build();

        request.Withdraw("  ", TestData.Contact, TestData.Now);

        Assert.Equal(SupportRequestStatus.Withdrawn, request.Status);
        Assert.Null(request.WithdrawalReason);
        Recorded.Last(request.History, TestData.Contact, TestData.Now, "Submitted", "Withdrawn");
    }

    [Theory]
    [InlineData(SupportRequestStatus.Accepted)]
    [InlineData(SupportRequestStatus.Declined)]
    [InlineData(SupportRequestStatus.Withdrawn)]
    public void Withdraw_AfterTheDecision_IsRefused(SupportRequestStatus status)
    {
        var request = new SupportRequestBuilder().InStatus(status).Build();

        Refused.By(request, () => request.Withdraw("Too late.", TestData.Contact, TestData.Now));
    }
}
