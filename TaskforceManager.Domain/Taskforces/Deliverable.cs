using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Taskforces;

public enum DeliverableStatus
{
    Planned,
    InProgress,
    Delivered,
    Dropped,
}

/// <summary>Something a taskforce promises to produce: a strategy draft, a platform design, a programme plan…</summary>
public sealed class Deliverable
{
    public const int TitleMaxLength = 200;

    private Deliverable()
    {
        Title = string.Empty;
    }

    internal Deliverable(string title, DateOnly? dueOn)
    {
        Id = Guid.NewGuid();
        Title = title;
        DueOn = dueOn;
        Status = DeliverableStatus.Planned;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DeliverableStatus Status { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? DropReason { get; private set; }

    internal string? MoveTo(DeliverableStatus to, string? reason, DateTimeOffset now)
    {
        Guard.Defined(to, "Deliverable status");
        var legal = (Status, to) switch
        {
            (DeliverableStatus.Planned, DeliverableStatus.InProgress) => true,
            (DeliverableStatus.Planned or DeliverableStatus.InProgress, DeliverableStatus.Delivered) => true,
            (DeliverableStatus.Planned or DeliverableStatus.InProgress, DeliverableStatus.Dropped) => true,
            (DeliverableStatus.InProgress, DeliverableStatus.Planned) => true,
            _ => false,
        };
        if (!legal)
        {
            throw new DomainException($"The deliverable \"{Title}\" is {Words.Of(Status)}, so it cannot be marked {Words.Of(to)}.");
        }

        string? why = null;
        if (to == DeliverableStatus.Dropped)
        {
            why = Guard.Reason(reason, "dropping a deliverable");
            DropReason = why;
        }

        if (to == DeliverableStatus.Delivered)
        {
            DeliveredAt = now.ToUniversalTime();
        }

        Status = to;
        return why;
    }
}
