namespace TaskforceManager.Domain.Requests;

/// <summary>How long the secretariat has to acknowledge a request: a number of working days after receipt.</summary>
public sealed record AcknowledgementPolicy(int WorkingDays, IReadOnlySet<DateOnly>? Holidays = null)
{
    public static AcknowledgementPolicy Default { get; } = new(5);
}
