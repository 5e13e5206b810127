using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.Domain.Roundtables;

public enum RoundtableStatus
{
    Planned,
    Held,
    Reported,
    Cancelled,
}

public enum RoundtableAction
{
    Edit,
    RecordHeld,
    Report,
    Cancel,
    RecordParticipants,
    RecordFindings,
    PublishReport,
    UnpublishReport,
}

public enum RoundtableFormat
{
    InPerson,
    Online,
    Hybrid,
}

/// <summary>The kinds of stakeholders a roundtable brings together.</summary>
public enum StakeholderType
{
    EmployerOrganisation,
    EngineeringAssociation,
    EducationInstitution,
    Government,
    CivilSociety,
    Company,
    Research,
    StemPlatform,
    EuropeanInstitution,
    Other,
}

public sealed record RoundtableDetails(
    string Title,
    string ThemeCode,
    string? CountryCode,
    string? RequestedBy,
    DateOnly? PlannedOn,
    RoundtableFormat Format,
    string? Place);

/// <summary>Brings key stakeholders together on a theme to find the bottlenecks in the STEM pipeline and recommend what to do.</summary>
public sealed class Roundtable
{
    public const int TitleMaxLength = 200;
    public const int RequestedByMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int TextMaxLength = 20000;

    private static readonly TransitionTable<RoundtableStatus, RoundtableAction> Transitions =
        new TransitionTable<RoundtableStatus, RoundtableAction>("roundtable")
            .Allow(RoundtableAction.Edit, "edited", RoundtableStatus.Planned, RoundtableStatus.Held)
            .Allow(RoundtableAction.RecordParticipants, "given participants", RoundtableStatus.Planned, RoundtableStatus.Held)
            .Allow(RoundtableAction.RecordFindings, "given bottlenecks or recommendations", RoundtableStatus.Held)
            .Allow(RoundtableAction.RecordHeld, "recorded as held", RoundtableStatus.Planned)
            .Allow(RoundtableAction.Report, "reported", RoundtableStatus.Held)
            .Allow(RoundtableAction.Cancel, "cancelled", RoundtableStatus.Planned)
            .Allow(RoundtableAction.PublishReport, "given a published report", RoundtableStatus.Reported)
            .Allow(RoundtableAction.UnpublishReport, "have its report unpublished", RoundtableStatus.Reported);

    private readonly List<HistoryEntry> _history = [];
    private readonly List<RoundtableParticipant> _participants = [];
    private readonly List<Bottleneck> _bottlenecks = [];
    private readonly List<Recommendation> _recommendations = [];

