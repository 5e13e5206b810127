using Microsoft.EntityFrameworkCore;
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
    Guid Version,
    string CountryName,
    string? RegionName,
    IReadOnlyList<string> ThemeNames,
    RequestChannel Channel,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? DecidedAt,
    string? WithdrawalReason,
    string? OwnerId,
    bool CanEditInternalNotes,
    bool CanAssignOwner,
    IReadOnlyList<CaseLink> Cases);

/// <summary>A case opened from a request, as its lineage shows it.</summary>
public sealed record CaseLink(CaseKind Kind, int Id, string Title, string Status)
{
    public string Href => Kind switch
    {
        CaseKind.PolicyBriefing => $"/briefings/{Id}",
        CaseKind.Taskforce => $"/taskforces/{Id}",
        _ => $"/roundtables/{Id}",
    };

    public string KindInWords => Words.Capitalised(Words.Of(Kind));
}

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

    /// <summary>
    /// Accepts the request with the chosen instrument; the request and the case it opens are saved together, so
    /// either both exist or neither does. Returns the opened case.
    /// </summary>
    public async Task<CaseLink> AcceptAsync(int id, CaseKind instrument, Guid version, CancellationToken ct = default)
    {
        AcceptedCase? opened = null;
        await work.ChangeAsync(access.Requests, id, version, What, "accept", (v, _) => AccessPolicy.CanManageCases(v),
            (db, r, v, now) =>
            {
                opened = r.Accept(instrument, v.Actor, now);
                db.Add(opened.Briefing ?? opened.Taskforce ?? (object)opened.Roundtable!);
                return Task.CompletedTask;
            },
            (_, _, _) => Task.FromResult(true), ct);

        return opened switch
        {
            { Briefing: { } b } => new CaseLink(CaseKind.PolicyBriefing, b.Id, b.Title, Words.Capitalised(Words.Of(b.Status))),
            { Taskforce: { } t } => new CaseLink(CaseKind.Taskforce, t.Id, t.Title, Words.Capitalised(Words.Of(t.Status))),
            { Roundtable: { } rt } => new CaseLink(CaseKind.Roundtable, rt.Id, rt.Title, Words.Capitalised(Words.Of(rt.Status))),
            _ => throw new InvalidOperationException("Accepting a request always opens a case."),
        };
    }

    /// <summary>Declines the request with a reason the requester will read.</summary>
    public async Task<RequestDetails> DeclineAsync(int id, string reason, Guid version, CancellationToken ct = default)
    {
        await new DeclineFormValidator().ValidateAndThrowForFieldsAsync(new DeclineForm { Reason = reason }, ct);
        return await work.ChangeAsync(access.Requests, id, version, What, "decline", (v, _) => AccessPolicy.CanManageCases(v),
            (r, v, now) => r.Decline(reason, v.Actor, now), Project, ct);
    }

    /// <summary>The requester's country contact (or the secretariat on their behalf) withdraws an undecided request.</summary>
    public async Task<RequestDetails> WithdrawAsync(int id, string? reason, Guid version, CancellationToken ct = default)
    {
        await new WithdrawFormValidator().ValidateAndThrowForFieldsAsync(new WithdrawForm { Reason = reason }, ct);
        return await work.ChangeAsync(access.Requests, id, version, What, "withdraw", AccessPolicy.CanWithdrawRequest,
            (r, v, now) => r.Withdraw(reason, v.Actor, now), Project, ct);
    }

    /// <summary>Makes a secretariat member responsible for the request.</summary>
    public Task<RequestDetails> AssignOwnerAsync(int id, string ownerUserId, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "assign an owner to", (v, _) => AccessPolicy.CanManageCases(v),
            async (db, r, v, now) => r.AssignOwner(await RequestOwners.FindAsync(db, ownerUserId, ct), v.Actor, now), Project, ct);

    /// <summary>Secretariat-only notes; never shown to requesters or experts.</summary>
    public Task<RequestDetails> SetInternalNotesAsync(int id, string? notes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Requests, id, version, What, "edit the internal notes of", (v, _) => AccessPolicy.CanSeeInternalNotes(v),
            (r, _, _) => r.SetInternalNotes(notes), Project, ct);

    private async Task<RequestDetails> Project(AppDbContext db, SupportRequest r, Viewer v)
    {
        var now = work.Now;
        var actions = v.IsSecretariat
            ? r.PermittedActions
            : r.PermittedActions.Where(a => a == SupportRequestAction.Withdraw && AccessPolicy.CanWithdrawRequest(v, r)).ToList();
        var countryName = await db.Countries.AsNoTracking().Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefaultAsync();
        var regionName = r.RegionId is { } regionId
            ? await db.Regions.AsNoTracking().Where(x => x.Id == regionId).Select(x => x.Name).FirstOrDefaultAsync()
            : null;
        var codes = r.ThemeCodes.ToList();
        var themeNames = await db.Themes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name);

        return new RequestDetails(
            r.Id, r.Reference, r.Title, r.CountryCode, r.RegionId, r.RequestingOrganisation, r.ContactName, r.ContactEmail,
            r.ThemeCodes, r.Challenge, r.HopedInstrument, r.Urgency, r.ReceivedAt, r.Status,
            r.AcknowledgementDueOn(policy), r.AcknowledgementDaysLeft(policy, now), r.IsAcknowledgementOverdue(policy, now),
            r.AcceptedAs, r.DeclineReason, r.OwnerName,
            AccessPolicy.CanSeeInternalNotes(v) ? r.InternalNotes : null,
            actions, HistoryItem.From(r.History), db.VersionOf(r),
            countryName ?? r.CountryCode, regionName, r.ThemeCodes.Select(c => themeNames.GetValueOrDefault(c, c)).ToList(),
            r.Channel, r.AcknowledgedAt, r.DecidedAt, r.WithdrawalReason, v.IsSecretariat ? r.OwnerId : null,
            AccessPolicy.CanSeeInternalNotes(v), AccessPolicy.CanManageCases(v) && r.Status is SupportRequestStatus.Submitted or SupportRequestStatus.InReview,
            await CasesAsync(db, r.Id, v));
    }

    /// <summary>The cases opened from this request that the viewer may see: its lineage.</summary>
    private async Task<IReadOnlyList<CaseLink>> CasesAsync(AppDbContext db, int requestId, Viewer v)
    {
        var briefings = await access.Briefings(db, v).AsNoTracking().Where(b => b.SupportRequestId == requestId)
            .Select(b => new { b.Id, b.Title, b.Status }).ToListAsync();
        var taskforces = await access.Taskforces(db, v).AsNoTracking().Where(t => t.SupportRequestId == requestId)
            .Select(t => new { t.Id, t.Title, t.Status }).ToListAsync();
        var roundtables = await access.Roundtables(db, v).AsNoTracking().Where(x => x.SupportRequestId == requestId)
            .Select(x => new { x.Id, x.Title, x.Status }).ToListAsync();
        return
        [
            ..briefings.OrderBy(b => b.Id).Select(b => new CaseLink(CaseKind.PolicyBriefing, b.Id, b.Title, Words.Capitalised(Words.Of(b.Status)))),
            ..taskforces.OrderBy(t => t.Id).Select(t => new CaseLink(CaseKind.Taskforce, t.Id, t.Title, Words.Capitalised(Words.Of(t.Status)))),
            ..roundtables.OrderBy(x => x.Id).Select(x => new CaseLink(CaseKind.Roundtable, x.Id, x.Title, Words.Capitalised(Words.Of(x.Status)))),
        ];
    }
}

/// <summary>The secretariat members who can own requests, read from the accounts table.</summary>
public static class RequestOwners
{
    public static async Task<IReadOnlyList<RequestChoice>> ListAsync(AppDbContext db, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Role == UserRole.Secretariat && !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => new RequestChoice(u.Id, u.DisplayName))
            .ToListAsync(ct);

    /// <summary>The enabled secretariat member with this id, as the actor who will own a request; anyone else is refused.</summary>
    public static async Task<Actor> FindAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var owner = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.Role == UserRole.Secretariat && !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(ct);
        return owner is null
            ? throw new FieldValidationException([("Owner", "Choose an owner from the secretariat.")])
            : new Actor(owner.Id, owner.DisplayName);
    }
}
