using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Roundtables;

public sealed record ParticipantItem(Guid Id, string Organisation, StakeholderType StakeholderType, int People);

public sealed record FindingItem(Guid Id, string Text);

/// <summary>A roundtable as its page shows it to this viewer.</summary>
public sealed record RoundtableDetailsView
{
    public required int Id { get; init; }
    public required int? TaskforceId { get; init; }
    public required int? SupportRequestId { get; init; }
    public required string Title { get; init; }
    public required string ThemeCode { get; init; }
    public required string ThemeName { get; init; }
    public required string? CountryCode { get; init; }

    /// <summary>The country in words, or "Europe-wide".</summary>
    public required string CountryAndRegion { get; init; }
    public required string? RequestedBy { get; init; }
    public required DateOnly? PlannedOn { get; init; }
    public required DateOnly? HeldOn { get; init; }
    public required RoundtableFormat Format { get; init; }

    /// <summary>Where it meets (a city or venue).</summary>
    public required string? Place { get; init; }
    public required string? Summary { get; init; }
    public required RoundtableStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset? ReportedAt { get; init; }
    public required string? CancellationReason { get; init; }
    public required IReadOnlyList<ParticipantItem> Participants { get; init; }
    public required IReadOnlyDictionary<StakeholderType, int> PeopleByStakeholderType { get; init; }
    public required IReadOnlyList<FindingItem> Bottlenecks { get; init; }
    public required IReadOnlyList<FindingItem> Recommendations { get; init; }
    public required string? OwnerName { get; init; }

    /// <summary>Null unless the viewer is the secretariat.</summary>
    public required string? InternalNotes { get; init; }
    public required CaseLink? Taskforce { get; init; }
    public required CaseLink? Request { get; init; }
    public required IReadOnlyList<CaseMeeting> Meetings { get; init; }

    /// <summary>The action items of the case's meetings that the viewer may see, open ones first.</summary>
    public required IReadOnlyList<CaseActionItem> ActionItems { get; init; }
    public required IReadOnlyList<RoundtableAction> PermittedActions { get; init; }
    public required bool CanManage { get; init; }
    public required bool CanEditNotes { get; init; }
    public required IReadOnlyList<CaseHistoryItem> History { get; init; }
    public required Guid Version { get; init; }

    public bool Can(RoundtableAction action) => PermittedActions.Contains(action);

    public RoundtableForm ToForm() => new()
    {
        Title = Title,
        ThemeCode = ThemeCode,
        CountryCode = CountryCode,
        RequestedBy = RequestedBy,
        PlannedOn = CaseFormat.ToDateTime(PlannedOn),
        Format = Format,
        Place = Place,
        Summary = Summary,
    };
}

/// <summary>
/// Roundtables: reading one, its transitions, and recording participants and findings. Every call goes through the
/// access policy and carries the version the page loaded.
/// </summary>
public sealed class RoundtableService(RecordWork work, AccessPolicy access)
{
    private const string What = "roundtable";
    private static readonly RoundtableFormValidator FormValidator = new();
    private static readonly ParticipantFormValidator ParticipantValidator = new();
    private static readonly BottleneckFormValidator BottleneckValidator = new();
    private static readonly RecommendationFormValidator RecommendationValidator = new();

