using System.Globalization;

namespace TaskforceManager.App.Features.Requests;

/// <summary>Dates and times as the requests pages write them: "12 March 2026", times in UTC with the zone named.</summary>
public static class RequestDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", English);

    public static string DayAndTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", English);

    /// <summary>How the acknowledgement clock reads: days left, due today, or overdue.</summary>
    public static string Clock(int? daysLeft, bool isOverdue) => (daysLeft, isOverdue) switch
    {
        (null, _) => string.Empty,
        (var d, true) when d < 0 => $"Overdue by {-d} working {(d == -1 ? "day" : "days")}",
        (_, true) => "Overdue",
        (0, _) => "Due today",
        (var d, _) => $"{d} working {(d == 1 ? "day" : "days")} left",
    };
}
