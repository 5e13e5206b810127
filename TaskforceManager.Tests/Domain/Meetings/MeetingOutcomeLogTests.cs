using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Meetings;

public class MeetingLoggingTests
{
    private static readonly DateTimeOffset StartsAt = TestData.Now.AddHours(2);

    public static TheoryData<string> LoggingOperations =>
        ["WriteMinutes", "RecordAttendance", "RecordStakeholderAttendance", "AddDecision", "AddRecommendation", "AddActionItem"];

    [Theory]
    [MemberData(nameof(LoggingOperations))]
    public void Logging_BeforeTheStartTime_IsRefused(string operation)
    {
        var meeting = new MeetingBuilder().StartingAt(StartsAt).Build();

        var refusal = Refused.By(meeting, () => Log(meeting, operation, StartsAt.AddMinutes(-1)));

        Assert.Equal("Outcomes can only be logged once the meeting has started.", refusal.Message);
    }

    [Theory]
    [MemberData(nameof(LoggingOperations))]
    public void Logging_FromTheStartTime_StartsTheDraftLog(string operation)
    {
        var meeting = new MeetingBuilder().StartingAt(StartsAt).Build();

        Log(meeting, operation, StartsAt);

        Assert.Equal(OutcomeStatus.Draft, meeting.OutcomeStatus);
        var started = meeting.History[^2];
        Assert.Equal("Log started", started.Action);
        Assert.Equal("NotLogged", started.FromState);
        Assert.Equal("Draft", started.ToState);
        Assert.Equal(TestData.ExpertUser.Id, started.ActorId);
        Recorded.Last(meeting.History, TestData.ExpertUser, StartsAt, null, null);
    }

