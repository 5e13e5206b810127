using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Taskforces;

public sealed record DeliverableItem(Guid Id, string Title, DateOnly? DueOn, DeliverableStatus Status);

public sealed record TaskforceDetailsView(
    int Id,
    int? SupportRequestId,
    int? PolicyBriefingId,
    string Title,
    string CountryCode,
    int? RegionId,
    string HostOrganisation,
    string? Summary,
    string? Background,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> ThemeCodes,
    string? Results,
    TaskforceStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool IsListedPublicly,
    string? OwnerName,
    string? InternalNotes,
    IReadOnlyList<DeliverableItem> Deliverables,
    IReadOnlyList<TaskforceAction> PermittedActions,
    IReadOnlyList<HistoryItem> History,
    Guid Version);

/// <summary>Taskforces: reading one and editing it. Every call goes through the access policy.</summary>
public sealed class TaskforceService(RecordWork work, AccessPolicy access)
{
    private const string What = "taskforce";

    public Task<TaskforceDetailsView> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Taskforces, id, Project, ct);

    public Task<TaskforceDetailsView> EditAsync(int id, TaskforceDetails details, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Taskforces, id, version, What, "edit", (v, _) => AccessPolicy.CanManageCases(v),
            (t, v, now) => t.Edit(details, v.Actor, now), Project, ct);

    public Task<TaskforceDetailsView> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Taskforces, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (t, _, _) => t.SetInternalNotes(notes), Project, ct);

    private static Task<TaskforceDetailsView> Project(AppDbContext db, Taskforce t, Viewer v) =>
        Task.FromResult(new TaskforceDetailsView(
            t.Id, t.SupportRequestId, t.PolicyBriefingId, t.Title, t.CountryCode, t.RegionId, t.HostOrganisation, t.Summary,
            t.Background, t.Objectives, t.ThemeCodes, t.Results, t.Status, t.StartDate, t.EndDate, t.IsListedPublicly, t.OwnerName,
            AccessPolicy.CanSeeInternalNotes(v) ? t.InternalNotes : null,
            t.Deliverables.Select(d => new DeliverableItem(d.Id, d.Title, d.DueOn, d.Status)).ToList(),
            AccessPolicy.CanManageCases(v) ? t.PermittedActions : [],
            HistoryItem.From(t.History), db.VersionOf(t)));
}
