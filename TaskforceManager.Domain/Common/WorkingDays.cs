namespace TaskforceManager.Domain.Common;

/// <summary>Counts working days (Monday to Friday, less any listed holidays).</summary>
public static class WorkingDays
{
    public static DateOnly Add(DateOnly start, int days, IReadOnlySet<DateOnly>? holidays = null)
    {
        if (days < 0)
        {
            throw new DomainException("The number of working days cannot be negative.");
        }

        var date = start;
        var added = 0;
        while (added < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, holidays))
            {
                added++;
            }
        }

        return date;
    }

    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive); negative when <paramref name="to"/> is earlier.</summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly>? holidays = null)
    {
        if (to == from)
        {
            return 0;
        }

        var sign = to > from ? 1 : -1;
        var (a, b) = sign > 0 ? (from, to) : (to, from);
        var count = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1))
        {
            if (IsWorkingDay(d, holidays))
            {
                count++;
            }
        }

        return sign * count;
    }

    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly>? holidays = null) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && (holidays is null || !holidays.Contains(date));
}