    [Theory]
    [MemberData(nameof(LoggingOperations))]
    public void Logging_OnceSubmitted_IsRefused(string operation)
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).Build();

        var refusal = Refused.By(meeting, () => Log(meeting, operation, TestData.Now));

        Assert.StartsWith("This meeting log is submitted, so it cannot be written.", refusal.Message);
    }

    [Fact]
    public void WriteMinutes_KeepsTheSummaryAndMarkdown()
    {
        var meeting = new MeetingBuilder().Build();

        meeting.WriteMinutes(" Outline agreed. ", "## Minutes\n\n- Outline agreed", TestData.ExpertUser, TestData.Now);

        Assert.Equal("Outline agreed.", meeting.Summary);
        Assert.Equal("## Minutes\n\n- Outline agreed", meeting.Minutes);
    }

    [Fact]
    public void RecordAttendance_OfTheSameExpertTwice_KeepsTheLatest()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.RecordAttendance(11, "Jan de Vries", "Jet-Net", null, AttendanceStatus.Absent, TestData.ExpertUser, TestData.Now);

        meeting.RecordAttendance(11, "Jan de Vries", "Jet-Net", null, AttendanceStatus.Present, TestData.ExpertUser, TestData.Now);

        var attendee = Assert.Single(meeting.Attendees);
        Assert.Equal(AttendanceStatus.Present, attendee.Status);
    }

    [Fact]
    public void RecordAttendance_OfAStakeholder_IsKeptByNameAndType()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.RecordAttendance(null, "Ane Goikoetxea", "Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present, TestData.ExpertUser, TestData.Now);
        meeting.RecordAttendance(null, "ane goikoetxea", "Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Excused, TestData.ExpertUser, TestData.Now);
        meeting.RecordAttendance(11, "Jan de Vries", null, null, AttendanceStatus.Present, TestData.ExpertUser, TestData.Now);

        Assert.Equal(2, meeting.Attendees.Count);
        Assert.Contains(meeting.Attendees, a => a.ExpertId is null && a.Status == AttendanceStatus.Excused && a.StakeholderType == StakeholderType.EmployerOrganisation);
    }

    private static void Log(Meeting meeting, string operation, DateTimeOffset at)
    {
        var by = TestData.ExpertUser;
        switch (operation)
        {
            case "WriteMinutes": meeting.WriteMinutes("Summary", "Minutes", by, at); break;
            case "RecordAttendance": meeting.RecordAttendance(11, "Jan de Vries", "Jet-Net", null, AttendanceStatus.Present, by, at); break;
            case "RecordStakeholderAttendance": meeting.RecordStakeholderAttendance("Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present, by, at); break;
            case "AddDecision": meeting.AddDecision("Adopt the outline.", by, at); break;
            case "AddRecommendation": meeting.AddRecommendation("Adopt Jet-Net.", ["school-industry"], 3, by, at); break;
            case "AddActionItem": meeting.AddActionItem("Call the ministry.", ActionItemOwner.Secretariat, null, by, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}

public class MeetingSubmitLogTests
{
    [Fact]
    public void SubmitLog_WithMinutes_HandsItToTheSecretariat()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Draft).Build();

        meeting.SubmitLog(TestData.ExpertUser, TestData.Now);

        Assert.Equal(OutcomeStatus.Submitted, meeting.OutcomeStatus);
        Assert.Equal(TestData.Now, meeting.SubmittedAt);
        Assert.False(meeting.IsPublished);
        Recorded.Last(meeting.History, TestData.ExpertUser, TestData.Now, "Draft", "Submitted");
    }

    [Fact]
    public void SubmitLog_WithoutMinutesOrSummary_IsRefused()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.AddDecision("Adopt the outline.", TestData.ExpertUser, TestData.Now);

        var refusal = Refused.By(meeting, () => meeting.SubmitLog(TestData.ExpertUser, TestData.Now));

        Assert.Equal("Write the minutes or a summary before submitting the meeting log.", refusal.Message);
        Assert.Null(meeting.SubmittedAt);
    }

    [Theory]
    [InlineData("Outline agreed.", null)]
    [InlineData(null, "## Minutes")]
    public void SubmitLog_WithOnlyASummaryOrOnlyMinutes_IsAllowed(string? summary, string? minutes)
    {
        var meeting = new MeetingBuilder().Build();
        meeting.WriteMinutes(summary, minutes, TestData.ExpertUser, TestData.Now);

        meeting.SubmitLog(TestData.ExpertUser, TestData.Now);

        Assert.Equal(OutcomeStatus.Submitted, meeting.OutcomeStatus);
    }
}

public class MeetingReturnLogTests
{
    [Fact]
    public void ReturnLog_WithReason_SendsItBackToTheAuthors_WhoCanWriteAgain()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).Build();

        meeting.ReturnLog("Add the decisions.", TestData.Secretariat, TestData.Now);

        Assert.Equal(OutcomeStatus.Draft, meeting.OutcomeStatus);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, "Submitted", "Draft", "Add the decisions.");
        meeting.AddDecision("Adopt the outline.", TestData.ExpertUser, TestData.Now);
        Assert.Single(meeting.Decisions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ReturnLog_WithoutReason_IsRefused(string? reason)
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).Build();

        var refusal = Refused.By(meeting, () => meeting.ReturnLog(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for returning the log is required.", refusal.Message);
    }
}

public class MeetingPublishTests
{
    [Fact]
    public void Publish_WhenSubmitted_ShowsTheOutcomesToTheContact()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).Build();

        meeting.Publish(TestData.Secretariat, TestData.Now);

        Assert.True(meeting.IsPublished);
        Assert.Equal(TestData.Now, meeting.PublishedAt);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, "Submitted", "Published");
    }

    [Fact]
    public void Unpublish_WithReason_HidesTheOutcomesAgain()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Published).Build();

        meeting.Unpublish("Published too early.", TestData.Secretariat, TestData.Now);

        Assert.False(meeting.IsPublished);
        Assert.Equal(OutcomeStatus.Submitted, meeting.OutcomeStatus);
        Assert.Null(meeting.PublishedAt);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, "Published", "Submitted", "Published too early.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Unpublish_WithoutReason_IsRefused_AndKeepsItPublished(string? reason)
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Published).Build();
        var publishedAt = meeting.PublishedAt;

        var refusal = Refused.By(meeting, () => meeting.Unpublish(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for unpublishing is required.", refusal.Message);
        Assert.True(meeting.IsPublished);
        Assert.Equal(publishedAt, meeting.PublishedAt);
    }

    [Fact]
    public void PublishThenUnpublishThenPublish_RepublishesWithTheNewTime()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Published).Build();

        meeting.Unpublish("A typo in the minutes.", TestData.Secretariat, TestData.Now);
        meeting.Publish(TestData.Secretariat, TestData.Now.AddHours(1));

        Assert.Equal(TestData.Now.AddHours(1), meeting.PublishedAt);
    }
}
