using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Requests;

public class SupportRequestAcceptTests
{
    private static SupportRequest RequestInReview() => new SupportRequestBuilder().WithId(42).InStatus(SupportRequestStatus.InReview).Build();

    [Theory]
    [InlineData(CaseKind.PolicyBriefing, "Accepted as policy briefing")]
    [InlineData(CaseKind.Taskforce, "Accepted as taskforce")]
    [InlineData(CaseKind.Roundtable, "Accepted as roundtable")]
    public void Accept_DecidesTheRequest_AndRecordsTheInstrument(CaseKind instrument, string action)
    {
        var request = RequestInReview();

        request.Accept(instrument, TestData.Secretariat, TestData.Now);

        Assert.Equal(SupportRequestStatus.Accepted, request.Status);
        Assert.Equal(instrument, request.AcceptedAs);
        Assert.Equal(TestData.Now, request.DecidedAt);
        Assert.Empty(request.PermittedActions);
        var entry = Recorded.Last(request.History, TestData.Secretariat, TestData.Now, "InReview", "Accepted");
        Assert.Equal(action, entry.Action);
    }

    [Theory]
    [InlineData(CaseKind.PolicyBriefing)]
    [InlineData(CaseKind.Taskforce)]
    [InlineData(CaseKind.Roundtable)]
    public void Accept_OpensExactlyTheChosenCase(CaseKind instrument)
    {
        var opened = RequestInReview().Accept(instrument, TestData.Secretariat, TestData.Now);

        Assert.Equal(instrument == CaseKind.PolicyBriefing, opened.Briefing is not null);
        Assert.Equal(instrument == CaseKind.Taskforce, opened.Taskforce is not null);
        Assert.Equal(instrument == CaseKind.Roundtable, opened.Roundtable is not null);
    }

    [Fact]
    public void Accept_AsPolicyBriefing_OpensADraftPrefilledFromTheRequest_ThatKeepsTheRequest()
    {
        var request = RequestInReview();

        var briefing = request.Accept(CaseKind.PolicyBriefing, TestData.Secretariat, TestData.Now).Briefing!;

        Assert.Equal(PolicyBriefingStatus.Draft, briefing.Status);
        Assert.Equal(42, briefing.SupportRequestId);
        Assert.Equal(request.Title, briefing.Title);
        Assert.Equal("ES", briefing.CountryCode);
        Assert.Equal(7, briefing.RegionId);
        Assert.Equal("InnoBasque", briefing.RequestingOrganisation);
        Assert.Equal(request.ThemeCodes, briefing.ThemeCodes);
        Assert.Equal(request.Challenge, briefing.Challenge);
        Assert.Null(briefing.Recommendations);
        var entry = Recorded.Last(briefing.History, TestData.Secretariat, TestData.Now, null, "Draft");
        Assert.Equal("Opened from request", entry.Action);
    }

    [Fact]
    public void Accept_AsTaskforce_OpensAProposedTaskforcePrefilledFromTheRequest_ThatKeepsTheRequest()
    {
        var request = RequestInReview();

        var taskforce = request.Accept(CaseKind.Taskforce, TestData.Secretariat, TestData.Now).Taskforce!;

        Assert.Equal(TaskforceStatus.Proposed, taskforce.Status);
        Assert.Equal(42, taskforce.SupportRequestId);
        Assert.Null(taskforce.PolicyBriefingId);
        Assert.Equal(request.Title, taskforce.Title);
        Assert.Equal("ES", taskforce.CountryCode);
        Assert.Equal(7, taskforce.RegionId);
        Assert.Equal("InnoBasque", taskforce.HostOrganisation);
        Assert.Equal(request.Challenge, taskforce.Background);
        Assert.Equal(request.ThemeCodes, taskforce.ThemeCodes);
        Assert.False(taskforce.IsListedPublicly);
        var entry = Recorded.Last(taskforce.History, TestData.Secretariat, TestData.Now, null, "Proposed");
        Assert.Equal("Proposed from request", entry.Action);
    }

    [Fact]
    public void Accept_AsRoundtable_OpensAPlannedStandaloneRoundtablePrefilledFromTheRequest_ThatKeepsTheRequest()
    {
        var request = RequestInReview();

        var roundtable = request.Accept(CaseKind.Roundtable, TestData.Secretariat, TestData.Now).Roundtable!;

        Assert.Equal(RoundtableStatus.Planned, roundtable.Status);
        Assert.Equal(42, roundtable.SupportRequestId);
        Assert.Null(roundtable.TaskforceId);
        Assert.Equal(request.Title, roundtable.Title);
        Assert.Equal("teacher-shortage", roundtable.ThemeCode);
        Assert.Equal("ES", roundtable.CountryCode);
        Assert.Equal("InnoBasque", roundtable.RequestedBy);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, null, "Planned");
    }

    [Fact]
    public void Accept_AsAnUnknownInstrument_IsRefused_AndChangesNothing()
    {
        var request = RequestInReview();

        Refused.By(request, () => request.Accept((CaseKind)99, TestData.Secretariat, TestData.Now));
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var request = new SupportRequestBuilder().AcceptedAs(CaseKind.Taskforce).Build();

        var refusal = Refused.By(request, () => request.Accept(CaseKind.PolicyBriefing, TestData.Secretariat, TestData.Now));

        Assert.Contains("This request is accepted", refusal.Message);
        Assert.Equal(CaseKind.Taskforce, request.AcceptedAs);
    }
}
