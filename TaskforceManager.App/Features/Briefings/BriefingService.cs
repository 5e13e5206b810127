using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;

namespace TaskforceManager.App.Features.Briefings;

public sealed record BriefingDetails(
    int Id,
    int? SupportRequestId,
    string Title,
    string CountryCode,
    int? RegionId,
    string? RequestingOrganisation,
    IReadOnlyList<string> ThemeCodes,
    string Challenge,
    string? Context,
    string? Recommendations,
    DateOnly? DueOn,
    PolicyBriefingStatus Status,
    DateTimeOffset? DeliveredAt,
    int? EscalatedToTaskforceId,
    string? OwnerName,
    string? InternalNotes,
    IReadOnlyList<PolicyBriefingAction> PermittedActions,
    IReadOnlyList<HistoryItem> History,
    Guid Version);

/// <summary>Policy briefings: reading one and moving it along. Every call goes through the access policy.</summary>
public sealed class BriefingService(RecordWork work, AccessPolicy access)
{
    private const string What = "briefing";

    public Task<BriefingDetails> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Briefings, id, Project, ct);

    public Task<BriefingDetails> SubmitForReviewAsync(int id, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Briefings, id, version, What, "submit for review", (v, _) => AccessPolicy.CanManageCases(v),
            (b, v, now) => b.SubmitForReview(v.Actor, now), Project, ct);

    public Task<BriefingDetails> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Briefings, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (b, _, _) => b.SetInternalNotes(notes), Project, ct);

    private static Task<BriefingDetails> Project(AppDbContext db, PolicyBriefing b, Viewer v) =>
        Task.FromResult(new BriefingDetails(
            b.Id, b.SupportRequestId, b.Title, b.CountryCode, b.RegionId, b.RequestingOrganisation, b.ThemeCodes, b.Challenge,
            b.Context, b.Recommendations, b.DueOn, b.Status, b.DeliveredAt, b.EscalatedToTaskforceId, b.OwnerName,
            AccessPolicy.CanSeeInternalNotes(v) ? b.InternalNotes : null,
            AccessPolicy.CanManageCases(v) ? b.PermittedActions : [],
            HistoryItem.From(b.History), db.VersionOf(b)));
}
