using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Roundtables;

public sealed record RoundtableDetailsView(
    int Id,
    int? TaskforceId,
    int? SupportRequestId,
    string Title,
    string ThemeCode,
    string? CountryCode,
    string? RequestedBy,
    DateOnly? PlannedOn,
    DateOnly? HeldOn,
    RoundtableFormat Format,
    string? Place,
    string? Summary,
    RoundtableStatus Status,
    IReadOnlyDictionary<StakeholderType, int> PeopleByStakeholderType,
    IReadOnlyList<string> Bottlenecks,
    IReadOnlyList<string> Recommendations,
    string? OwnerName,
    string? InternalNotes,
    IReadOnlyList<RoundtableAction> PermittedActions,
    IReadOnlyList<HistoryItem> History,
    Guid Version);

/// <summary>Roundtables: reading one and recording what happened. Every call goes through the access policy.</summary>
public sealed class RoundtableService(RecordWork work, AccessPolicy access)
{
    private const string What = "roundtable";

    public Task<RoundtableDetailsView> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Roundtables, id, Project, ct);

    public Task<RoundtableDetailsView> RecordHeldAsync(int id, DateOnly heldOn, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Roundtables, id, version, What, "record as held", (v, _) => AccessPolicy.CanManageCases(v),
            (r, v, now) => r.RecordHeld(heldOn, v.Actor, now), Project, ct);

    public Task<RoundtableDetailsView> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Roundtables, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (r, _, _) => r.SetInternalNotes(notes), Project, ct);

    private static Task<RoundtableDetailsView> Project(AppDbContext db, Roundtable r, Viewer v) =>
        Task.FromResult(new RoundtableDetailsView(
            r.Id, r.TaskforceId, r.SupportRequestId, r.Title, r.ThemeCode, r.CountryCode, r.RequestedBy, r.PlannedOn, r.HeldOn,
            r.Format, r.Place, r.Summary, r.Status, r.PeopleByStakeholderType(),
            r.Bottlenecks.Select(b => b.Text).ToList(), r.Recommendations.Select(x => x.Text).ToList(), r.OwnerName,
            AccessPolicy.CanSeeInternalNotes(v) ? r.InternalNotes : null,
            AccessPolicy.CanManageCases(v) ? r.PermittedActions : [],
            HistoryItem.From(r.History), db.VersionOf(r)));
}
