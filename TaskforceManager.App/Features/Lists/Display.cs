using System.Globalization;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Lists;

/// <summary>How lists write dates, times and states: "12 March 2026", "12 March 2026, 14:05 (Europe/Brussels)", "In review".</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? string.Empty;

    public static string Date(DateTimeOffset? at) => at is { } a ? DateOnly.FromDateTime(a.UtcDateTime).ToString("d MMMM yyyy", English) : string.Empty;

    /// <summary>A moment in the time zone it belongs to (a meeting's), named, so nobody has to guess.</summary>
    public static string DateTime(DateTimeOffset at, string? timeZoneId)
    {
        var zone = TryZone(timeZoneId);
        var local = zone is null ? at.ToUniversalTime() : TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("d MMMM yyyy, HH:mm", English)} ({zone?.Id ?? "UTC"})";
    }

    public static string Status<T>(T status) where T : struct, Enum => Words.Capitalised(Words.Of(status));

    private static TimeZoneInfo? TryZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
