using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Taskforces;

/// <summary>A deliverable with the statuses it may move to next (the domain checks each move again).</summary>
public sealed record DeliverableItem(Guid Id, string Title, DateOnly? DueOn, DeliverableStatus Status, string? DropReason, IReadOnlyList<DeliverableStatus> NextStatuses);

/// <summary>A taskforce as its page shows it to this viewer.</summary>
public sealed record TaskforceDetailsView
{
    public required int Id { get; init; }
    public required int? SupportRequestId { get; init; }
    public required int? PolicyBriefingId { get; init; }
    public required string Title { get; init; }
    public required string CountryCode { get; init; }
    public required int? RegionId { get; init; }

    /// <summary>Region and country in words, e.g. "Basque Country, Spain".</summary>
    public required string CountryAndRegion { get; init; }
    public required string HostOrganisation { get; init; }
    public required string? Summary { get; init; }
    public required string? Background { get; init; }
    public required IReadOnlyList<string> Objectives { get; init; }
    public required IReadOnlyList<string> ThemeCodes { get; init; }
    public required IReadOnlyList<string> ThemeNames { get; init; }
    public required string? FinalReport { get; init; }
    public required string? Results { get; init; }
    public required TaskforceStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateOnly? StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    public required string? SuspensionReason { get; init; }
    public required string? CancellationReason { get; init; }
    public required bool IsListedPublicly { get; init; }
    public required string? OwnerName { get; init; }

    /// <summary>Null unless the viewer is the secretariat.</summary>
    public required string? InternalNotes { get; init; }
    public required IReadOnlyList<DeliverableItem> Deliverables { get; init; }
    public required CaseLink? Request { get; init; }
    public required CaseLink? Briefing { get; init; }
    public required IReadOnlyList<CaseLink> Roundtables { get; init; }
    public required IReadOnlyList<CaseMeeting> Meetings { get; init; }

    /// <summary>The action items of the case's meetings that the viewer may see, open ones first.</summary>
    public required IReadOnlyList<CaseActionItem> ActionItems { get; init; }

    /// <summary>The domain's legal actions, for the secretariat only (others act on nothing here).</summary>
    public required IReadOnlyList<TaskforceAction> PermittedActions { get; init; }
    public required bool CanManage { get; init; }
    public required bool CanEditNotes { get; init; }
    public required bool CanRecordFinalReport { get; init; }
    public required bool CanListPublicly { get; init; }
    public required bool CanUnlist { get; init; }
    public required IReadOnlyList<CaseHistoryItem> History { get; init; }
    public required Guid Version { get; init; }

    public bool Can(TaskforceAction action) => PermittedActions.Contains(action);

    public TaskforceDetails Details => new(Title, CountryCode, RegionId, HostOrganisation, Summary, Background, Objectives, ThemeCodes);
}

/// <summary>
/// Taskforces: reading one and every transition of its path. Every call goes through the access policy and carries
/// the version the page loaded, so a change someone else saved first is a conflict, not an overwrite.
/// </summary>
public sealed class TaskforceService(RecordWork work, AccessPolicy access)
{
    private const string What = "taskforce";
    private static readonly TaskforceDetailsFormValidator DetailsValidator = new();
    private static readonly ConveneRoundtableFormValidator ConveneValidator = new();
    private static readonly DeliverableFormValidator DeliverableValidator = new();

