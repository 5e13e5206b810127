using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Briefings;

/// <summary>A policy briefing as its page shows it to this viewer.</summary>
public sealed record BriefingDetails
{
    public required int Id { get; init; }
    public required int? SupportRequestId { get; init; }
    public required string Title { get; init; }
    public required string CountryCode { get; init; }
    public required int? RegionId { get; init; }

    /// <summary>Region and country in words, e.g. "Basque Country, Spain".</summary>
    public required string CountryAndRegion { get; init; }
    public required string? RequestingOrganisation { get; init; }
    public required IReadOnlyList<string> ThemeCodes { get; init; }
    public required IReadOnlyList<string> ThemeNames { get; init; }
    public required string Challenge { get; init; }
    public required string? Context { get; init; }
    public required string? Recommendations { get; init; }
    public required DateOnly? DueOn { get; init; }
    public required PolicyBriefingStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset? DeliveredAt { get; init; }
    public required string? CancellationReason { get; init; }
    public required int? EscalatedToTaskforceId { get; init; }
    public required bool IsEscalated { get; init; }
    public required string? OwnerName { get; init; }

    /// <summary>Null unless the viewer is the secretariat.</summary>
    public required string? InternalNotes { get; init; }
    public required CaseLink? Request { get; init; }

    /// <summary>The taskforce it was escalated to, when the viewer may open it.</summary>
    public required CaseLink? EscalatedTo { get; init; }
    public required IReadOnlyList<PolicyBriefingAction> PermittedActions { get; init; }
    public required bool CanManage { get; init; }
    public required bool CanEditNotes { get; init; }
    public required IReadOnlyList<CaseHistoryItem> History { get; init; }
    public required Guid Version { get; init; }

    public bool Can(PolicyBriefingAction action) => PermittedActions.Contains(action);

    public BriefingForm ToForm() => new()
    {
        Title = Title,
        ThemeCodes = ThemeCodes.ToList(),
        Challenge = Challenge,
        Context = Context,
        Recommendations = Recommendations,
        DueOn = CaseFormat.ToDateTime(DueOn),
    };
}

/// <summary>
/// Policy briefings: reading one and every transition of its path, including escalation to a taskforce. Every call
/// goes through the access policy and carries the version the page loaded.
/// </summary>
public sealed class BriefingService(RecordWork work, AccessPolicy access)
{
    private const string What = "briefing";
    private static readonly BriefingFormValidator FormValidator = new();
    private static readonly EscalateFormValidator EscalateValidator = new();

