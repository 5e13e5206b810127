using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.Domain.Taskforces;

public enum TaskforceStatus
{
    Proposed,
    Active,
    Suspended,
    Concluded,
    Cancelled,
}

public enum TaskforceAction
{
    Edit,
    Activate,
    Suspend,
    Resume,
    Conclude,
    Cancel,
    ConveneRoundtable,
    ManageDeliverables,
    PublishReport,
    UnpublishReport,
}

/// <summary>The describing facts of a taskforce, as the coalition's dossier records them.</summary>
public sealed record TaskforceDetails(
    string Title,
    string CountryCode,
    int? RegionId,
    string HostOrganisation,
    string? Summary,
    string? Background,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> ThemeCodes);

/// <summary>A longer-running series of support actions that helps a country or region build a STEM strategy, platform or programme.</summary>
public sealed class Taskforce
{
    public const int TitleMaxLength = 200;
    public const int HostOrganisationMaxLength = 200;
    public const int SummaryMaxLength = 1000;
    public const int TextMaxLength = 20000;
    public const int ObjectiveMaxLength = 500;

    private static readonly TaskforceStatus[] Open = [TaskforceStatus.Proposed, TaskforceStatus.Active, TaskforceStatus.Suspended];

    private static readonly TransitionTable<TaskforceStatus, TaskforceAction> Transitions =
        new TransitionTable<TaskforceStatus, TaskforceAction>("taskforce")
            .Allow(TaskforceAction.Edit, "edited", Open)
            .Allow(TaskforceAction.ManageDeliverables, "given deliverables", Open)
            .Allow(TaskforceAction.Activate, "activated", TaskforceStatus.Proposed)
            .Allow(TaskforceAction.Suspend, "suspended", TaskforceStatus.Active)
            .Allow(TaskforceAction.Resume, "resumed", TaskforceStatus.Suspended)
            .Allow(TaskforceAction.Conclude, "concluded", TaskforceStatus.Active, TaskforceStatus.Suspended)
            .Allow(TaskforceAction.Cancel, "cancelled", Open)
            .Allow(TaskforceAction.ConveneRoundtable, "asked to convene a roundtable", TaskforceStatus.Active)
            .Allow(TaskforceAction.PublishReport, "given a published report", TaskforceStatus.Active, TaskforceStatus.Suspended, TaskforceStatus.Concluded)
            .Allow(TaskforceAction.UnpublishReport, "have its report unpublished", TaskforceStatus.Active, TaskforceStatus.Suspended, TaskforceStatus.Concluded);

    private readonly List<HistoryEntry> _history = [];
    private readonly List<Deliverable> _deliverables = [];

    private Taskforce()
    {
        Title = string.Empty;
        CountryCode = string.Empty;
        HostOrganisation = string.Empty;
    }

    public int Id { get; private set; }
    public int? SupportRequestId { get; private set; }
    public int? PolicyBriefingId { get; private set; }
    public string Title { get; private set; }
    public string CountryCode { get; private set; }
    public int? RegionId { get; private set; }
    public string HostOrganisation { get; private set; }

    /// <summary>The short summary shown on the public overview when the taskforce is listed publicly.</summary>
    public string? Summary { get; private set; }
    public string? Background { get; private set; }
    public List<string> Objectives { get; private set; } = [];
    public List<string> ThemeCodes { get; private set; } = [];
    public string? Results { get; private set; }
    public TaskforceStatus Status { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public string? FinalReport { get; private set; }
    public string? SuspensionReason { get; private set; }
    public string? CancellationReason { get; private set; }
    public bool IsListedPublicly { get; private set; }
    public string? OwnerId { get; private set; }
    public string? OwnerName { get; private set; }
    public string? InternalNotes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>Whether the member-state contact may see this record's report; internal until the secretariat publishes it.</summary>
    public bool IsReportPublished { get; private set; }
    public DateTimeOffset? ReportPublishedAt { get; private set; }
    public IReadOnlyList<Deliverable> Deliverables => _deliverables;
    public IReadOnlyList<HistoryEntry> History => _history;

    public IReadOnlyList<TaskforceAction> PermittedActions =>
        Transitions.Permitted(Status)
            .Where(a => a != TaskforceAction.PublishReport || !IsReportPublished)
            .Where(a => a != TaskforceAction.UnpublishReport || IsReportPublished)
            .ToList();

    public bool Can(TaskforceAction action) => PermittedActions.Contains(action);

    /// <summary>Proposes a taskforce; it keeps the request and briefing it came from, if any.</summary>
    public static Taskforce Propose(TaskforceDetails details, int? supportRequestId, int? policyBriefingId, Actor by, DateTimeOffset now, bool isDemo = false)
    {
        var taskforce = new Taskforce
        {
            SupportRequestId = supportRequestId,
            PolicyBriefingId = policyBriefingId,
            Status = TaskforceStatus.Proposed,
            CreatedAt = now.ToUniversalTime(),
            IsDemo = isDemo,
        };
        taskforce.Apply(details);
        var origin = policyBriefingId is not null ? "Proposed from briefing" : supportRequestId is not null ? "Proposed from request" : "Proposed";
        taskforce.Record(by, now, origin, null, TaskforceStatus.Proposed, null);
        return taskforce;
    }

    public void Edit(TaskforceDetails details, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Edit);
        Apply(details);
        Record(by, now, "Edited", null, null, null);
    }

