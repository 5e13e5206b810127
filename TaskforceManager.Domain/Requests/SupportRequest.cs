using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Domain.Requests;

public enum SupportRequestStatus
{
    Submitted,
    InReview,
    Accepted,
    Declined,
    Withdrawn,
}

public enum SupportRequestAction
{
    Acknowledge,
    Accept,
    Decline,
    Withdraw,
}

/// <summary>The instrument a requester hopes for; <see cref="NotSure"/> leaves it to the secretariat.</summary>
public enum HopedInstrument
{
    PolicyBriefing,
    Taskforce,
    Roundtable,
    NotSure,
}

public enum Urgency
{
    Low,
    Normal,
    High,
}

public enum RequestChannel
{
    Portal,
    Secretariat,
}

/// <summary>The facts a requester gives when asking for support.</summary>
public sealed record SupportRequestDetails(
    string Title,
    string CountryCode,
    int? RegionId,
    string RequestingOrganisation,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ThemeCodes,
    string Challenge,
    HopedInstrument HopedInstrument,
    Urgency Urgency);

/// <summary>What was opened when a request was accepted.</summary>
public sealed record AcceptedCase(PolicyBriefing? Briefing, Taskforce? Taskforce, Roundtable? Roundtable);

/// <summary>A request for support from a member state, region or organisation, followed from intake to decision.</summary>
public sealed class SupportRequest
{
    public const int TitleMaxLength = 200;
    public const int OrganisationMaxLength = 200;
    public const int ContactNameMaxLength = 150;
    public const int ContactEmailMaxLength = 254;
    public const int ChallengeMaxLength = 8000;
    public const int NotesMaxLength = 4000;
    public const int OwnerMaxLength = Actor.IdMaxLength;

    private static readonly TransitionTable<SupportRequestStatus, SupportRequestAction> Transitions =
        new TransitionTable<SupportRequestStatus, SupportRequestAction>("request")
            .Allow(SupportRequestAction.Acknowledge, "acknowledged", SupportRequestStatus.Submitted)
            .Allow(SupportRequestAction.Accept, "accepted", SupportRequestStatus.InReview)
            .Allow(SupportRequestAction.Decline, "declined", SupportRequestStatus.InReview)
            .Allow(SupportRequestAction.Withdraw, "withdrawn", SupportRequestStatus.Submitted, SupportRequestStatus.InReview);

    private readonly List<HistoryEntry> _history = [];

    private SupportRequest()
    {
        Title = string.Empty;
        CountryCode = string.Empty;
        RequestingOrganisation = string.Empty;
        ContactName = string.Empty;
        ContactEmail = string.Empty;
        Challenge = string.Empty;
    }

    private SupportRequest(SupportRequestDetails details, RequestChannel channel, DateTimeOffset receivedAt, bool isDemo)
        : this()
    {
        Apply(details);
        Channel = Guard.Defined(channel, "Channel");
        ReceivedAt = receivedAt.ToUniversalTime();
        Status = SupportRequestStatus.Submitted;
        IsDemo = isDemo;
    }

    public int Id { get; private set; }
    public string Reference => Id == 0 ? "(new)" : $"SR-{ReceivedAt.Year}-{Id:D4}";
    public string Title { get; private set; }
    public string CountryCode { get; private set; }
    public int? RegionId { get; private set; }
    public string RequestingOrganisation { get; private set; }
    public string ContactName { get; private set; }
    public string ContactEmail { get; private set; }
    public List<string> ThemeCodes { get; private set; } = [];
    public string Challenge { get; private set; }
    public HopedInstrument HopedInstrument { get; private set; }
    public Urgency Urgency { get; private set; }
    public RequestChannel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public SupportRequestStatus Status { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public CaseKind? AcceptedAs { get; private set; }
    public string? DeclineReason { get; private set; }
    public string? WithdrawalReason { get; private set; }

    /// <summary>The secretariat member who owns the request (a user id).</summary>
    public string? OwnerId { get; private set; }
    public string? OwnerName { get; private set; }

    /// <summary>Secretariat-only notes; never shown to requesters.</summary>
    public string? InternalNotes { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<HistoryEntry> History => _history;

    public IReadOnlyList<SupportRequestAction> PermittedActions => Transitions.Permitted(Status);

    public bool Can(SupportRequestAction action) => Transitions.Can(Status, action);

    /// <summary>Records a new request as received; it starts Submitted and waits for acknowledgement.</summary>
    public static SupportRequest Submit(SupportRequestDetails details, RequestChannel channel, Actor by, DateTimeOffset now, bool isDemo = false)
    {
        var request = new SupportRequest(details, channel, now, isDemo);
        request.Record(by, now, "Submitted", null, SupportRequestStatus.Submitted, null);
        return request;
    }

    /// <summary>The date by which the secretariat must acknowledge the request.</summary>
    public DateOnly AcknowledgementDueOn(AcknowledgementPolicy policy) =>
        policy.DueOn(DateOnly.FromDateTime(ReceivedAt.UtcDateTime));

    /// <summary>Working days left before the acknowledgement is due (negative when overdue); null once acknowledged or closed.</summary>
    public int? AcknowledgementDaysLeft(AcknowledgementPolicy policy, DateTimeOffset now) =>
        Status == SupportRequestStatus.Submitted
            ? WorkingDays.Between(DateOnly.FromDateTime(now.UtcDateTime), AcknowledgementDueOn(policy), policy.Holidays)
            : null;

    /// <summary>Still waiting for acknowledgement after its due date.</summary>
    public bool IsAcknowledgementOverdue(AcknowledgementPolicy policy, DateTimeOffset now) =>
        Status == SupportRequestStatus.Submitted && DateOnly.FromDateTime(now.UtcDateTime) > AcknowledgementDueOn(policy);

    /// <summary>Corrects the request's facts; only while it has not been decided.</summary>
    public void UpdateDetails(SupportRequestDetails details, Actor by, DateTimeOffset now)
    {
        if (Status is not (SupportRequestStatus.Submitted or SupportRequestStatus.InReview))
        {
            throw new DomainException($"This request is {Words.Of(Status)}, so its details can no longer be changed.");
        }

        Apply(details);
        Record(by, now, "Details updated", null, null, null);
    }

    /// <summary>The secretariat confirms receipt and starts the review.</summary>
    public void Acknowledge(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, SupportRequestAction.Acknowledge);
        AcknowledgedAt = now.ToUniversalTime();
        Move(SupportRequestStatus.InReview, by, now, "Acknowledged", null);
    }

    /// <summary>Accepts the request with the chosen instrument and opens that case, pre-filled from the request.</summary>
    public AcceptedCase Accept(CaseKind instrument, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, SupportRequestAction.Accept);
        Guard.Defined(instrument, "Instrument");
        var title = Title;
        AcceptedCase opened = instrument switch
        {
            CaseKind.PolicyBriefing => new(PolicyBriefing.OpenFrom(this, by, now), null, null),
            CaseKind.Taskforce => new(null, Taskforce.Propose(new TaskforceDetails(title, CountryCode, RegionId, RequestingOrganisation, null, Challenge, [], ThemeCodes), Id, null, by, now, IsDemo), null),
            _ => new(null, null, Roundtable.Plan(new RoundtableDetails(title, ThemeCodes.FirstOrDefault() ?? string.Empty, CountryCode, RequestingOrganisation, null, RoundtableFormat.Online, null), null, Id, by, now, IsDemo)),
        };
        AcceptedAs = instrument;
        DecidedAt = now.ToUniversalTime();
        Move(SupportRequestStatus.Accepted, by, now, $"Accepted as {Words.Of(instrument)}", null);
        return opened;
    }