    public Task<RoundtableDetailsView> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Roundtables, id, Project, ct);

    /// <summary>Edits the details and summary; the form's validator runs again here, whatever the page did.</summary>
    public async Task<RoundtableDetailsView> EditAsync(int id, RoundtableForm form, Guid version, CancellationToken ct = default)
    {
        await FormValidator.ValidateAndThrowForFieldsAsync(form, ct);
        var details = form.ToDetails();
        return await ChangeAsync(id, version, "edit", (r, v, now) => r.Edit(details, form.Summary, v.Actor, now), ct);
    }

    /// <summary>Records that the roundtable took place; the domain refuses a date in the future.</summary>
    public Task<RoundtableDetailsView> RecordHeldAsync(int id, DateOnly heldOn, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "record as held", (r, v, now) => r.RecordHeld(heldOn, v.Actor, now), ct);

    public Task<RoundtableDetailsView> ReportAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "report", (r, v, now) => r.Report(v.Actor, now), ct);

    /// <summary>Makes the roundtable's report visible to the member-state contact; recorded in the history.</summary>
    public Task<RoundtableDetailsView> PublishReportAsync(int id, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "publish the report of", (r, v, now) => r.PublishReport(v.Actor, now), ct);

    /// <summary>Takes the report back from the member-state contact, saying why; recorded in the history.</summary>
    public Task<RoundtableDetailsView> UnpublishReportAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "unpublish the report of", (r, v, now) => r.UnpublishReport(reason, v.Actor, now), ct);

    public Task<RoundtableDetailsView> CancelAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "cancel", (r, v, now) => r.Cancel(reason, v.Actor, now), ct);

    public async Task<RoundtableDetailsView> AddParticipantAsync(int id, ParticipantForm form, Guid version, CancellationToken ct = default)
    {
        await ParticipantValidator.ValidateAndThrowForFieldsAsync(form, ct);
        return await ChangeAsync(id, version, "record participants of",
            (r, v, now) => r.AddParticipant(form.Organisation, form.StakeholderType, form.People, v.Actor, now), ct);
    }

    public Task<RoundtableDetailsView> RemoveParticipantAsync(int id, Guid participantId, Guid version, CancellationToken ct = default) =>
        ChangeAsync(id, version, "record participants of", (r, v, now) => r.RemoveParticipant(participantId, v.Actor, now), ct);

    public async Task<RoundtableDetailsView> AddBottleneckAsync(int id, FindingForm form, Guid version, CancellationToken ct = default)
    {
        await BottleneckValidator.ValidateAndThrowForFieldsAsync(form, ct);
        return await ChangeAsync(id, version, "record findings of", (r, v, now) => r.AddBottleneck(form.Text, v.Actor, now), ct);
    }

    public async Task<RoundtableDetailsView> AddRecommendationAsync(int id, FindingForm form, Guid version, CancellationToken ct = default)
    {
        await RecommendationValidator.ValidateAndThrowForFieldsAsync(form, ct);
        return await ChangeAsync(id, version, "record findings of", (r, v, now) => r.AddRecommendation(form.Text, [r.ThemeCode], null, v.Actor, now), ct);
    }

    /// <summary>Secretariat-only notes; never shown to contacts or experts.</summary>
    public Task<RoundtableDetailsView> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Roundtables, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (r, _, _) => r.SetInternalNotes(notes), Project, ct);

    private Task<RoundtableDetailsView> ChangeAsync(int id, Guid version, string action, Action<Roundtable, Viewer, DateTimeOffset> change, CancellationToken ct) =>
        work.ChangeAsync(access.Roundtables, id, version, What, action, (v, _) => AccessPolicy.CanManageCases(v), change, Project, ct);

    private async Task<RoundtableDetailsView> Project(AppDbContext db, Roundtable r, Viewer v)
    {
        var manage = AccessPolicy.CanManageCases(v);
        return new RoundtableDetailsView
        {
            Id = r.Id,
            TaskforceId = r.TaskforceId,
            SupportRequestId = r.SupportRequestId,
            Title = r.Title,
            ThemeCode = r.ThemeCode,
            ThemeName = (await CaseFacts.ThemeNamesAsync(db, [r.ThemeCode]))[0],
            CountryCode = r.CountryCode,
            CountryAndRegion = await CaseFacts.PlaceAsync(db, r.CountryCode, null),
            RequestedBy = r.RequestedBy,
            PlannedOn = r.PlannedOn,
            HeldOn = r.HeldOn,
            Format = r.Format,
            Place = r.Place,
            Summary = r.Summary,
            Status = r.Status,
            CreatedAt = r.CreatedAt,
            ReportedAt = r.ReportedAt,
            CancellationReason = r.CancellationReason,
            Participants = r.Participants.Select(p => new ParticipantItem(p.Id, p.Organisation, p.StakeholderType, p.People)).ToList(),
            PeopleByStakeholderType = r.PeopleByStakeholderType(),
            Bottlenecks = r.Bottlenecks.Select(b => new FindingItem(b.Id, b.Text)).ToList(),
            Recommendations = r.Recommendations.Select(x => new FindingItem(x.Id, x.Text)).ToList(),
            OwnerName = r.OwnerName,
            InternalNotes = AccessPolicy.CanSeeInternalNotes(v) ? r.InternalNotes : null,
            Taskforce = await CaseFacts.TaskforceAsync(db, access, v, r.TaskforceId),
            Request = await CaseFacts.RequestAsync(db, access, v, r.SupportRequestId),
            Meetings = await CaseFacts.MeetingsAsync(db, access, v, null, r.Id),
            ActionItems = await CaseFacts.ActionItemsAsync(db, access, v, null, r.Id, DateOnly.FromDateTime(work.Now.UtcDateTime)),
            PermittedActions = manage ? r.PermittedActions : [],
            CanManage = manage,
            CanEditNotes = AccessPolicy.CanSeeInternalNotes(v),
            History = await CaseHistory.BuildAsync(db, access, v, CaseKind.Roundtable, r.Id, What, r.History),
            Version = db.VersionOf(r),
        };
    }
}