    private Roundtable()
    {
        Title = string.Empty;
        ThemeCode = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The taskforce that convened it; null for a standalone roundtable.</summary>
    public int? TaskforceId { get; private set; }
    public int? SupportRequestId { get; private set; }
    public string Title { get; private set; }
    public string ThemeCode { get; private set; }

    /// <summary>Null when the roundtable is European rather than national.</summary>
    public string? CountryCode { get; private set; }
    public string? RequestedBy { get; private set; }
    public DateOnly? PlannedOn { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    public RoundtableFormat Format { get; private set; }
    public string? Place { get; private set; }
    public string? Summary { get; private set; }
    public RoundtableStatus Status { get; private set; }
    public DateTimeOffset? ReportedAt { get; private set; }
    public string? CancellationReason { get; private set; }
    public string? OwnerId { get; private set; }
    public string? OwnerName { get; private set; }
    public string? InternalNotes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>Whether the member-state contact may see this record's report; internal until the secretariat publishes it.</summary>
    public bool IsReportPublished { get; private set; }
    public DateTimeOffset? ReportPublishedAt { get; private set; }
    public IReadOnlyList<RoundtableParticipant> Participants => _participants;
    public IReadOnlyList<Bottleneck> Bottlenecks => _bottlenecks;
    public IReadOnlyList<Recommendation> Recommendations => _recommendations;
    public IReadOnlyList<HistoryEntry> History => _history;

    public IReadOnlyList<RoundtableAction> PermittedActions =>
        Transitions.Permitted(Status)
            .Where(a => a != RoundtableAction.PublishReport || !IsReportPublished)
            .Where(a => a != RoundtableAction.UnpublishReport || IsReportPublished)
            .ToList();

    public bool Can(RoundtableAction action) => PermittedActions.Contains(action);

    /// <summary>Plans a roundtable, standalone or under a taskforce.</summary>
    public static Roundtable Plan(RoundtableDetails details, int? taskforceId, int? supportRequestId, Actor by, DateTimeOffset now, bool isDemo = false)
    {
        var roundtable = new Roundtable
        {
            TaskforceId = taskforceId,
            SupportRequestId = supportRequestId,
            Status = RoundtableStatus.Planned,
            CreatedAt = now.ToUniversalTime(),
            IsDemo = isDemo,
        };
        roundtable.Apply(details);
        roundtable.Record(by, now, taskforceId is null ? "Planned" : "Convened by taskforce", null, RoundtableStatus.Planned, null);
        return roundtable;
    }

    public void Edit(RoundtableDetails details, string? summary, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.Edit);
        var newSummary = Guard.Optional(summary, "The summary", TextMaxLength);
        Apply(details);
        Summary = newSummary;
        Record(by, now, "Edited", null, null, null);
    }

    public RoundtableParticipant AddParticipant(string organisation, StakeholderType type, int people, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.RecordParticipants);
        var participant = new RoundtableParticipant(organisation, type, people);
        _participants.Add(participant);
        Record(by, now, "Participant added", null, null, $"{participant.Organisation} ({Words.Of(type)})");
        return participant;
    }

