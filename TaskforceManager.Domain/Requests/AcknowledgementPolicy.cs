using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Requests;

/// <summary>How long the secretariat has to acknowledge a request: a number of working days after receipt.</summary>
public sealed record AcknowledgementPolicy
{
    public AcknowledgementPolicy(int workingDays, IReadOnlySet<DateOnly>? holidays = null)
    {
        if (workingDays is < 1 or > 60)
        {
            throw new DomainException("The acknowledgement target must be between 1 and 60 working days.");
        }

        WorkingDays = workingDays;
        Holidays = holidays;
    }

    public static AcknowledgementPolicy Default { get; } = new(5);

    public int WorkingDays { get; }
    public IReadOnlySet<DateOnly>? Holidays { get; }

    public DateOnly DueOn(DateOnly receivedOn) => Common.WorkingDays.Add(receivedOn, WorkingDays, Holidays);

    /// <summary>
    /// The last receipt date whose acknowledgement is overdue on <paramref name="today"/>: a request still waiting is
    /// overdue exactly when it was received on or before this date. Lets lists filter overdue requests in the database.
    /// </summary>
    public DateOnly LatestOverdueReceiptDate(DateOnly today)
    {
        var date = today;
        while (DueOn(date) >= today)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
