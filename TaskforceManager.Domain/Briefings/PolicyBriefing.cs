using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Domain.Briefings;

public enum PolicyBriefingStatus
{
    Draft,
    InReview,
    Delivered,
    Cancelled,
}

public enum PolicyBriefingAction
{
    Edit,
    SubmitForReview,
    ReturnToDraft,
    Deliver,
    Cancel,
    EscalateToTaskforce,
    PublishReport,
    UnpublishReport,
}

/// <summary>A tailored recommendation on one challenge in one country or region; often the first step to a taskforce.</summary>
public sealed class PolicyBriefing
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 20000;

    private static readonly TransitionTable<PolicyBriefingStatus, PolicyBriefingAction> Transitions =
        new TransitionTable<PolicyBriefingStatus, PolicyBriefingAction>("briefing")
            .Allow(PolicyBriefingAction.Edit, "edited", PolicyBriefingStatus.Draft, PolicyBriefingStatus.InReview)
            .Allow(PolicyBriefingAction.SubmitForReview, "submitted for review", PolicyBriefingStatus.Draft)
            .Allow(PolicyBriefingAction.ReturnToDraft, "returned to draft", PolicyBriefingStatus.InReview)
            .Allow(PolicyBriefingAction.Deliver, "delivered", PolicyBriefingStatus.InReview)
            .Allow(PolicyBriefingAction.Cancel, "cancelled", PolicyBriefingStatus.Draft, PolicyBriefingStatus.InReview)
            .Allow(PolicyBriefingAction.EscalateToTaskforce, "escalated to a taskforce", PolicyBriefingStatus.Delivered)
            .Allow(PolicyBriefingAction.PublishReport, "given a published report", PolicyBriefingStatus.Delivered)
            .Allow(PolicyBriefingAction.UnpublishReport, "have its report unpublished", PolicyBriefingStatus.Delivered);

    private readonly List<HistoryEntry> _history = [];

    private PolicyBriefing()
    {
        Title = string.Empty;
        CountryCode = string.Empty;
        Challenge = string.Empty;
    }

    public int Id { get; private set; }
    public int? SupportRequestId { get; private set; }
    public string Title { get; private set; }
    public string CountryCode { get; private set; }
    public int? RegionId { get; private set; }
    public string? RequestingOrganisation { get; private set; }
    public List<string> ThemeCodes { get; private set; } = [];
    public string Challenge { get; private set; }
    public string? Context { get; private set; }
    public string? Recommendations { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public PolicyBriefingStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? CancellationReason { get; private set; }

    /// <summary>The taskforce this briefing was escalated to, if any.</summary>
    public int? EscalatedToTaskforceId { get; private set; }
    public bool IsEscalated { get; private set; }
    public string? OwnerId { get; private set; }
    public string? OwnerName { get; private set; }
    public string? InternalNotes { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>Whether the member-state contact may see this record's report; internal until the secretariat publishes it.</summary>
    public bool IsReportPublished { get; private set; }
    public DateTimeOffset? ReportPublishedAt { get; private set; }
    public IReadOnlyList<HistoryEntry> History => _history;

    public IReadOnlyList<PolicyBriefingAction> PermittedActions =>
        Transitions.Permitted(Status)
            .Where(a => a != PolicyBriefingAction.EscalateToTaskforce || !IsEscalated)
            .Where(a => a != PolicyBriefingAction.PublishReport || !IsReportPublished)
            .Where(a => a != PolicyBriefingAction.UnpublishReport || IsReportPublished)
            .ToList();

    public bool Can(PolicyBriefingAction action) => PermittedActions.Contains(action);

    /// <summary>Starts a draft briefing on a challenge (standalone, entered by the secretariat).</summary>
    public static PolicyBriefing Draft(string title, string countryCode, int? regionId, string? requestingOrganisation,
        IEnumerable<string> themeCodes, string challenge, Actor by, DateTimeOffset now, bool isDemo = false, int? supportRequestId = null)
    {
        var briefing = new PolicyBriefing
        {
            SupportRequestId = supportRequestId,
            CountryCode = Guard.CountryCode(countryCode),
            RegionId = regionId,
            RequestingOrganisation = Guard.Optional(requestingOrganisation, "The requesting organisation", SupportRequest.OrganisationMaxLength),
            Status = PolicyBriefingStatus.Draft,
            CreatedAt = now.ToUniversalTime(),
            IsDemo = isDemo,
        };
        briefing.ApplyText(title, themeCodes, challenge, null, null, null);
        briefing.Record(by, now, supportRequestId is null ? "Drafted" : "Opened from request", null, PolicyBriefingStatus.Draft, null);
        return briefing;
    }

    /// <summary>Opens a draft briefing pre-filled from an accepted request; it keeps the link to the request.</summary>
    internal static PolicyBriefing OpenFrom(SupportRequest request, Actor by, DateTimeOffset now) =>
        Draft(request.Title, request.CountryCode, request.RegionId, request.RequestingOrganisation, request.ThemeCodes,
            request.Challenge, by, now, request.IsDemo, request.Id);

    /// <summary>Edits the text while the briefing is being written or reviewed.</summary>
    public void Edit(string title, IEnumerable<string> themeCodes, string challenge, string? context, string? recommendations,
        DateOnly? dueOn, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.Edit);
        ApplyText(title, themeCodes, challenge, context, recommendations, dueOn);
        Record(by, now, "Edited", null, null, null);
    }

    /// <summary>Sends the draft for review; it must hold recommendations by then.</summary>
    public void SubmitForReview(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.SubmitForReview);
        RequireRecommendations("submitted for review");
        Move(PolicyBriefingStatus.InReview, by, now, "Submitted for review", null);
    }

    /// <summary>The reviewer sends the briefing back to its authors, saying why.</summary>
    public void ReturnToDraft(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.ReturnToDraft);
        Move(PolicyBriefingStatus.Draft, by, now, "Returned to draft", Guard.Reason(reason, "returning the briefing"));
    }

    /// <summary>Delivers the reviewed briefing to the requester.</summary>
    public void Deliver(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.Deliver);
        RequireRecommendations("delivered");
        DeliveredAt = now.ToUniversalTime();
        Move(PolicyBriefingStatus.Delivered, by, now, "Delivered", null);
    }

    /// <summary>Stops work on the briefing; a reason is required.</summary>
    public void Cancel(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.Cancel);
        var why = Guard.Reason(reason, "cancelling");
        CancellationReason = why;
        Move(PolicyBriefingStatus.Cancelled, by, now, "Cancelled", why);
    }

    /// <summary>Only a delivered briefing can be escalated, once; the taskforce keeps the link to the briefing and the request.</summary>
    public Taskforce EscalateToTaskforce(string? title, string? hostOrganisation, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.EscalateToTaskforce);
        if (IsEscalated)
        {
            throw new DomainException("This briefing has already been escalated to a taskforce.");
        }

        var taskforce = Taskforce.Propose(
            new TaskforceDetails(
                string.IsNullOrWhiteSpace(title) ? Title : title,
                CountryCode,
                RegionId,
                string.IsNullOrWhiteSpace(hostOrganisation) ? RequestingOrganisation ?? "(to be confirmed)" : hostOrganisation,
                null,
                Challenge,
                [],
                ThemeCodes),
            SupportRequestId, Id, by, now, IsDemo);
        IsEscalated = true;
        Record(by, now, "Escalated to taskforce", null, null, null);
        return taskforce;
    }

    /// <summary>Links the briefing to the taskforce it was escalated to, once that taskforce has its id.</summary>
    public void LinkEscalatedTaskforce(int taskforceId)
    {
        if (!IsEscalated)
        {
            throw new DomainException("This briefing has not been escalated to a taskforce.");
        }

        EscalatedToTaskforceId = taskforceId;
    }

    public void AssignOwner(Actor owner, Actor by, DateTimeOffset now)
    {
        if (Status is PolicyBriefingStatus.Cancelled)
        {
            throw new DomainException("A cancelled briefing cannot be given an owner.");
        }

        OwnerId = owner.Id;
        OwnerName = owner.Name;
        Record(by, now, "Owner assigned", null, null, owner.Name);
    }

    /// <summary>Makes the briefing's report visible to the member-state contact; recorded in the history.</summary>
    public void PublishReport(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, PolicyBriefingAction.PublishReport);
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
        Transitions.Ensure(Status, PolicyBriefingAction.UnpublishReport);
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

    private void RequireRecommendations(string done)
    {
        if (string.IsNullOrWhiteSpace(Recommendations))
        {
            throw new DomainException($"Write the recommendations before the briefing can be {done}.");
        }
    }

    private void ApplyText(string title, IEnumerable<string> themeCodes, string challenge, string? context, string? recommendations, DateOnly? dueOn)
    {
        // Every value is checked before any is assigned, so a refused edit changes nothing.
        var newTitle = Guard.Required(title, "The title", TitleMaxLength);
        var themes = Guard.Codes(themeCodes, Theme.CodeMaxLength, "Theme");
        if (themes.Count == 0)
        {
            throw new DomainException("Choose at least one theme.");
        }

        var newChallenge = Guard.Required(challenge, "The challenge", TextMaxLength);
        var newContext = Guard.Optional(context, "The context", TextMaxLength);
        var newRecommendations = Guard.Optional(recommendations, "The recommendations", TextMaxLength);

        Title = newTitle;
        ThemeCodes = themes.ToList();
        Challenge = newChallenge;
        Context = newContext;
        Recommendations = newRecommendations;
        DueOn = dueOn;
    }

    private void Move(PolicyBriefingStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = Status;
        Status = to;
        Record(by, now, action, from, to, reason);
    }

    private void Record(Actor by, DateTimeOffset now, string action, PolicyBriefingStatus? from, PolicyBriefingStatus? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from?.ToString(), to?.ToString(), reason));
}