    /// <summary>Starts the taskforce: needs a lead expert who has accepted and a start date.</summary>
    public void Activate(DateOnly startDate, IEnumerable<ExpertAssignment> team, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Activate);
        var hasLead = team.Any(a => a.CaseKind == CaseKind.Taskforce && a.CaseId == Id
            && a.Role == AssignmentRole.Lead && a.Status == AssignmentStatus.Accepted);
        if (!hasLead)
        {
            throw new DomainException("A taskforce can only be activated once a lead expert has accepted the assignment.");
        }

        StartDate = startDate;
        Move(TaskforceStatus.Active, by, now, "Activated", $"Start date {startDate:yyyy-MM-dd}");
    }

    /// <summary>Pauses an active taskforce, saying why.</summary>
    public void Suspend(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Suspend);
        var why = Guard.Reason(reason, "suspending");
        SuspensionReason = why;
        Move(TaskforceStatus.Suspended, by, now, "Suspended", why);
    }

    public void Resume(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Resume);
        SuspensionReason = null;
        Move(TaskforceStatus.Active, by, now, "Resumed", null);
    }

    /// <summary>Records the final report, which concluding requires.</summary>
    public void RecordFinalReport(string report, Actor by, DateTimeOffset now)
    {
        if (Status is TaskforceStatus.Concluded or TaskforceStatus.Cancelled)
        {
            throw new DomainException($"This taskforce is {Words.Of(Status)}; its final report can no longer be changed.");
        }

        FinalReport = Guard.Required(report, "The final report", TextMaxLength);
        Record(by, now, "Final report recorded", null, null, null);
    }

    /// <summary>Closes the taskforce: needs a final report and no open action items in its meetings (each must be done, dropped or carried over).</summary>
    public void Conclude(DateOnly endDate, string? results, IEnumerable<Meeting> meetings, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Conclude);
        if (string.IsNullOrWhiteSpace(FinalReport))
        {
            throw new DomainException("Record the final report before concluding the taskforce.");
        }

        if (StartDate is { } start && endDate < start)
        {
            throw new DomainException("The end date cannot be before the start date.");
        }

        var open = meetings
            .Where(m => m.TaskforceId == Id)
            .SelectMany(m => m.ActionItems)
            .Where(i => i.Status == ActionItemStatus.Open)
            .ToList();
        if (open.Count > 0)
        {
            throw new DomainException(
                $"{open.Count} action item{(open.Count == 1 ? " is" : "s are")} still open (e.g. \"{open[0].Text}\"). " +
                "Mark each done, or carry it over or drop it with a reason, before concluding.");
        }

        var newResults = Guard.Optional(results, "The results", TextMaxLength);
        EndDate = endDate;
        Results = newResults ?? Results;
        Move(TaskforceStatus.Concluded, by, now, "Concluded", null);
    }

    /// <summary>Stops the taskforce for good, saying why.</summary>
    public void Cancel(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Cancel);
        var why = Guard.Reason(reason, "cancelling");
        CancellationReason = why;
        Move(TaskforceStatus.Cancelled, by, now, "Cancelled", why);
    }

    /// <summary>An active taskforce may convene a roundtable; the roundtable keeps the link.</summary>
    public Roundtable ConveneRoundtable(RoundtableDetails details, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.ConveneRoundtable);
        var roundtable = Roundtable.Plan(details, Id, SupportRequestId, by, now, IsDemo);
        Record(by, now, "Roundtable convened", null, null, roundtable.Title);
        return roundtable;
    }

    public Deliverable AddDeliverable(string title, DateOnly? dueOn, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.ManageDeliverables);
        var deliverable = new Deliverable(Guard.Required(title, "The deliverable's title", Deliverable.TitleMaxLength), dueOn);
        if (_deliverables.Any(d => string.Equals(d.Title, deliverable.Title, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"This taskforce already has a deliverable called \"{deliverable.Title}\".");
        }

        _deliverables.Add(deliverable);
        Record(by, now, "Deliverable added", null, null, deliverable.Title);
        return deliverable;
    }

    /// <summary>Moves a deliverable on (Planned → InProgress → Delivered, or Dropped with a reason).</summary>
    public void SetDeliverableStatus(Guid deliverableId, DeliverableStatus status, string? reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.ManageDeliverables);
        var deliverable = _deliverables.FirstOrDefault(d => d.Id == deliverableId)
            ?? throw new DomainException("That deliverable is not part of this taskforce.");
        var from = deliverable.Status;
        var why = deliverable.MoveTo(status, reason, now);
        _history.Add(HistoryEntry.Create(by, now, $"Deliverable \"{deliverable.Title}\" updated", from.ToString(), status.ToString(), why));
    }

    /// <summary>Shows the taskforce on the public overview with its short summary.</summary>
    public void ListPublicly(Actor by, DateTimeOffset now)
    {
        if (Status is TaskforceStatus.Cancelled)
        {
            throw new DomainException("A cancelled taskforce cannot be listed publicly.");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            throw new DomainException("Write a short public summary before listing the taskforce publicly.");
        }

        if (IsListedPublicly)
        {
            throw new DomainException("This taskforce is already listed publicly.");
        }

        IsListedPublicly = true;
        Record(by, now, "Listed publicly", null, null, null);
    }

    public void Unlist(Actor by, DateTimeOffset now)
    {
        if (!IsListedPublicly)
        {
            throw new DomainException("This taskforce is not listed publicly.");
        }

        IsListedPublicly = false;
        Record(by, now, "Removed from public listing", null, null, null);
    }

    public void AssignOwner(Actor owner, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.Edit);
        OwnerId = owner.Id;
        OwnerName = owner.Name;
        Record(by, now, "Owner assigned", null, null, owner.Name);
    }

    /// <summary>Makes the taskforce's report visible to the member-state contact; recorded in the history.</summary>
    public void PublishReport(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, TaskforceAction.PublishReport);
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
        Transitions.Ensure(Status, TaskforceAction.UnpublishReport);
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
        InternalNotes = Guard.Optional(notes, "The internal notes", TextMaxLength);

    private void Apply(TaskforceDetails d)
    {
        // Every value is checked before any is assigned, so a refused edit changes nothing.
        var title = Guard.Required(d.Title, "The title", TitleMaxLength);
        var country = Guard.CountryCode(d.CountryCode);
        var host = Guard.Required(d.HostOrganisation, "The host organisation", HostOrganisationMaxLength);
        var summary = Guard.Optional(d.Summary, "The summary", SummaryMaxLength);
        var background = Guard.Optional(d.Background, "The background", TextMaxLength);
        var objectives = Guard.Codes(d.Objectives, ObjectiveMaxLength, "Objective");
        var themes = Guard.Codes(d.ThemeCodes, Theme.CodeMaxLength, "Theme");
        if (IsListedPublicly && summary is null)
        {
            throw new DomainException("A publicly listed taskforce needs its short public summary.");
        }

        Title = title;
        CountryCode = country;
        RegionId = d.RegionId;
        HostOrganisation = host;
        Summary = summary;
        Background = background;
        Objectives = objectives.ToList();
        ThemeCodes = themes.ToList();
    }

    private void Move(TaskforceStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = Status;
        Status = to;
        Record(by, now, action, from, to, reason);
    }

    private void Record(Actor by, DateTimeOffset now, string action, TaskforceStatus? from, TaskforceStatus? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from?.ToString(), to?.ToString(), reason));
}
