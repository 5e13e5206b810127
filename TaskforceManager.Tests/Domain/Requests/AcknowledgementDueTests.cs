using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Requests;

/// <summary>The secretariat has a target time (default 5 working days) to acknowledge a request; overdue requests stand out.</summary>
public class AcknowledgementDueTests
{
    private static readonly DateTimeOffset FridayMorning = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static SupportRequest ReceivedAt(DateTimeOffset at, SupportRequestStatus status = SupportRequestStatus.Submitted) =>
        new SupportRequestBuilder().ReceivedAt(at).InStatus(status).Build();

    [Fact]
    public void DueOn_MidWeek_IsOneWeekLater()
    {
        var request = ReceivedAt(new DateTimeOffset(2025, 3, 12, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 3, 19), request.AcknowledgementDueOn(AcknowledgementPolicy.Default));
    }

    [Fact]
    public void DueOn_ReceivedOnFriday_SkipsTheWeekend_FiveWorkingDays()
    {
        var request = ReceivedAt(FridayMorning);

        Assert.Equal(new DateOnly(2025, 3, 21), request.AcknowledgementDueOn(AcknowledgementPolicy.Default));
    }

    [Fact]
    public void DueOn_ReceivedOnSaturday_CountsFromMonday()
    {
        var request = ReceivedAt(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 3, 21), request.AcknowledgementDueOn(AcknowledgementPolicy.Default));
    }

    [Fact]
    public void DueOn_IsCountedFromTheUtcDateOfReceipt()
    {
        // Saturday 00:30 in Brussels is still Friday in UTC.
        var request = ReceivedAt(new DateTimeOffset(2025, 3, 15, 0, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2025, 3, 21), request.AcknowledgementDueOn(AcknowledgementPolicy.Default));
    }

    [Fact]
    public void DefaultPolicy_IsFiveWorkingDaysWithoutHolidays()
    {
        Assert.Equal(5, AcknowledgementPolicy.Default.WorkingDays);
        Assert.Null(AcknowledgementPolicy.Default.Holidays);
    }

    [Theory]
    [InlineData("2025-03-14T17:00:00Z", false)]
    [InlineData("2025-03-21T09:00:00Z", false)]
    [InlineData("2025-03-21T23:59:00Z", false)]
    [InlineData("2025-03-24T09:00:00Z", true)]
    [InlineData("2025-04-30T09:00:00Z", true)]
    public void IsOverdue_OnlyAfterTheDueDate(string now, bool overdue)
    {
        var request = ReceivedAt(FridayMorning);

        Assert.Equal(overdue, request.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, DateTimeOffset.Parse(now)));
    }

    [Theory]
    [InlineData("2025-03-14T17:00:00Z", 5)]
    [InlineData("2025-03-15T10:00:00Z", 5)]
    [InlineData("2025-03-17T10:00:00Z", 4)]
    [InlineData("2025-03-21T10:00:00Z", 0)]
    [InlineData("2025-03-24T10:00:00Z", -1)]
    [InlineData("2025-03-28T10:00:00Z", -5)]
    public void DaysLeft_CountsWorkingDaysToTheDueDate_NegativeWhenOverdue(string now, int daysLeft)
    {
        var request = ReceivedAt(FridayMorning);

        Assert.Equal(daysLeft, request.AcknowledgementDaysLeft(AcknowledgementPolicy.Default, DateTimeOffset.Parse(now)));
    }

    [Theory]
    [InlineData(SupportRequestStatus.InReview)]
    [InlineData(SupportRequestStatus.Accepted)]
    [InlineData(SupportRequestStatus.Declined)]
    [InlineData(SupportRequestStatus.Withdrawn)]
    public void OnceAcknowledgedOrClosed_ItIsNeverOverdue(SupportRequestStatus status)
    {
        var request = ReceivedAt(FridayMorning, status);
        var monthsLater = FridayMorning.AddMonths(3);

        Assert.False(request.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, monthsLater));
        Assert.Null(request.AcknowledgementDaysLeft(AcknowledgementPolicy.Default, monthsLater));
    }

    [Fact]
    public void ConfigurablePolicy_SkipsItsHolidays()
    {
        // Received on Maundy Thursday 2025; Good Friday and Easter Monday are holidays.
        var request = ReceivedAt(new DateTimeOffset(2025, 4, 17, 10, 0, 0, TimeSpan.Zero));
        var easter = new AcknowledgementPolicy(5, new HashSet<DateOnly> { new(2025, 4, 18), new(2025, 4, 21) });

        Assert.Equal(new DateOnly(2025, 4, 24), request.AcknowledgementDueOn(AcknowledgementPolicy.Default));
        Assert.Equal(new DateOnly(2025, 4, 28), request.AcknowledgementDueOn(easter));
        Assert.Equal(4, request.AcknowledgementDaysLeft(easter, new DateTimeOffset(2025, 4, 22, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(request.IsAcknowledgementOverdue(easter, new DateTimeOffset(2025, 4, 25, 9, 0, 0, TimeSpan.Zero)));
        Assert.True(request.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, new DateTimeOffset(2025, 4, 25, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(1, "2025-03-17")]
    [InlineData(10, "2025-03-28")]
    public void ConfigurablePolicy_UsesItsNumberOfWorkingDays(int workingDays, string due)
    {
        var request = ReceivedAt(FridayMorning);

        Assert.Equal(DateOnly.Parse(due), request.AcknowledgementDueOn(new AcknowledgementPolicy(workingDays)));
    }
}
