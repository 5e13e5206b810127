using System.Globalization;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Cases;

/// <summary>How case pages write dates, times and states: "12 March 2026", "12 March 2026, 14:05 UTC", "In review".</summary>
public static class CaseFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", EnGb);

    public static string? Date(DateTimeOffset? at) => at is { } a ? Date(a) : null;

    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm", EnGb) + " UTC";

    /// <summary>A meeting's start in the zone it is held in, e.g. "3 March 2026, 10:00 (Europe/Madrid)".</summary>
    public static string LocalDateTime(DateTimeOffset at, string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return DateTime(at);
        }

        return TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy, HH:mm", EnGb) + $" ({timeZoneId})";
    }

    public static string Status<T>(T status) where T : struct, Enum => State(status.ToString());

    /// <summary>A stored state name ("InReview") in words ("In review"); STEM keeps its capitals ("STEM platform").</summary>
    public static string State(string state) =>
        Words.Capitalised(string.Join(' ', Words.Split(state).Split(' ').Select(w => w == "stem" ? "STEM" : w)));

    public static DateOnly? ToDateOnly(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? ToDateTime(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
