using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.Domain.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Cancelled,
}

/// <summary>Where the outcome log is: written by experts, submitted, then published by the secretariat.</summary>
public enum OutcomeStatus
{
    NotLogged,
    Draft,
    Submitted,
    Published,
}

public enum MeetingAction
{
    Reschedule,
    Cancel,
    LogOutcome,
    SubmitLog,
    ReturnLog,
    Publish,
    Unpublish,
    ManageActionItems,
}

/// <summary>The free-text parts of a meeting log, each saved on its own so two authors do not overwrite each other.</summary>
public enum LogPart
{
    Summary,
    Minutes,
}

public enum MeetingFormat
{
    InPerson,
    Online,
    Hybrid,
}

public sealed record MeetingDetails(
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string TimeZoneId,
    MeetingFormat Format,
    string? City,
    string? Venue,
    string? OnlineLink,
    string? HostOrganisation,
    string? Objective,
    string? Agenda);

/// <summary>A taskforce meeting or a roundtable session, with its outcome log.</summary>
public sealed class Meeting
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int TimeZoneMaxLength = 64;
    public const int TextMaxLength = 20000;
    public const int MinutesMaxLength = 100000;

    private static readonly TransitionTable<OutcomeStatus, MeetingAction> OutcomeTransitions =
        new TransitionTable<OutcomeStatus, MeetingAction>("meeting log")
            .Allow(MeetingAction.LogOutcome, "written", OutcomeStatus.NotLogged, OutcomeStatus.Draft)
            .Allow(MeetingAction.SubmitLog, "submitted", OutcomeStatus.Draft)
            .Allow(MeetingAction.ReturnLog, "returned to its authors", OutcomeStatus.Submitted)
            .Allow(MeetingAction.Publish, "published", OutcomeStatus.Submitted)
            .Allow(MeetingAction.Unpublish, "unpublished", OutcomeStatus.Published);

    private readonly List<HistoryEntry> _history = [];
    private readonly List<Attendee> _attendees = [];
    private readonly List<StakeholderInvitation> _stakeholders = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<Recommendation> _recommendations = [];
    private readonly List<ActionItem> _actionItems = [];

    private Meeting()
    {
        Title = string.Empty;
        TimeZoneId = string.Empty;
    }

    public int Id { get; private set; }
    public int? TaskforceId { get; private set; }
    public int? RoundtableId { get; private set; }
    public string Title { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }

    /// <summary>The IANA time zone the meeting is held in, for showing local times.</summary>
    public string TimeZoneId { get; private set; }
    public MeetingFormat Format { get; private set; }
    public string? City { get; private set; }
    public string? Venue { get; private set; }
    public string? OnlineLink { get; private set; }
    public string? HostOrganisation { get; private set; }
    public string? Objective { get; private set; }
    public string? Agenda { get; private set; }
    public MeetingStatus Status { get; private set; }
    public string? CancellationReason { get; private set; }
    public List<int> InvitedExpertIds { get; private set; } = [];

    /// <summary>The short summary of the meeting, part of the outcome log.</summary>
    public string? Summary { get; private set; }

    /// <summary>Markdown; shown to partners only, and to contacts once published.</summary>
    public string? Minutes { get; private set; }
    public OutcomeStatus OutcomeStatus { get; private set; }

    /// <summary>Goes up by one each time the summary is saved; an author's save based on an older revision is a conflict.</summary>
    public int SummaryRevision { get; private set; }

    /// <summary>Goes up by one each time the minutes are saved.</summary>
    public int MinutesRevision { get; private set; }
    public DateTimeOffset? DraftSavedAt { get; private set; }
    public string? DraftSavedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Why the secretariat last sent the log back to its authors; cleared when they submit it again.</summary>
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<Attendee> Attendees => _attendees;

    /// <summary>The stakeholder organisations invited, each with its stakeholder type.</summary>
    public IReadOnlyList<StakeholderInvitation> Stakeholders => _stakeholders;
    public IReadOnlyList<Decision> Decisions => _decisions;
    public IReadOnlyList<Recommendation> Recommendations => _recommendations;
    public IReadOnlyList<ActionItem> ActionItems => _actionItems;
    public IReadOnlyList<HistoryEntry> History => _history;

    public bool IsPublished => OutcomeStatus == OutcomeStatus.Published;

    /// <summary>What can be done now; logging needs the start time to have passed.</summary>
    public IReadOnlyList<MeetingAction> PermittedActions(DateTimeOffset now)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            return [];
        }

        var actions = new List<MeetingAction>();
        if (OutcomeStatus == OutcomeStatus.NotLogged)
        {
            actions.Add(MeetingAction.Reschedule);
            actions.Add(MeetingAction.Cancel);
        }

        actions.AddRange(OutcomeTransitions.Permitted(OutcomeStatus)
            .Where(a => a != MeetingAction.LogOutcome || now >= StartsAt));
        if (_actionItems.Count > 0)
        {
            actions.Add(MeetingAction.ManageActionItems);
        }

        return actions;
    }

    public bool Can(MeetingAction action, DateTimeOffset now) => PermittedActions(now).Contains(action);

    /// <summary>Schedules a meeting of a taskforce (or a session of a roundtable: exactly one of the two).</summary>
    public static Meeting Schedule(int? taskforceId, int? roundtableId, MeetingDetails details, IEnumerable<int> invitedExpertIds,
        Actor by, DateTimeOffset now, bool isDemo = false)
    {
        if ((taskforceId is null) == (roundtableId is null))
        {
            throw new DomainException("A meeting belongs to exactly one taskforce or one roundtable.");
        }

        var meeting = new Meeting
        {
            TaskforceId = taskforceId,
            RoundtableId = roundtableId,
            Status = MeetingStatus.Scheduled,
            OutcomeStatus = OutcomeStatus.NotLogged,
            InvitedExpertIds = invitedExpertIds.Distinct().ToList(),
            IsDemo = isDemo,
        };
        meeting.Apply(details);
        meeting.Record(by, now, "Scheduled", null, MeetingStatus.Scheduled.ToString(), null);
        return meeting;
    }

    /// <summary>Changes date, place or agenda; only before any outcome has been logged.</summary>
    public void Reschedule(MeetingDetails details, Actor by, DateTimeOffset now)
    {
        EnsureScheduled("rescheduled");
        if (OutcomeStatus != OutcomeStatus.NotLogged)
        {
            throw new DomainException("Outcomes have already been logged for this meeting, so it can no longer be rescheduled.");
        }

        Apply(details);
        Record(by, now, "Rescheduled", null, null, null);
    }

    public void Cancel(string reason, Actor by, DateTimeOffset now)
    {
        EnsureScheduled("cancelled");
        if (OutcomeStatus != OutcomeStatus.NotLogged)
        {
            throw new DomainException("Outcomes have already been logged for this meeting, so it cannot be cancelled.");
        }

        var why = Guard.Reason(reason, "cancelling");
        CancellationReason = why;
        Status = MeetingStatus.Cancelled;
        Record(by, now, "Cancelled", MeetingStatus.Scheduled.ToString(), MeetingStatus.Cancelled.ToString(), why);
    }

    /// <summary>Writes the summary and Markdown minutes of the draft log.</summary>
    public void WriteMinutes(string? summary, string? minutes, Actor by, DateTimeOffset now)
    {
        var newSummary = Guard.Optional(summary, "The summary", TextMaxLength);
        var newMinutes = Guard.Optional(minutes, "The minutes", MinutesMaxLength);
        EnsureLogging(now);
        if (newSummary != Summary)
        {
            Summary = newSummary;
            SummaryRevision++;
        }

        if (newMinutes != Minutes)
        {
            Minutes = newMinutes;
            MinutesRevision++;
        }

        DraftSavedAt = now.ToUniversalTime();
        DraftSavedBy = by.Name;
        Touch(by, now, "Minutes written");
    }

    public int RevisionOf(LogPart part) => part == LogPart.Summary ? SummaryRevision : MinutesRevision;

    /// <summary>
    /// Saves one text part of the draft log as its author types (the server-side draft). It records no history step
    /// per keystroke save; the log's start and its submission are the steps that count.
    /// </summary>
    public void SaveDraft(LogPart part, string? text, Actor by, DateTimeOffset now)
    {
        Guard.Defined(part, "Log part");
        var value = Verbatim(text, part == LogPart.Summary ? "The summary" : "The minutes",
            part == LogPart.Summary ? TextMaxLength : MinutesMaxLength);
        EnsureLogging(now);
        if (OutcomeStatus == OutcomeStatus.NotLogged)
        {
            MoveOutcome(OutcomeStatus.Draft, by, now, "Log started", null);
        }

        if (part == LogPart.Summary)
        {
            Summary = value;
            SummaryRevision++;
        }
        else
        {
            Minutes = value;
            MinutesRevision++;
        }

        DraftSavedAt = now.ToUniversalTime();
        DraftSavedBy = by.Name;
    }

    /// <summary>Invites a stakeholder organisation; possible until the outcomes are submitted.</summary>
    public StakeholderInvitation InviteStakeholder(string organisation, StakeholderType type, Actor by, DateTimeOffset now)
    {
        var invitation = new StakeholderInvitation(organisation, type);
        EnsureScheduled("changed");
        if (OutcomeStatus is OutcomeStatus.Submitted or OutcomeStatus.Published)
        {
            throw new DomainException("The log of this meeting has been submitted, so its participants can no longer change.");
        }

        if (_stakeholders.Any(s => string.Equals(s.Organisation, invitation.Organisation, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"{invitation.Organisation} is already invited to this meeting.");
        }

        _stakeholders.Add(invitation);
        Record(by, now, "Stakeholder invited", null, null, $"{invitation.Organisation} ({Words.Of(type)})");
        return invitation;
    }

    /// <summary>
    /// Records whether a stakeholder organisation attended. An invited one keeps the name and type it was invited
    /// with; one not invited beforehand is added to the invitations, so the meeting's participants stay complete.
    /// </summary>
    public Attendee RecordStakeholderAttendance(string organisation, StakeholderType type, AttendanceStatus status, Actor by, DateTimeOffset now)
    {
        var attendee = new Attendee(null, organisation, organisation, type, status);
        EnsureLogging(now);
        var invited = _stakeholders.FirstOrDefault(s => string.Equals(s.Organisation, attendee.Name, StringComparison.OrdinalIgnoreCase));
        if (invited is null)
        {
            invited = new StakeholderInvitation(attendee.Name, type);
            _stakeholders.Add(invited);
        }

        return RecordAttendance(null, invited.Organisation, invited.Organisation, invited.StakeholderType, status, by, now);
    }

    public Attendee RecordAttendance(int? expertId, string name, string? organisation, StakeholderType? stakeholderType,
        AttendanceStatus status, Actor by, DateTimeOffset now)
    {
        var attendee = new Attendee(expertId, name, organisation, stakeholderType, status);
        EnsureLogging(now);
        var existing = _attendees.FirstOrDefault(a =>
            (expertId is not null && a.ExpertId == expertId) ||
            (expertId is null && a.ExpertId is null && string.Equals(a.Name, attendee.Name, StringComparison.OrdinalIgnoreCase)));
        if (existing is not null)
        {
            _attendees.Remove(existing);
        }

        _attendees.Add(attendee);
        Touch(by, now, "Attendance recorded");
        return attendee;
    }

    public Decision AddDecision(string text, Actor by, DateTimeOffset now)
    {
        var decision = new Decision(text);
        EnsureLogging(now);
        _decisions.Add(decision);
        Touch(by, now, "Decision recorded");
        return decision;
    }

    public Recommendation AddRecommendation(string text, IEnumerable<string>? themeCodes, int? bestPracticeId, Actor by, DateTimeOffset now)
    {
        var recommendation = new Recommendation(text, themeCodes, bestPracticeId);
        EnsureLogging(now);
        _recommendations.Add(recommendation);
        Touch(by, now, "Recommendation recorded");
        return recommendation;
    }

    /// <summary>Adds an action item with its owner and due date to the draft log.</summary>
    public ActionItem AddActionItem(string text, ActionItemOwner owner, DateOnly? dueOn, Actor by, DateTimeOffset now)
    {
        var item = new ActionItem(text, owner, dueOn);
        EnsureLogging(now);
        _actionItems.Add(item);
        Touch(by, now, "Action item added");
        return item;
    }

    /// <summary>The authors hand the log to the secretariat; it needs minutes or a summary.</summary>
    public void SubmitLog(Actor by, DateTimeOffset now)
    {
        EnsureScheduled("logged");
        OutcomeTransitions.Ensure(OutcomeStatus, MeetingAction.SubmitLog);
        if (string.IsNullOrWhiteSpace(Minutes) && string.IsNullOrWhiteSpace(Summary))
        {
            throw new DomainException("Write the minutes or a summary before submitting the meeting log.");
        }

        SubmittedAt = now.ToUniversalTime();
        ReturnReason = null;
        MoveOutcome(OutcomeStatus.Submitted, by, now, "Log submitted", null);
    }

    /// <summary>The secretariat sends a submitted log back to its authors, saying why.</summary>
    public void ReturnLog(string reason, Actor by, DateTimeOffset now)
    {
        EnsureScheduled("returned");
        OutcomeTransitions.Ensure(OutcomeStatus, MeetingAction.ReturnLog);
        var why = Guard.Reason(reason, "returning the log");
        ReturnReason = why;
        MoveOutcome(OutcomeStatus.Draft, by, now, "Log returned", why);
    }

    /// <summary>Makes the submitted outcomes visible to the member-state contact.</summary>
    public void Publish(Actor by, DateTimeOffset now)
    {
        EnsureScheduled("published");
        OutcomeTransitions.Ensure(OutcomeStatus, MeetingAction.Publish);
        PublishedAt = now.ToUniversalTime();
        MoveOutcome(OutcomeStatus.Published, by, now, "Outcomes published", null);
    }

    public void Unpublish(string reason, Actor by, DateTimeOffset now)
    {
        EnsureScheduled("unpublished");
        OutcomeTransitions.Ensure(OutcomeStatus, MeetingAction.Unpublish);
        var why = Guard.Reason(reason, "unpublishing");
        PublishedAt = null;
        MoveOutcome(OutcomeStatus.Submitted, by, now, "Outcomes unpublished", why);
    }

    public void CompleteActionItem(Guid itemId, Actor by, DateTimeOffset now) =>
        ResolveActionItem(itemId, ActionItemStatus.Done, null, by, now);

    public void DropActionItem(Guid itemId, string reason, Actor by, DateTimeOffset now) =>
        ResolveActionItem(itemId, ActionItemStatus.Dropped, reason, by, now);

    /// <summary>Hands an open item on beyond this case (e.g. to a successor taskforce), saying where and why.</summary>
    public void CarryOverActionItem(Guid itemId, string reason, Actor by, DateTimeOffset now) =>
        ResolveActionItem(itemId, ActionItemStatus.CarriedOver, reason, by, now);

    private void ResolveActionItem(Guid itemId, ActionItemStatus to, string? reason, Actor by, DateTimeOffset now)
    {
        EnsureScheduled("changed");
        var item = _actionItems.FirstOrDefault(i => i.Id == itemId)
            ?? throw new DomainException("That action item is not part of this meeting.");
        var why = item.Resolve(to, reason, now);
        _history.Add(HistoryEntry.Create(by, now, $"Action item {Words.Of(to)}", ActionItemStatus.Open.ToString(), to.ToString(), why));
    }

    /// <summary>A draft keeps every character as typed (no trimming), so reopening it restores it exactly.</summary>
    private static string? Verbatim(string? text, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            throw new DomainException($"{label} must be at most {maxLength} characters (it has {text.Length}).");
        }

        return text;
    }

    private void EnsureScheduled(string done)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new DomainException($"This meeting was cancelled, so it cannot be {done}.");
        }
    }

    private void EnsureLogging(DateTimeOffset now)
    {
        EnsureScheduled("logged");
        OutcomeTransitions.Ensure(OutcomeStatus, MeetingAction.LogOutcome);
        if (now < StartsAt)
        {
            throw new DomainException("Outcomes can only be logged once the meeting has started.");
        }
    }

    private void Touch(Actor by, DateTimeOffset now, string action)
    {
        if (OutcomeStatus == OutcomeStatus.NotLogged)
        {
            MoveOutcome(OutcomeStatus.Draft, by, now, "Log started", null);
        }

        Record(by, now, action, null, null, null);
    }

    private void Apply(MeetingDetails d)
    {
        var title = Guard.Required(d.Title, "The title", TitleMaxLength);
        var zone = Guard.Required(d.TimeZoneId, "The time zone", TimeZoneMaxLength);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new DomainException($"'{zone}' is not a known time zone.");
        }

        if (d.EndsAt is { } end && end <= d.StartsAt)
        {
            throw new DomainException("The meeting must end after it starts.");
        }

        var format = Guard.Defined(d.Format, "Format");
        var city = Guard.Optional(d.City, "The city", PlaceMaxLength);
        var venue = Guard.Optional(d.Venue, "The venue", PlaceMaxLength);
        var link = Guard.Optional(d.OnlineLink, "The online link", LinkMaxLength);
        if (format != MeetingFormat.Online && city is null)
        {
            throw new DomainException("Give the city of a meeting held in person.");
        }

        if (format != MeetingFormat.InPerson && link is not null &&
            !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            throw new DomainException("The online link must be a full https:// address.");
        }

        var host = Guard.Optional(d.HostOrganisation, "The host organisation", PlaceMaxLength);
        var objective = Guard.Optional(d.Objective, "The objective", TextMaxLength);
        var agenda = Guard.Optional(d.Agenda, "The agenda", TextMaxLength);

        Title = title;
        StartsAt = d.StartsAt.ToUniversalTime();
        EndsAt = d.EndsAt?.ToUniversalTime();
        TimeZoneId = zone;
        Format = format;
        City = city;
        Venue = venue;
        OnlineLink = link;
        HostOrganisation = host;
        Objective = objective;
        Agenda = agenda;
    }

    private void MoveOutcome(OutcomeStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = OutcomeStatus;
        OutcomeStatus = to;
        _history.Add(HistoryEntry.Create(by, now, action, from.ToString(), to.ToString(), reason));
    }

    private void Record(Actor by, DateTimeOffset now, string action, string? from, string? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from, to, reason));
}
