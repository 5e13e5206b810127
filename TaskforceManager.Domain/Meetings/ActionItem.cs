using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.Domain.Meetings;

public enum ActionItemStatus
{
    Open,
    Done,
    Dropped,
    CarriedOver,
}

public enum ActionItemOwnerKind
{
    Expert,
    Secretariat,
    HostOrganisation,
}

/// <summary>Who owns an action item: an expert (by id), the secretariat, or the host organisation.</summary>
public sealed record ActionItemOwner(ActionItemOwnerKind Kind, int? ExpertId, string Name)
{
    public static ActionItemOwner Secretariat { get; } = new(ActionItemOwnerKind.Secretariat, null, "Secretariat");

    public static ActionItemOwner Expert(int expertId, string name) => new(ActionItemOwnerKind.Expert, expertId, name);

    public static ActionItemOwner Host(string organisation) => new(ActionItemOwnerKind.HostOrganisation, null, organisation);
}

/// <summary>Something a meeting agreed someone will do, by a date: Open → Done | Dropped, or carried over.</summary>
public sealed class ActionItem
{
    public const int TextMaxLength = 2000;
    public const int OwnerNameMaxLength = 200;

    private ActionItem()
    {
        Text = string.Empty;
        OwnerName = string.Empty;
    }

    internal ActionItem(string text, ActionItemOwner owner, DateOnly? dueOn)
    {
        Guard.Defined(owner.Kind, "Owner");
        if ((owner.Kind == ActionItemOwnerKind.Expert) != (owner.ExpertId is not null))
        {
            throw new DomainException("An action item owned by an expert must name the expert.");
        }

        Id = Guid.NewGuid();
        Text = Guard.Required(text, "The action item", TextMaxLength);
        OwnerKind = owner.Kind;
        OwnerExpertId = owner.ExpertId;
        OwnerName = Guard.Required(owner.Name, "The action item's owner", OwnerNameMaxLength);
        DueOn = dueOn;
        Status = ActionItemStatus.Open;
    }

    public Guid Id { get; private set; }
    public string Text { get; private set; }
    public ActionItemOwnerKind OwnerKind { get; private set; }
    public int? OwnerExpertId { get; private set; }
    public string OwnerName { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public ActionItemStatus Status { get; private set; }
    public string? ResolutionReason { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == ActionItemStatus.Open && DueOn is { } due && due < today;

    internal string? Resolve(ActionItemStatus to, string? reason, DateTimeOffset now)
    {
        if (Status != ActionItemStatus.Open)
        {
            throw new DomainException($"The action item \"{Text}\" is already {Words.Of(Status)}.");
        }

        Guard.Defined(to, "Action item status");
        string? why = to switch
        {
            ActionItemStatus.Dropped => Guard.Reason(reason, "dropping an action item"),
            ActionItemStatus.CarriedOver => Guard.Reason(reason, "carrying an action item over"),
            ActionItemStatus.Done => Guard.Optional(reason, "The note", HistoryEntry.ReasonMaxLength),
            _ => throw new DomainException("An action item can only be marked done, dropped or carried over."),
        };
        Status = to;
        ResolutionReason = why;
        ResolvedAt = now.ToUniversalTime();
        return why;
    }
}

public enum AttendanceStatus
{
    Present,
    Excused,
    Absent,
}

/// <summary>One person's attendance: an expert, or a stakeholder by organisation and type.</summary>
public sealed class Attendee
{
    public const int NameMaxLength = 200;

    private Attendee()
    {
        Name = string.Empty;
    }

    internal Attendee(int? expertId, string name, string? organisation, StakeholderType? stakeholderType, AttendanceStatus status)
    {
        Id = Guid.NewGuid();
        ExpertId = expertId;
        Name = Guard.Required(name, "The attendee's name", NameMaxLength);
        Organisation = Guard.Optional(organisation, "The attendee's organisation", NameMaxLength);
        StakeholderType = stakeholderType is { } t ? Guard.Defined(t, "Stakeholder type") : null;
        Status = Guard.Defined(status, "Attendance");
    }

    public Guid Id { get; private set; }
    public int? ExpertId { get; private set; }
    public string Name { get; private set; }
    public string? Organisation { get; private set; }
    public StakeholderType? StakeholderType { get; private set; }
    public AttendanceStatus Status { get; private set; }
}

/// <summary>An organisation invited to a meeting as a stakeholder, by its stakeholder type.</summary>
public sealed class StakeholderInvitation
{
    private StakeholderInvitation()
    {
        Organisation = string.Empty;
    }

    internal StakeholderInvitation(string organisation, StakeholderType type)
    {
        Id = Guid.NewGuid();
        Organisation = Guard.Required(organisation, "The stakeholder organisation", Attendee.NameMaxLength);
        StakeholderType = Guard.Defined(type, "Stakeholder type");
    }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; }
    public StakeholderType StakeholderType { get; private set; }
}

/// <summary>A decision a meeting took.</summary>
public sealed class Decision
{
    public const int TextMaxLength = 4000;

    private Decision()
    {
        Text = string.Empty;
    }

    internal Decision(string text)
    {
        Id = Guid.NewGuid();
        Text = Guard.Required(text, "The decision", TextMaxLength);
    }

    public Guid Id { get; private set; }
    public string Text { get; private set; }
}
