using System.Globalization;
using System.Text.RegularExpressions;

namespace TaskforceManager.App.Data.Seeding;

/// <summary>
/// Reads the dates and times of the seed files. Besides ISO dates ("2018-02-07", "2018-02-07T10:00:00Z") it accepts
/// dates relative to the day of seeding ("today-1T15:20", "today+16T10:00"), so demo records such as a request
/// received yesterday or a meeting next month stay current whenever the demo is loaded.
/// </summary>
internal sealed partial class SeedTime(DateTimeOffset now)
{
    /// <summary>A date without a time stands for midday UTC, which is the same calendar day everywhere in Europe.</summary>
    private static readonly TimeOnly Midday = new(12, 0);

    public DateTimeOffset Now { get; } = now.ToUniversalTime();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>When something happened. A time without an offset is UTC. It may not be later than now.</summary>
    public DateTimeOffset At(string? text, SeedScope scope, string field)
    {
        var value = Parse(scope.Required(text, field), scope, field);
        var at = new DateTimeOffset(value.Date.ToDateTime(value.Time ?? Midday), value.Offset ?? TimeSpan.Zero).ToUniversalTime();
        if (at > Now)
        {
            throw scope.Error($"'{field}' ({text}) is later than the time of seeding ({Now:yyyy-MM-dd HH:mm} UTC); a seeded event must already have happened.");
        }

        return at;
    }

    public DateTimeOffset? OptionalAt(string? text, SeedScope scope, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : At(text, scope, field);

    /// <summary>A calendar date, past or future.</summary>
    public DateOnly Date(string? text, SeedScope scope, string field)
    {
        var value = Parse(scope.Required(text, field), scope, field);
        if (value.Time is not null)
        {
            throw scope.Error($"'{field}' ({text}) must be a date without a time.");
        }

        return value.Date;
    }

    public DateOnly? OptionalDate(string? text, SeedScope scope, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(text, scope, field);

    /// <summary>A meeting's start or end, past or future. A time without an offset is local to the meeting's time zone.</summary>
    public DateTimeOffset Local(string? text, TimeZoneInfo zone, SeedScope scope, string field)
    {
        var value = Parse(scope.Required(text, field), scope, field);
        if (value.Time is not { } time)
        {
            throw scope.Error($"'{field}' ({text}) needs a time of day, e.g. 2026-12-10T10:00.");
        }

        var local = value.Date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, value.Offset ?? zone.GetUtcOffset(local)).ToUniversalTime();
    }

    [GeneratedRegex(@"^(?:(?<date>\d{4}-\d{2}-\d{2})|today(?:(?<sign>[+-])(?<days>\d{1,4}))?)(?:T(?<time>\d{2}:\d{2}(?::\d{2})?)(?<offset>Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex Pattern();

    private (DateOnly Date, TimeOnly? Time, TimeSpan? Offset) Parse(string text, SeedScope scope, string field)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw scope.Error($"'{field}' ({text}) is not a date. Write 2026-11-24, 2026-11-24T10:00:00Z, or relative to the day of seeding: today-3, today+16T10:00.");
        }

        DateOnly date;
        if (match.Groups["date"].Success)
        {
            if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                throw scope.Error($"'{field}' ({text}) is not a real calendar date.");
            }
        }
        else
        {
            var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : 0;
            var forward = match.Groups["sign"].Value != "-";
            date = AwayFromWeekend(Today.AddDays(forward ? days : -days), forward, days);
        }

        TimeOnly? time = null;
        if (match.Groups["time"].Success)
        {
            if (!TimeOnly.TryParseExact(match.Groups["time"].Value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw scope.Error($"'{field}' ({text}) has no valid time of day.");
            }

            time = parsed;
        }

        TimeSpan? offset = null;
        if (match.Groups["offset"].Success)
        {
            var o = match.Groups["offset"].Value;
            offset = o == "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(o[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (o[0] == '-' ? -1 : 1);
        }

        return (date, time, offset);
    }

    /// <summary>Relative demo dates skip weekends (a meeting never lands on a Sunday), moving further away from today.</summary>
    private static DateOnly AwayFromWeekend(DateOnly date, bool forward, int days)
    {
        if (days == 0)
        {
            return date;
        }

        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(forward ? 1 : -1);
        }

        return date;
    }
}
