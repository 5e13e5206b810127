using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Meetings;

public class MeetingScheduleTests
{
    private static readonly DateTimeOffset NextWeek = TestData.Now.AddDays(7);

    [Fact]
    public void Schedule_ForATaskforce_StartsScheduledAndNotLogged()
    {
        var meeting = Meeting.Schedule(5, null, MeetingBuilder.Details(NextWeek), [11, 12, 11], TestData.Secretariat, TestData.Now);

        Assert.Equal(5, meeting.TaskforceId);
        Assert.Null(meeting.RoundtableId);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(OutcomeStatus.NotLogged, meeting.OutcomeStatus);
        Assert.Equal([11, 12], meeting.InvitedExpertIds);
        Assert.False(meeting.IsPublished);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, null, "Scheduled");
    }

    [Fact]
    public void Schedule_StoresTheStartInUtc()
    {
        var localStart = new DateTimeOffset(2025, 3, 19, 10, 0, 0, TimeSpan.FromHours(1));

        var meeting = Meeting.Schedule(5, null, MeetingBuilder.Details(localStart), [], TestData.Secretariat, TestData.Now);

        Assert.Equal(TimeSpan.Zero, meeting.StartsAt.Offset);
        Assert.Equal(localStart, meeting.StartsAt);
    }

    [Fact]
    public void Schedule_AsARoundtableSession_BelongsToTheRoundtable()
    {
        var meeting = Meeting.Schedule(null, 8, MeetingBuilder.Details(NextWeek), [], TestData.Secretariat, TestData.Now);

        Assert.Equal(8, meeting.RoundtableId);
        Assert.Null(meeting.TaskforceId);
    }

    [Theory]
    [InlineData(5, 8)]
    [InlineData(null, null)]
    public void Schedule_ForBothOrNeitherTaskforceAndRoundtable_IsRefused(int? taskforceId, int? roundtableId)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            Meeting.Schedule(taskforceId, roundtableId, MeetingBuilder.Details(NextWeek), [], TestData.Secretariat, TestData.Now));

        Assert.Equal("A meeting belongs to exactly one taskforce or one roundtable.", refusal.Message);
    }

    [Fact]
    public void Schedule_EndingBeforeItStarts_IsRefused()
    {
        var details = MeetingBuilder.Details(NextWeek) with { EndsAt = NextWeek };

        var refusal = Assert.Throws<DomainException>(() => Meeting.Schedule(5, null, details, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("The meeting must end after it starts.", refusal.Message);
    }

    [Fact]
    public void Schedule_InPersonWithoutCity_IsRefused()
    {
        var details = MeetingBuilder.Details(NextWeek) with { Format = MeetingFormat.InPerson, City = null };

        var refusal = Assert.Throws<DomainException>(() => Meeting.Schedule(5, null, details, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("Give the city of a meeting held in person.", refusal.Message);
    }

    [Theory]
    [InlineData("http://meet.example.org/x")]
    [InlineData("meet.example.org/x")]
    public void Schedule_OnlineWithALinkThatIsNotHttps_IsRefused(string link)
    {
        var details = MeetingBuilder.Details(NextWeek) with { Format = MeetingFormat.Online, City = null, OnlineLink = link };

        var refusal = Assert.Throws<DomainException>(() => Meeting.Schedule(5, null, details, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("The online link must be a full https:// address.", refusal.Message);
    }

    [Fact]
    public void Schedule_InAnUnknownTimeZone_IsRefused()
    {
        var details = MeetingBuilder.Details(NextWeek) with { TimeZoneId = "Europe/Atlantis" };

        var refusal = Assert.Throws<DomainException>(() => Meeting.Schedule(5, null, details, [], TestData.Secretariat, TestData.Now));

        Assert.Equal("'Europe/Atlantis' is not a known time zone.", refusal.Message);
    }

    [Fact]
    public void Reschedule_BeforeLogging_MovesTheMeeting_AndIsRecorded()
    {
        var meeting = new MeetingBuilder().StartingAt(NextWeek).Build();

        meeting.Reschedule(MeetingBuilder.Details(NextWeek.AddDays(1)), TestData.Secretariat, TestData.Now);

        Assert.Equal(NextWeek.AddDays(1), meeting.StartsAt);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, null, null);
    }

    [Fact]
    public void Reschedule_WithInvalidDetails_ChangesNothing()
    {
        var meeting = new MeetingBuilder().StartingAt(NextWeek).Build();
        var details = MeetingBuilder.Details(NextWeek.AddDays(1)) with { Format = MeetingFormat.InPerson, City = " " };

        Refused.By(meeting, () => meeting.Reschedule(details, TestData.Secretariat, TestData.Now));

        Assert.Equal("Bilbao", meeting.City);
    }

    [Theory]
    [InlineData(OutcomeStatus.Draft)]
    [InlineData(OutcomeStatus.Submitted)]
    [InlineData(OutcomeStatus.Published)]
    public void Reschedule_AfterLogging_IsRefused(OutcomeStatus outcome)
    {
        var meeting = new MeetingBuilder().WithOutcome(outcome).Build();

        var refusal = Refused.By(meeting, () => meeting.Reschedule(MeetingBuilder.Details(NextWeek), TestData.Secretariat, TestData.Now));

        Assert.Equal("Outcomes have already been logged for this meeting, so it can no longer be rescheduled.", refusal.Message);
    }
}

public class MeetingCancelTests
{
    [Fact]
    public void Cancel_WithReason_CancelsTheMeeting_AndKeepsWhy()
    {
        var meeting = new MeetingBuilder().StartingAt(TestData.Now.AddDays(3)).Build();

        meeting.Cancel("The host could not receive us.", TestData.Secretariat, TestData.Now);

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal("The host could not receive us.", meeting.CancellationReason);
        Assert.Empty(meeting.PermittedActions(TestData.Now));
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, "Scheduled", "Cancelled", "The host could not receive us.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Cancel_WithoutReason_IsRefused(string? reason)
    {
        var meeting = new MeetingBuilder().Build();

        var refusal = Refused.By(meeting, () => meeting.Cancel(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for cancelling is required.", refusal.Message);
    }

    [Fact]
    public void Cancel_AfterLogging_IsRefused()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Draft).Build();

        var refusal = Refused.By(meeting, () => meeting.Cancel("Too late.", TestData.Secretariat, TestData.Now));

        Assert.Equal("Outcomes have already been logged for this meeting, so it cannot be cancelled.", refusal.Message);
    }

    public static TheoryData<string> EverythingACancelledMeetingRefuses =>
    [
        "Reschedule", "Cancel", "WriteMinutes", "RecordAttendance", "AddDecision", "AddRecommendation", "AddActionItem",
        "SubmitLog", "CompleteActionItem", "DropActionItem", "CarryOverActionItem",
    ];

    [Theory]
    [MemberData(nameof(EverythingACancelledMeetingRefuses))]
    public void CancelledMeeting_RefusesEverything_SayingItWasCancelled(string operation)
    {
        var meeting = new MeetingBuilder().Cancelled().Build();

        var refusal = Refused.By(meeting, () => Perform(meeting, operation));

        Assert.StartsWith("This meeting was cancelled, so it cannot be", refusal.Message);
    }

    [Theory]
    [InlineData("ReturnLog")]
    [InlineData("Publish")]
    [InlineData("Unpublish")]
    public void CancelledMeeting_RefusesTheSecretariatsLogActionsToo(string operation)
    {
        var meeting = new MeetingBuilder().Cancelled().Build();

        Refused.By(meeting, () => Perform(meeting, operation));
    }

    private static void Perform(Meeting meeting, string operation)
    {
        var by = TestData.Secretariat;
        var now = TestData.Now;
        var anyItem = Guid.NewGuid();
        switch (operation)
        {
            case "Reschedule": meeting.Reschedule(MeetingBuilder.Details(now.AddDays(7)), by, now); break;
            case "Cancel": meeting.Cancel("Again.", by, now); break;
            case "WriteMinutes": meeting.WriteMinutes("Summary", "Minutes", by, now); break;
            case "RecordAttendance": meeting.RecordAttendance(11, "Jan de Vries", null, null, AttendanceStatus.Present, by, now); break;
            case "AddDecision": meeting.AddDecision("Adopt the outline.", by, now); break;
            case "AddRecommendation": meeting.AddRecommendation("Adopt Jet-Net.", null, null, by, now); break;
            case "AddActionItem": meeting.AddActionItem("Call the ministry.", ActionItemOwner.Secretariat, null, by, now); break;
            case "SubmitLog": meeting.SubmitLog(by, now); break;
            case "ReturnLog": meeting.ReturnLog("Reason.", by, now); break;
            case "Publish": meeting.Publish(by, now); break;
            case "Unpublish": meeting.Unpublish("Reason.", by, now); break;
            case "CompleteActionItem": meeting.CompleteActionItem(anyItem, by, now); break;
            case "DropActionItem": meeting.DropActionItem(anyItem, "Reason.", by, now); break;
            case "CarryOverActionItem": meeting.CarryOverActionItem(anyItem, "Reason.", by, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
