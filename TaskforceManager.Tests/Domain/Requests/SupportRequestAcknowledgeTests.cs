using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Requests;

public class SupportRequestAcknowledgeTests
{
    [Fact]
    public void Acknowledge_WhenSubmitted_StartsTheReview_AndStampsTheTime()
    {
        var request = new SupportRequestBuilder().Build();

        request.Acknowledge(TestData.Secretariat, TestData.Now);

        Assert.Equal(SupportRequestStatus.InReview, request.Status);
        Assert.Equal(TestData.Now, request.AcknowledgedAt);
        Assert.Null(request.DecidedAt);
        var entry = Recorded.Last(request.History, TestData.Secretariat, TestData.Now, "Submitted", "InReview");
        Assert.Equal("Acknowledged", entry.Action);
    }

    [Fact]
    public void Acknowledge_Twice_IsRefused_AndKeepsTheFirstTime()
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.InReview).Build();
        var firstAcknowledged = request.AcknowledgedAt;

        var refusal = Refused.By(request, () => request.Acknowledge(TestData.Secretariat, TestData.Now));

        Assert.Equal("This request is in review, so it cannot be acknowledged. Only a request that is submitted can be acknowledged.", refusal.Message);
        Assert.Equal(firstAcknowledged, request.AcknowledgedAt);
    }
}