    public Task<TaskforceDetailsView> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Taskforces, id, Project, ct);

    public Task<TaskforceDetailsView> EditAsync(int id, TaskforceDetails details, Guid version, CancellationToken ct = default) =>
        EditAsync(id, TaskforceDetailsForm.From(details), version, ct);

    /// <summary>Edits the describing facts; the form's validator runs again here, whatever the page did.</summary>
    public async Task<TaskforceDetailsView> EditAsync(int id, TaskforceDetailsForm form, Guid version, CancellationToken ct = default)
    {
        await DetailsValidator.ValidateAndThrowForFieldsAsync(form, ct);
        var details = form.ToDetails();
        return await ChangeAsync(id, version, "edit", (t, v, now) => t.Edit(details, v.Actor, now), ct);
    }

    /// <summary>Starts the taskforce; the domain checks the case team for a lead expert who has accepted.</summary>
    public Task<TaskforceDetailsView> ActivateAsync(int id, DateOnly startDate, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Taskforces, id, version, What, "activate", (v, _) => AccessPolicy.CanManageCases(v),
            async (db, t, v, now) =>
            {
                // The rule needs the whole team, not the viewer's view of it.
                var team = await db.Assignments.Where(a => a.CaseKind == CaseKind.Taskforce && a.CaseId == t.Id).ToListAsync(ct);
                t.Activate(startDate, team, v.Actor, now);
            }, Project, ct);

    public Task<TaskforceDetailsView> SuspendAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "suspend", (t, v, now) => t.Suspend(reason, v.Actor, now), ct);

    public Task<TaskforceDetailsView> ResumeAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "resume", (t, v, now) => t.Resume(v.Actor, now), ct);

    public Task<TaskforceDetailsView> RecordFinalReportAsync(int id, string report, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "record the final report of", (t, v, now) => t.RecordFinalReport(report, v.Actor, now), ct);

    /// <summary>Closes the taskforce; the domain refuses while any of its meetings has an open action item.</summary>
    public Task<TaskforceDetailsView> ConcludeAsync(int id, DateOnly endDate, string? results, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Taskforces, id, version, What, "conclude", (v, _) => AccessPolicy.CanManageCases(v),
            async (db, t, v, now) =>
            {
                var meetings = await db.Meetings.Where(m => m.TaskforceId == t.Id).ToListAsync(ct);
                t.Conclude(endDate, results, meetings, v.Actor, now);
            }, Project, ct);

    /// <summary>Makes the taskforce's report visible to the member-state contact; recorded in the history.</summary>
    public Task<TaskforceDetailsView> PublishReportAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "publish the report of", (t, v, now) => t.PublishReport(v.Actor, now), ct);

    /// <summary>Takes the report back from the member-state contact, saying why; recorded in the history.</summary>
    public Task<TaskforceDetailsView> UnpublishReportAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "unpublish the report of", (t, v, now) => t.UnpublishReport(reason, v.Actor, now), ct);

    public Task<TaskforceDetailsView> CancelAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "cancel", (t, v, now) => t.Cancel(reason, v.Actor, now), ct);

    /// <summary>Convenes a roundtable in the taskforce's country, requested by its host; returns the new roundtable's id.</summary>
    public async Task<int> ConveneRoundtableAsync(int id, ConveneRoundtableForm form, Guid version, CancellationToken ct = default)
    {
        await ConveneValidator.ValidateAndThrowForFieldsAsync(form, ct);
        Roundtable? convened = null;
        await work.ChangeAsync(access.Taskforces, id, version, What, "convene a roundtable for", (v, _) => AccessPolicy.CanManageCases(v),
            (db, t, v, now) =>
            {
                convened = t.ConveneRoundtable(new RoundtableDetails(form.Title, form.ThemeCode!, t.CountryCode, t.HostOrganisation,
                    CaseFormat.ToDateOnly(form.PlannedOn), form.Format, form.Place), v.Actor, now);
                db.Roundtables.Add(convened);
                return Task.CompletedTask;
            }, (_, _, _) => Task.FromResult(true), ct);
        return convened!.Id;
    }

    public Task<TaskforceDetailsView> ListPubliclyAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "list publicly", (t, v, now) => t.ListPublicly(v.Actor, now), ct);

    public Task<TaskforceDetailsView> UnlistAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "remove from the public listing", (t, v, now) => t.Unlist(v.Actor, now), ct);

    public async Task<TaskforceDetailsView> AddDeliverableAsync(int id, DeliverableForm form, Guid version, CancellationToken ct = default)
    {
        await DeliverableValidator.ValidateAndThrowForFieldsAsync(form, ct);
        return await ChangeAsync(id, version, "add a deliverable to",
            (t, v, now) => t.AddDeliverable(form.Title, CaseFormat.ToDateOnly(form.DueOn), v.Actor, now), ct);
    }

    /// <summary>Moves a deliverable on; dropping one needs a reason.</summary>
    public Task<TaskforceDetailsView> SetDeliverableStatusAsync(int id, Guid deliverableId, DeliverableStatus status, string? reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "update a deliverable of", (t, v, now) => t.SetDeliverableStatus(deliverableId, status, reason, v.Actor, now), ct);

    /// <summary>Secretariat-only notes; never shown to contacts or experts.</summary>
    public Task<TaskforceDetailsView> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Taskforces, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (t, _, _) => t.SetInternalNotes(notes), Project, ct);

    private Task<TaskforceDetailsView> ChangeAsync(int id, Guid version, string action, Action<Taskforce, Viewer, DateTimeOffset> change, CancellationToken ct) =>
        work.ChangeAsync(access.Taskforces, id, version, What, action, (v, _) => AccessPolicy.CanManageCases(v), change, Project, ct);

    /// <summary>Mirrors the domain's deliverable moves so only legal buttons show; the domain still decides.</summary>
    private static IReadOnlyList<DeliverableStatus> NextStatuses(DeliverableStatus status) => status switch
    {
        DeliverableStatus.Planned => [DeliverableStatus.InProgress, DeliverableStatus.Delivered, DeliverableStatus.Dropped],
        DeliverableStatus.InProgress => [DeliverableStatus.Delivered, DeliverableStatus.Planned, DeliverableStatus.Dropped],
        _ => [],
    };

    private async Task<TaskforceDetailsView> Project(AppDbContext db, Taskforce t, Viewer v)
    {
        var manage = AccessPolicy.CanManageCases(v);
        var actions = manage ? t.PermittedActions : [];
        var canManageDeliverables = actions.Contains(TaskforceAction.ManageDeliverables);
        return new TaskforceDetailsView
        {
            Id = t.Id,
            SupportRequestId = t.SupportRequestId,
            PolicyBriefingId = t.PolicyBriefingId,
            Title = t.Title,
            CountryCode = t.CountryCode,
            RegionId = t.RegionId,
            CountryAndRegion = await CaseFacts.PlaceAsync(db, t.CountryCode, t.RegionId),
            HostOrganisation = t.HostOrganisation,
            Summary = t.Summary,
            Background = t.Background,
            Objectives = t.Objectives,
            ThemeCodes = t.ThemeCodes,
            ThemeNames = await CaseFacts.ThemeNamesAsync(db, t.ThemeCodes),
            FinalReport = t.FinalReport,
            Results = t.Results,
            Status = t.Status,
            CreatedAt = t.CreatedAt,
            StartDate = t.StartDate,
            EndDate = t.EndDate,
            SuspensionReason = t.SuspensionReason,
            CancellationReason = t.CancellationReason,
            IsListedPublicly = t.IsListedPublicly,
            OwnerName = t.OwnerName,
            InternalNotes = AccessPolicy.CanSeeInternalNotes(v) ? t.InternalNotes : null,
            Deliverables = t.Deliverables
                .Select(d => new DeliverableItem(d.Id, d.Title, d.DueOn, d.Status, d.DropReason, canManageDeliverables ? NextStatuses(d.Status) : []))
                .ToList(),
            Request = await CaseFacts.RequestAsync(db, access, v, t.SupportRequestId),
            Briefing = await CaseFacts.BriefingAsync(db, access, v, t.PolicyBriefingId),
            Roundtables = await CaseFacts.RoundtablesOfAsync(db, access, v, t.Id),
            Meetings = await CaseFacts.MeetingsAsync(db, access, v, t.Id, null),
            ActionItems = await CaseFacts.ActionItemsAsync(db, access, v, t.Id, null, DateOnly.FromDateTime(work.Now.UtcDateTime)),
            PermittedActions = actions,
            CanManage = manage,
            CanEditNotes = AccessPolicy.CanSeeInternalNotes(v),
            CanRecordFinalReport = manage && t.Status is not (TaskforceStatus.Concluded or TaskforceStatus.Cancelled),
            CanListPublicly = manage && !t.IsListedPublicly && t.Status != TaskforceStatus.Cancelled && !string.IsNullOrWhiteSpace(t.Summary),
            CanUnlist = manage && t.IsListedPublicly,
            History = await CaseHistory.BuildAsync(db, access, v, CaseKind.Taskforce, t.Id, What, t.History),
            Version = db.VersionOf(t),
        };
    }
}