    /// <summary>Declines the request; the reason is shown to the requester, so it is required.</summary>
    public void Decline(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, SupportRequestAction.Decline);
        var why = Guard.Reason(reason, "declining, which the requester will read,");
        DeclineReason = why;
        DecidedAt = now.ToUniversalTime();
        Move(SupportRequestStatus.Declined, by, now, "Declined", why);
    }

    /// <summary>The requester withdraws the request before it has been decided.</summary>
    public void Withdraw(string? reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, SupportRequestAction.Withdraw);
        var why = Guard.Optional(reason, "The reason", HistoryEntry.ReasonMaxLength);
        WithdrawalReason = why;
        DecidedAt = now.ToUniversalTime();
        Move(SupportRequestStatus.Withdrawn, by, now, "Withdrawn", why);
    }

    /// <summary>Makes a secretariat member responsible for the request; only while it is open.</summary>
    public void AssignOwner(Actor owner, Actor by, DateTimeOffset now)
    {
        if (Status is not (SupportRequestStatus.Submitted or SupportRequestStatus.InReview))
        {
            throw new DomainException($"This request is {Words.Of(Status)}; only open requests can be given an owner.");
        }

        if (OwnerId == owner.Id)
        {
            throw new DomainException($"{owner.Name} already owns this request.");
        }

        OwnerId = owner.Id;
        OwnerName = owner.Name;
        Record(by, now, "Owner assigned", null, null, owner.Name);
    }

    public void SetInternalNotes(string? notes) =>
        InternalNotes = Guard.Optional(notes, "The internal notes", NotesMaxLength);

    private void Apply(SupportRequestDetails d)
    {
        // Every value is checked before any is assigned, so a refused edit changes nothing.
        var title = Guard.Required(d.Title, "The title", TitleMaxLength);
        var country = Guard.CountryCode(d.CountryCode);
        var organisation = Guard.Required(d.RequestingOrganisation, "The requesting organisation", OrganisationMaxLength);
        var contactName = Guard.Required(d.ContactName, "The contact person", ContactNameMaxLength);
        var contactEmail = Guard.Required(d.ContactEmail, "The contact's e-mail address", ContactEmailMaxLength);
        if (!contactEmail.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException($"'{contactEmail}' is not an e-mail address.");
        }

        var themes = Guard.Codes(d.ThemeCodes, Theme.CodeMaxLength, "Theme");
        if (themes.Count == 0)
        {
            throw new DomainException("Choose at least one theme.");
        }

        var challenge = Guard.Required(d.Challenge, "The challenge", ChallengeMaxLength);
        var instrument = Guard.Defined(d.HopedInstrument, "Instrument");
        var urgency = Guard.Defined(d.Urgency, "Urgency");

        Title = title;
        CountryCode = country;
        RegionId = d.RegionId;
        RequestingOrganisation = organisation;
        ContactName = contactName;
        ContactEmail = contactEmail;
        ThemeCodes = themes.ToList();
        Challenge = challenge;
        HopedInstrument = instrument;
        Urgency = urgency;
    }

    private void Move(SupportRequestStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = Status;
        Status = to;
        Record(by, now, action, from, to, reason);
    }

    private void Record(Actor by, DateTimeOffset now, string action, SupportRequestStatus? from, SupportRequestStatus? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from?.ToString(), to?.ToString(), reason));
}