    public Task<BriefingDetails> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Briefings, id, Project, ct);

    /// <summary>Edits the text; the form's validator runs again here, whatever the page did.</summary>
    public async Task<BriefingDetails> EditAsync(int id, BriefingForm form, Guid version, CancellationToken ct = default)
    {
        await FormValidator.ValidateAndThrowForFieldsAsync(form, ct);
        return await ChangeAsync(id, version, "edit", (b, v, now) =>
            b.Edit(form.Title, form.ThemeCodes, form.Challenge, form.Context, form.Recommendations, CaseFormat.ToDateOnly(form.DueOn), v.Actor, now), ct);
    }

    public Task<BriefingDetails> SubmitForReviewAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "submit for review", (b, v, now) => b.SubmitForReview(v.Actor, now), ct);

    public Task<BriefingDetails> ReturnToDraftAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "return to draft", (b, v, now) => b.ReturnToDraft(reason, v.Actor, now), ct);

    public Task<BriefingDetails> DeliverAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "deliver", (b, v, now) => b.Deliver(v.Actor, now), ct);

    /// <summary>Makes the briefing's report visible to the member-state contact; recorded in the history.</summary>
    public Task<BriefingDetails> PublishReportAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "publish the report of", (b, v, now) => b.PublishReport(v.Actor, now), ct);

    /// <summary>Takes the report back from the member-state contact, saying why; recorded in the history.</summary>
    public Task<BriefingDetails> UnpublishReportAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "unpublish the report of", (b, v, now) => b.UnpublishReport(reason, v.Actor, now), ct);

    public Task<BriefingDetails> CancelAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "cancel", (b, v, now) => b.Cancel(reason, v.Actor, now), ct);

    /// <summary>
    /// Escalates a delivered briefing to a new taskforce and returns the taskforce's id. The taskforce gets its id only
    /// when it is saved, and the briefing must then point at it: two saves in one transaction, so neither half is
    /// ever kept without the other.
    /// </summary>
    public async Task<int> EscalateToTaskforceAsync(int id, EscalateForm form, Guid version, CancellationToken ct = default)
    {
        await EscalateValidator.ValidateAndThrowForFieldsAsync(form, ct);
        Taskforce? taskforce = null;
        await work.ChangeAsync(access.Briefings, id, version, What, "escalate", (v, _) => AccessPolicy.CanManageCases(v),
            async (db, b, v, now) =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                taskforce = b.EscalateToTaskforce(form.Title, form.HostOrganisation, v.Actor, now);
                db.Taskforces.Add(taskforce);
                await db.SaveOrConflictAsync(What, ct);
                b.LinkEscalatedTaskforce(taskforce.Id);
                await db.SaveOrConflictAsync(What, ct);
                await transaction.CommitAsync(ct);
            }, (_, _, _) => Task.FromResult(true), ct);
        return taskforce!.Id;
    }

    /// <summary>Secretariat-only notes; never shown to contacts or experts.</summary>
    public Task<BriefingDetails> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Briefings, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (b, _, _) => b.SetInternalNotes(notes), Project, ct);

    private Task<BriefingDetails> ChangeAsync(int id, Guid version, string action, Action<PolicyBriefing, Viewer, DateTimeOffset> change, CancellationToken ct) =>
        work.ChangeAsync(access.Briefings, id, version, What, action, (v, _) => AccessPolicy.CanManageCases(v), change, Project, ct);

    private async Task<BriefingDetails> Project(AppDbContext db, PolicyBriefing b, Viewer v)
    {
        var manage = AccessPolicy.CanManageCases(v);
        return new BriefingDetails
        {
            Id = b.Id,
            SupportRequestId = b.SupportRequestId,
            Title = b.Title,
            CountryCode = b.CountryCode,
            RegionId = b.RegionId,
            CountryAndRegion = await CaseFacts.PlaceAsync(db, b.CountryCode, b.RegionId),
            RequestingOrganisation = b.RequestingOrganisation,
            ThemeCodes = b.ThemeCodes,
            ThemeNames = await CaseFacts.ThemeNamesAsync(db, b.ThemeCodes),
            Challenge = b.Challenge,
            Context = b.Context,
            Recommendations = b.Recommendations,
            DueOn = b.DueOn,
            Status = b.Status,
            CreatedAt = b.CreatedAt,
            DeliveredAt = b.DeliveredAt,
            CancellationReason = b.CancellationReason,
            EscalatedToTaskforceId = b.EscalatedToTaskforceId,
            IsEscalated = b.IsEscalated,
            OwnerName = b.OwnerName,
            InternalNotes = AccessPolicy.CanSeeInternalNotes(v) ? b.InternalNotes : null,
            Request = await CaseFacts.RequestAsync(db, access, v, b.SupportRequestId),
            EscalatedTo = await CaseFacts.TaskforceAsync(db, access, v, b.EscalatedToTaskforceId),
            PermittedActions = manage ? b.PermittedActions : [],
            CanManage = manage,
            CanEditNotes = AccessPolicy.CanSeeInternalNotes(v),
            History = await CaseHistory.BuildAsync(db, access, v, CaseKind.PolicyBriefing, b.Id, What, b.History),
            Version = db.VersionOf(b),
        };
    }
}
