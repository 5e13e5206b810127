using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

public sealed record RequestDetails(
    int Id,
    string Reference,
    string Title,
    string CountryCode,
    int? RegionId,
    string RequestingOrganisation,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ThemeCodes,
    string Challenge,
    HopedInstrument HopedInstrument,
    Urgency Urgency,
    DateTimeOffset ReceivedAt,
    SupportRequestStatus Status,
    DateOnly AcknowledgementDueOn,
    int? AcknowledgementDaysLeft,
    bool IsOverdue,
    CaseKind? AcceptedAs,
    string? DeclineReason,
    string? OwnerName,
    string? InternalNotes,
    IReadOnlyList<SupportRequestAction> PermittedActions,
    IReadOnlyList<HistoryItem> History,
    Guid Version);

/// <summary>Support requests: reading one, and the triage transitions. Every call goes through the access policy.</summary>
public sealed class RequestService(RecordWork work, AccessPolicy access, AcknowledgementPolicy policy)
{
    private const string What = "request";

    public Task<RequestDetails> GetAsync(int id, CancellationToken ct = default) =>
        work.ReadAsync(access.Requests, id, Project, ct);

    /// <summary>The secretariat acknowledges receipt and starts the review.</summary>
    public Task<RequestDetails> AcknowledgeAsync(int id, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "acknowledge", (v, _) => AccessPolicy.CanManageCases(v),
            (r, v, now) => r.Acknowledge(v.Actor, now), Project, ct);

    /// <summary>Declines the request with a reason the requester will read.</summary>
    public Task<RequestDetails> DeclineAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "decline", (v, _) => AccessPolicy.CanManageCases(v),
            (r, v, now) => r.Decline(reason, v.Actor, now), Project, ct);

    /// <summary>The requester's country contact (or the secretariat on their behalf) withdraws an undecided request.</summary>
    public Task<RequestDetails> WithdrawAsync(int id, string? reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "withdraw", AccessPolicy.CanWithdrawRequest,
            (r, v, now) => r.Withdraw(reason, v.Actor, now), Project, ct);

    /// <summary>Secretariat-only notes; never shown to requesters or experts.</summary>
    public Task<RequestDetails> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (r, _, _) => r.SetInternalNotes(notes), Project, ct);

    private Task<RequestDetails> Project(AppDbContext db, SupportRequest r, Viewer v)
    {
        var now = work.Now;
        var actions = v.IsSecretariat
            ? r.PermittedActions
            : r.PermittedActions.Where(a => a == SupportRequestAction.Withdraw && AccessPolicy.CanWithdrawRequest(v, r)).ToList();
        return Task.FromResult(new RequestDetails(
            r.Id, r.Reference, r.Title, r.CountryCode, r.RegionId, r.RequestingOrganisation, r.ContactName, r.ContactEmail,
            r.ThemeCodes, r.Challenge, r.HopedInstrument, r.Urgency, r.ReceivedAt, r.Status,
            r.AcknowledgementDueOn(policy), r.AcknowledgementDaysLeft(policy, now), r.IsAcknowledgementOverdue(policy, now),
            r.AcceptedAs, r.DeclineReason, r.OwnerName,
            AccessPolicy.CanSeeInternalNotes(v) ? r.InternalNotes : null,
            actions, HistoryItem.From(r.History), db.VersionOf(r)));
    }
}