    public void RemoveParticipant(Guid participantId, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.RecordParticipants);
        var participant = _participants.FirstOrDefault(p => p.Id == participantId)
            ?? throw new DomainException("That participant is not recorded for this roundtable.");
        _participants.Remove(participant);
        Record(by, now, "Participant removed", null, null, participant.Organisation);
    }

    /// <summary>Participants counted by stakeholder type, for reports.</summary>
    public IReadOnlyDictionary<StakeholderType, int> PeopleByStakeholderType() =>
        _participants.GroupBy(p => p.StakeholderType).ToDictionary(g => g.Key, g => g.Sum(p => p.People));

    /// <summary>Records that the roundtable took place; it cannot be recorded for a future date.</summary>
    public void RecordHeld(DateOnly heldOn, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.RecordHeld);
        if (heldOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException($"A roundtable cannot be recorded as held on {heldOn:d MMMM yyyy}: that date is in the future.");
        }

        HeldOn = heldOn;
        Move(RoundtableStatus.Held, by, now, "Held", null);
    }

    public Bottleneck AddBottleneck(string text, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.RecordFindings);
        var bottleneck = new Bottleneck(text);
        _bottlenecks.Add(bottleneck);
        Record(by, now, "Bottleneck recorded", null, null, null);
        return bottleneck;
    }

    public Recommendation AddRecommendation(string text, IEnumerable<string>? themeCodes, int? bestPracticeId, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.RecordFindings);
        var recommendation = new Recommendation(text, themeCodes, bestPracticeId);
        _recommendations.Add(recommendation);
        Record(by, now, "Recommendation recorded", null, null, null);
        return recommendation;
    }

    /// <summary>Publishes the findings: needs at least one bottleneck and one recommendation.</summary>
    public void Report(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.Report);
        if (_bottlenecks.Count == 0 || _recommendations.Count == 0)
        {
            throw new DomainException("A roundtable can only be reported with at least one bottleneck and one recommendation.");
        }

        ReportedAt = now.ToUniversalTime();
        Move(RoundtableStatus.Reported, by, now, "Reported", null);
    }

    public void Cancel(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.Cancel);
        var why = Guard.Reason(reason, "cancelling");
        CancellationReason = why;
        Move(RoundtableStatus.Cancelled, by, now, "Cancelled", why);
    }

    public void AssignOwner(Actor owner, Actor by, DateTimeOffset now)
    {
        if (Status is RoundtableStatus.Cancelled or RoundtableStatus.Reported)
        {
            throw new DomainException($"This roundtable is {Words.Of(Status)}; it can no longer be given an owner.");
        }

        OwnerId = owner.Id;
        OwnerName = owner.Name;
        Record(by, now, "Owner assigned", null, null, owner.Name);
    }

    /// <summary>Makes the roundtable's report visible to the member-state contact; recorded in the history.</summary>
    public void PublishReport(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.PublishReport);
        if (IsReportPublished)
        {
            throw new DomainException("The report is already published.");
        }

        IsReportPublished = true;
        ReportPublishedAt = now.ToUniversalTime();
        Record(by, now, "Report published", null, null, null);
    }

    /// <summary>Takes the report back from the member-state contact, saying why.</summary>
    public void UnpublishReport(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, RoundtableAction.UnpublishReport);
        if (!IsReportPublished)
        {
            throw new DomainException("The report is not published.");
        }

        var why = Guard.Reason(reason, "unpublishing the report");
        IsReportPublished = false;
        ReportPublishedAt = null;
        Record(by, now, "Report unpublished", null, null, why);
    }

    public void SetInternalNotes(string? notes) =>
        InternalNotes = Guard.Optional(notes, "The internal notes", SupportRequest.NotesMaxLength);

    private void Apply(RoundtableDetails d)
    {
        var title = Guard.Required(d.Title, "The title", TitleMaxLength);
        var theme = Guard.Required(d.ThemeCode, "The theme", Theme.CodeMaxLength);
        var country = string.IsNullOrWhiteSpace(d.CountryCode) ? null : Guard.CountryCode(d.CountryCode);
        var requestedBy = Guard.Optional(d.RequestedBy, "Who requested it", RequestedByMaxLength);
        var format = Guard.Defined(d.Format, "Format");
        var place = Guard.Optional(d.Place, "The place", PlaceMaxLength);

        Title = title;
        ThemeCode = theme;
        CountryCode = country;
        RequestedBy = requestedBy;
        PlannedOn = d.PlannedOn;
        Format = format;
        Place = place;
    }

    private void Move(RoundtableStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = Status;
        Status = to;
        Record(by, now, action, from, to, reason);
    }

    private void Record(Actor by, DateTimeOffset now, string action, RoundtableStatus? from, RoundtableStatus? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from?.ToString(), to?.ToString(), reason));
}

/// <summary>An organisation that took part, by stakeholder type, and how many of its people came.</summary>
public sealed class RoundtableParticipant
{
    public const int OrganisationMaxLength = 200;

    private RoundtableParticipant()
    {
        Organisation = string.Empty;
    }

    internal RoundtableParticipant(string organisation, StakeholderType type, int people)
    {
        if (people < 1)
        {
            throw new DomainException("A participating organisation must send at least one person.");
        }

        Id = Guid.NewGuid();
        Organisation = Guard.Required(organisation, "The participant's organisation", OrganisationMaxLength);
        StakeholderType = Guard.Defined(type, "Stakeholder type");
        People = people;
    }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; }
    public StakeholderType StakeholderType { get; private set; }
    public int People { get; private set; }
}

/// <summary>A bottleneck in the STEM education pipeline a roundtable found.</summary>
public sealed class Bottleneck
{
    public const int TextMaxLength = 4000;

    private Bottleneck()
    {
        Text = string.Empty;
    }

    internal Bottleneck(string text)
    {
        Id = Guid.NewGuid();
        Text = Guard.Required(text, "The bottleneck", TextMaxLength);
    }

    public Guid Id { get; private set; }
    public string Text { get; private set; }
}
