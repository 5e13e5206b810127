using TaskforceManager.Domain.Common;

namespace TaskforceManager.Tests.Domain.Common;

public class WorkingDaysTests
{
    private static readonly DateOnly Friday = new(2025, 3, 14);
    private static readonly DateOnly Saturday = new(2025, 3, 15);
    private static readonly DateOnly Sunday = new(2025, 3, 16);
    private static readonly DateOnly Monday = new(2025, 3, 17);

    [Fact]
    public void IsWorkingDay_MondayToFriday_NotTheWeekend()
    {
        Assert.True(WorkingDays.IsWorkingDay(Friday));
        Assert.False(WorkingDays.IsWorkingDay(Saturday));
        Assert.False(WorkingDays.IsWorkingDay(Sunday));
        Assert.True(WorkingDays.IsWorkingDay(Monday));
    }

    [Fact]
    public void IsWorkingDay_NotOnAHoliday()
    {
        Assert.False(WorkingDays.IsWorkingDay(Monday, new HashSet<DateOnly> { Monday }));
    }

    [Theory]
    [InlineData("2025-03-14", 1, "2025-03-17")]
    [InlineData("2025-03-14", 5, "2025-03-21")]
    [InlineData("2025-03-15", 1, "2025-03-17")]
    [InlineData("2025-03-16", 5, "2025-03-21")]
    [InlineData("2025-03-10", 4, "2025-03-14")]
    [InlineData("2025-03-10", 10, "2025-03-24")]
    public void Add_SkipsWeekends(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.Add(DateOnly.Parse(start), days));
    }

    [Fact]
    public void Add_Zero_IsTheStartDate_EvenOnAWeekend()
    {
        Assert.Equal(Saturday, WorkingDays.Add(Saturday, 0));
    }

    [Fact]
    public void Add_SkipsHolidays()
    {
        var holidays = new HashSet<DateOnly> { Monday, Monday.AddDays(1) };

        Assert.Equal(new DateOnly(2025, 3, 19), WorkingDays.Add(Friday, 1, holidays));
    }

    [Fact]
    public void Add_NegativeDays_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => WorkingDays.Add(Friday, -1));

        Assert.Equal("The number of working days cannot be negative.", refusal.Message);
    }

    [Theory]
    [InlineData("2025-03-14", "2025-03-14", 0)]
    [InlineData("2025-03-14", "2025-03-16", 0)]
    [InlineData("2025-03-14", "2025-03-17", 1)]
    [InlineData("2025-03-14", "2025-03-21", 5)]
    [InlineData("2025-03-21", "2025-03-14", -5)]
    [InlineData("2025-03-17", "2025-03-14", -1)]
    public void Between_CountsWorkingDays_NegativeBackwards(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDays.Between(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void Between_SkipsHolidays()
    {
        Assert.Equal(4, WorkingDays.Between(Friday, Friday.AddDays(7), new HashSet<DateOnly> { Monday }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    public void Between_UndoesAdd(int days)
    {
        Assert.Equal(days, WorkingDays.Between(Friday, WorkingDays.Add(Friday, days)));
    }
}
