using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Requests;

public class SupportRequestSubmitTests
{
    [Fact]
    public void Submit_StartsSubmitted_AndRecordsWhoAndWhenInUtc()
    {
        var receivedLocally = new DateTimeOffset(2025, 3, 12, 11, 30, 0, TimeSpan.FromHours(1));

        var request = SupportRequest.Submit(new SupportRequestDetailsBuilder().Build(), RequestChannel.Portal, TestData.Contact, receivedLocally);

        Assert.Equal(SupportRequestStatus.Submitted, request.Status);
        Assert.Equal(TimeSpan.Zero, request.ReceivedAt.Offset);
        Assert.Equal(receivedLocally, request.ReceivedAt);
        Assert.Equal([SupportRequestAction.Acknowledge, SupportRequestAction.Withdraw], request.PermittedActions.Order());
        var entry = Assert.Single(request.History);
        Assert.Equal("Submitted", entry.Action);
        Recorded.Last(request.History, TestData.Contact, receivedLocally, null, "Submitted");
    }

    [Fact]
    public void Submit_KeepsTheRequestersFacts_Trimmed()
    {
        var details = new SupportRequestDetailsBuilder()
            .WithTitle("  STEM strategy  ")
            .InCountry("es", 7)
            .WithThemes("teacher-shortage", " Teacher-Shortage ", "girls-in-stem")
            .Build();

        var request = SupportRequest.Submit(details, RequestChannel.Secretariat, TestData.Secretariat, TestData.Now);

        Assert.Equal("STEM strategy", request.Title);
        Assert.Equal("ES", request.CountryCode);
        Assert.Equal(7, request.RegionId);
        Assert.Equal(["teacher-shortage", "girls-in-stem"], request.ThemeCodes);
        Assert.Equal("InnoBasque", request.RequestingOrganisation);
        Assert.Equal(HopedInstrument.Taskforce, request.HopedInstrument);
        Assert.Equal(RequestChannel.Secretariat, request.Channel);
    }

    [Fact]
    public void Submit_WithoutTheme_IsRefused()
    {
        var details = new SupportRequestDetailsBuilder().WithThemes().Build();

        var refusal = Assert.Throws<DomainException>(() => SupportRequest.Submit(details, RequestChannel.Portal, TestData.Contact, TestData.Now));

        Assert.Equal("Choose at least one theme.", refusal.Message);
    }

    [Theory]
    [InlineData("ESP")]
    [InlineData("E1")]
    [InlineData("")]
    public void Submit_WithoutATwoLetterCountryCode_IsRefused(string countryCode)
    {
        var details = new SupportRequestDetailsBuilder().InCountry(countryCode).Build();

        Assert.Throws<DomainException>(() => SupportRequest.Submit(details, RequestChannel.Portal, TestData.Contact, TestData.Now));
    }

    [Fact]
    public void Submit_WithAnAddressThatIsNotAnEmail_IsRefused()
    {
        var details = new SupportRequestDetailsBuilder().WithContact("Miren", "miren.innobasque.example").Build();

        var refusal = Assert.Throws<DomainException>(() => SupportRequest.Submit(details, RequestChannel.Portal, TestData.Contact, TestData.Now));

        Assert.Contains("is not an e-mail address", refusal.Message);
    }

    [Fact]
    public void Submit_WithATitleTooLong_SaysTheLimit()
    {
        var details = new SupportRequestDetailsBuilder().WithTitle(new string('x', SupportRequest.TitleMaxLength + 1)).Build();

        var refusal = Assert.Throws<DomainException>(() => SupportRequest.Submit(details, RequestChannel.Portal, TestData.Contact, TestData.Now));

        Assert.Contains($"at most {SupportRequest.TitleMaxLength} characters", refusal.Message);
    }

    [Fact]
    public void UpdateDetails_WhileInReview_ChangesTheFacts_AndIsRecorded()
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.InReview).Build();

        request.UpdateDetails(new SupportRequestDetailsBuilder().WithTitle("A STEM platform for Euskadi").Build(), TestData.Secretariat, TestData.Now);

        Assert.Equal("A STEM platform for Euskadi", request.Title);
        Assert.Equal(SupportRequestStatus.InReview, request.Status);
        Recorded.Last(request.History, TestData.Secretariat, TestData.Now, null, null);
    }

    [Fact]
    public void UpdateDetails_WithAnInvalidValue_ChangesNothing()
    {
        var request = new SupportRequestBuilder().Build();
        var details = new SupportRequestDetailsBuilder().WithTitle("A new title").WithThemes().Build();

        Refused.By(request, () => request.UpdateDetails(details, TestData.Secretariat, TestData.Now));

        Assert.Equal("A STEM strategy for the Basque Country", request.Title);
    }

    [Theory]
    [InlineData(SupportRequestStatus.Accepted)]
    [InlineData(SupportRequestStatus.Declined)]
    [InlineData(SupportRequestStatus.Withdrawn)]
    public void UpdateDetails_AfterTheDecision_IsRefused(SupportRequestStatus status)
    {
        var request = new SupportRequestBuilder().InStatus(status).Build();

        var refusal = Refused.By(request, () => request.UpdateDetails(new SupportRequestDetailsBuilder().WithTitle("Changed").Build(), TestData.Secretariat, TestData.Now));

        Assert.Contains("can no longer be changed", refusal.Message);
    }

    [Fact]
    public void AssignOwner_WhileOpen_RecordsTheOwner()
    {
        var request = new SupportRequestBuilder().Build();
        var owner = new ActorBuilder().WithId("secretariat-2").WithName("Paul Ferreira").Build();

        request.AssignOwner(owner, TestData.Secretariat, TestData.Now);

        Assert.Equal("secretariat-2", request.OwnerId);
        Assert.Equal("Paul Ferreira", request.OwnerName);
        Recorded.Last(request.History, TestData.Secretariat, TestData.Now, null, null, "Paul Ferreira");
    }

    [Fact]
    public void AssignOwner_WhoAlreadyOwnsIt_IsRefused()
    {
        var request = new SupportRequestBuilder().Build();
        request.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now);

        Refused.By(request, () => request.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now));
    }

    [Fact]
    public void AssignOwner_AfterTheDecision_IsRefused()
    {
        var request = new SupportRequestBuilder().InStatus(SupportRequestStatus.Declined).Build();

        var refusal = Refused.By(request, () => request.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now));

        Assert.Contains("declined", refusal.Message);
        Assert.Null(request.OwnerId);
    }
}
