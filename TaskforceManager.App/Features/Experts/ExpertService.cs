using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Experts;

/// <summary>An expert as the viewer may see them: the private contact data is null unless it is the secretariat or the expert.</summary>
public sealed record ExpertProfile(
    int Id,
    string FullName,
    int OrganisationId,
    string OrganisationName,
    string CountryCode,
    HelixSector Sector,
    IReadOnlyList<string> LanguageCodes,
    IReadOnlyList<(string ThemeCode, ExpertiseLevel Level)> Expertise,
    int? AvailableDaysPerMonth,
    string? Email,
    string? Phone,
    bool CanEdit,
    Guid Version);

public sealed record AssignmentView(int Id, int ExpertId, CaseKindView Case, AssignmentRole Role, AssignmentStatus Status, IReadOnlyList<AssignmentAction> PermittedActions, Guid Version);

public sealed record CaseKindView(Domain.Common.CaseKind Kind, int Id, string Title);

/// <summary>One person on a case's team as its People tab shows them; the note (why declined, released or overridden) is the secretariat's.</summary>
public sealed record TeamMember(
    int AssignmentId, int ExpertId, string ExpertName, string OrganisationName, AssignmentRole Role, AssignmentStatus Status,
    string? Note, IReadOnlyList<AssignmentAction> PermittedActions, Guid Version);

/// <summary>An expert the secretariat may invite onto a case.</summary>
public sealed record InviteCandidate(int ExpertId, string Name, string OrganisationName, string CountryName);

/// <summary>What the assignment rules will say about inviting this expert onto this case.</summary>
public sealed record InviteCheck(IReadOnlyList<string> ConflictsWith, int ActiveAssignments, int WorkloadCap)
{
    public bool NeedsConflictReason => ConflictsWith.Count > 0;

    public bool NeedsWorkloadReason => ActiveAssignments >= WorkloadCap;
}

/// <summary>Experts' profiles and their assignments. Every call goes through the access policy.</summary>
public sealed class ExpertService(RecordWork work, AccessPolicy access)
{
    private static readonly InviteExpertFormValidator InviteValidator = new();

    public Task<ExpertProfile> GetProfileAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Experts, id, ProjectProfile, ct);

    /// <summary>The expert (or the secretariat) sets how many days a month they can give.</summary>
    public Task<ExpertProfile> SetAvailabilityAsync(int id, int daysPerMonth, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Experts, id, version, "expert profile", "edit", (v, e) => AccessPolicy.CanEditExpertProfile(v, e.Id),
            (e, _, _) => e.UpdateProfile(e.FullName, e.CountryCode, e.Sector, e.Email, e.Phone, e.LanguageCodes, daysPerMonth, e.Bio),
            ProjectProfile, ct);

    public Task<AssignmentView> GetAssignmentAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Assignments, id, ProjectAssignment, ct);

    /// <summary>The invited expert accepts (the secretariat may record it on their behalf).</summary>
    public Task<AssignmentView> AcceptAssignmentAsync(int id, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Assignments, id, version, "assignment", "accept", AccessPolicy.CanRespondToAssignment,
            (a, v, now) => a.Accept(v.Actor, now), ProjectAssignment, ct);

    public Task<AssignmentView> DeclineAssignmentAsync(int id, string? reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Assignments, id, version, "assignment", "decline", AccessPolicy.CanRespondToAssignment,
            (a, v, now) => a.Decline(reason, v.Actor, now), ProjectAssignment, ct);

    /// <summary>The secretariat ends an accepted assignment, saying why.</summary>
    public Task<AssignmentView> ReleaseAssignmentAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Assignments, id, version, "assignment", "release", (v, _) => AccessPolicy.CanManageCases(v),
            (a, v, now) => a.Release(reason, v.Actor, now), ProjectAssignment, ct);

    /// <summary>The team of a case the viewer may open: everyone for the secretariat, the accepted members for others.</summary>
    public Task<IReadOnlyList<TeamMember>> TeamAsync(CaseKind kind, int caseId, CancellationToken ct = default) =>
        ReadCaseAsync(kind, caseId, async (db, @case, v) =>
        {
            var rows = await access.Assignments(db, v).AsNoTracking()
                .Where(a => a.CaseKind == kind && a.CaseId == caseId)
                .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { Assignment = a, e.FullName, e.OrganisationId })
                .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new
                {
                    x.Assignment,
                    Version = EF.Property<Guid>(x.Assignment, AppDbContext.VersionProperty),
                    x.FullName,
                    Organisation = o.Name,
                })
                .ToListAsync(ct);
            var secretariat = AccessPolicy.CanManageCases(v);
            return (IReadOnlyList<TeamMember>)rows
                .OrderBy(r => r.Assignment.IsActive ? 0 : 1).ThenBy(r => r.Assignment.Role).ThenBy(r => r.FullName)
                .Select(r => new TeamMember(
                    r.Assignment.Id, r.Assignment.ExpertId, r.FullName, r.Organisation, r.Assignment.Role, r.Assignment.Status,
                    secretariat ? NoteOf(r.Assignment) : null,
                    secretariat ? r.Assignment.PermittedActions : [],
                    r.Version))
                .ToList();
        }, ct);

    /// <summary>Active experts of current members and partners who are not yet on the case; the secretariat's picker.</summary>
    public Task<IReadOnlyList<InviteCandidate>> InviteCandidatesAsync(CaseKind kind, int caseId, CancellationToken ct = default) =>
        ReadCaseAsync(kind, caseId, async (db, @case, v) =>
        {
            await EnsureCanAssignAsync(v, kind, caseId);
            var onCase = db.Assignments
                .Where(a => a.CaseKind == kind && a.CaseId == caseId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
                .Select(a => a.ExpertId);
            var rows = await access.Experts(db, v).AsNoTracking()
                .Where(e => e.IsActive && !onCase.Contains(e.Id))
                .Join(db.Organisations.Where(o => o.Membership == MembershipStatus.Active), e => e.OrganisationId, o => o.Id,
                    (e, o) => new { e.Id, e.FullName, e.CountryCode, Organisation = o.Name })
                .Join(db.Countries, x => x.CountryCode, c => c.Code, (x, c) => new { x.Id, x.FullName, x.Organisation, Country = c.Name })
                .ToListAsync(ct);
            return (IReadOnlyList<InviteCandidate>)rows
                .OrderBy(x => x.FullName, StringComparer.CurrentCulture)
                .Select(x => new InviteCandidate(x.Id, x.FullName, x.Organisation, x.Country))
                .ToList();
        }, ct);

    /// <summary>Whether inviting this expert onto the case hits a declared conflict or the workload cap.</summary>
    public Task<InviteCheck> CheckInviteAsync(CaseKind kind, int caseId, int expertId, CancellationToken ct = default) =>
        ReadCaseAsync(kind, caseId, async (db, @case, v) =>
        {
            await EnsureCanAssignAsync(v, kind, caseId);
            var expert = await access.SingleVisibleAsync(access.Experts(db, v), e => e.Id == expertId, v, expertId, "check an invitation of", ct);
            return new InviteCheck(
                expert.ConflictsWith(@case.CountryCode, @case.RequesterOrganisations).Select(c => c.Subject).ToList(),
                await ActiveAssignmentsAsync(db, expertId, ct), ExpertAssignment.DefaultWorkloadCap);
        }, ct);

    /// <summary>
    /// The secretariat invites an expert onto a case. The domain refuses an expert of a lapsed member, a second lead, a
    /// declared conflict or a full workload; the last two pass with the secretariat's reason.
    /// </summary>
    /// <returns>The new assignment's id.</returns>
    public async Task<int> InviteAsync(CaseKind kind, int caseId, InviteExpertForm form, CancellationToken ct = default)
    {
        await InviteValidator.ValidateAndThrowForFieldsAsync(form, ct);
        var expertId = form.ExpertId!.Value;
        ExpertAssignment? invited = null;

        // The case itself does not change, so there is no version to hold: two invitations never overwrite each other.
        await ChangeCaseAsync(kind, caseId, "invite an expert to", async (db, @case, v, now) =>
        {
            var expert = await access.SingleVisibleAsync(access.Experts(db, v), e => e.Id == expertId, v, expertId, "invite", ct);
            var member = await db.Organisations.SingleAsync(o => o.Id == expert.OrganisationId, ct);
            var team = await db.Assignments.Where(a => a.CaseKind == kind && a.CaseId == caseId).ToListAsync(ct);
            invited = ExpertAssignment.Invite(expert, member, @case, form.Role, await ActiveAssignmentsAsync(db, expertId, ct),
                ExpertAssignment.DefaultWorkloadCap, team, new AssignmentOverrides(form.ConflictOverrideReason, form.WorkloadOverrideReason), v.Actor, now);
            db.Assignments.Add(invited);
        }, ct);

        return invited!.Id;
    }

    private static string? NoteOf(ExpertAssignment a) =>
        string.Join(" ", new[]
        {
            a.ConflictOverrideReason is { } c ? $"Conflict of interest overridden: {c}" : null,
            a.WorkloadOverrideReason is { } w ? $"Workload cap overridden: {w}" : null,
            a.DeclineReason is { } d ? $"Declined: {d}" : null,
            a.ReleaseReason is { } r ? $"Released: {r}" : null,
        }.Where(x => x is not null)) is { Length: > 0 } note ? note : null;

    private static Task<int> ActiveAssignmentsAsync(AppDbContext db, int expertId, CancellationToken ct) =>
        db.Assignments.CountAsync(a => a.ExpertId == expertId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted), ct);

    private async Task EnsureCanAssignAsync(Viewer v, CaseKind kind, int caseId)
    {
        if (!AccessPolicy.CanManageCases(v))
        {
            throw await access.NotAllowedAsync(v, kind.ToString(), caseId, "assign experts to", "You are not allowed to assign experts to this case.");
        }
    }

    /// <summary>Reads a case of any kind within the viewer's scope, with the facts the assignment rules need about it.</summary>
    private Task<TResult> ReadCaseAsync<TResult>(CaseKind kind, int caseId, Func<AppDbContext, CaseRef, Viewer, Task<TResult>> read, CancellationToken ct) =>
        kind switch
        {
            CaseKind.PolicyBriefing => work.ReadAsync(access.Briefings, caseId, async (db, b, v) => await read(db, RefOf(b), v), ct),
            CaseKind.Taskforce => work.ReadAsync(access.Taskforces, caseId, async (db, t, v) => await read(db, await RefOfAsync(db, t, ct), v), ct),
            _ => work.ReadAsync(access.Roundtables, caseId, async (db, r, v) => await read(db, await RefOfAsync(db, r, ct), v), ct),
        };

    private Task<bool> ChangeCaseAsync(CaseKind kind, int caseId, string action, Func<AppDbContext, CaseRef, Viewer, DateTimeOffset, Task> change, CancellationToken ct) =>
        kind switch
        {
            CaseKind.PolicyBriefing => work.ChangeAsync(access.Briefings, caseId, null, "briefing", action, (v, _) => AccessPolicy.CanManageCases(v),
                async (db, b, v, now) => await change(db, RefOf(b), v, now), Done, ct),
            CaseKind.Taskforce => work.ChangeAsync(access.Taskforces, caseId, null, "taskforce", action, (v, _) => AccessPolicy.CanManageCases(v),
                async (db, t, v, now) => await change(db, await RefOfAsync(db, t, ct), v, now), Done, ct),
            _ => work.ChangeAsync(access.Roundtables, caseId, null, "roundtable", action, (v, _) => AccessPolicy.CanManageCases(v),
                async (db, r, v, now) => await change(db, await RefOfAsync(db, r, ct), v, now), Done, ct),
        };

    private static Task<bool> Done<T>(AppDbContext db, T record, Viewer v) => Task.FromResult(true);

    private static CaseRef RefOf(PolicyBriefing b) =>
        new(CaseKind.PolicyBriefing, b.Id, b.Title, b.CountryCode, Organisations(b.RequestingOrganisation));

    private static async Task<CaseRef> RefOfAsync(AppDbContext db, Taskforce t, CancellationToken ct)
    {
        var requester = await db.SupportRequests.Where(r => r.Id == t.SupportRequestId).Select(r => r.RequestingOrganisation).SingleOrDefaultAsync(ct);
        return new CaseRef(CaseKind.Taskforce, t.Id, t.Title, t.CountryCode, Organisations(t.HostOrganisation, requester));
    }

    private static async Task<CaseRef> RefOfAsync(AppDbContext db, Roundtable r, CancellationToken ct)
    {
        var host = await db.Taskforces.Where(t => t.Id == r.TaskforceId).Select(t => t.HostOrganisation).SingleOrDefaultAsync(ct);
        return new CaseRef(CaseKind.Roundtable, r.Id, r.Title, r.CountryCode, Organisations(r.RequestedBy, host));
    }

    private static IReadOnlyList<string> Organisations(params string?[] names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static async Task<ExpertProfile> ProjectProfile(AppDbContext db, Expert e, Viewer v)
    {
        var organisation = await db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.Name).SingleAsync();
        var privateData = AccessPolicy.CanSeePrivateContact(v, e.Id);
        return new ExpertProfile(
            e.Id, e.FullName, e.OrganisationId, organisation, e.CountryCode, e.Sector, e.LanguageCodes,
            e.Expertise.Select(x => (x.ThemeCode, x.Level)).ToList(),
            privateData ? e.AvailableDaysPerMonth : null,
            privateData ? e.Email : null,
            privateData ? e.Phone : null,
            AccessPolicy.CanEditExpertProfile(v, e.Id), db.VersionOf(e));
    }

    private static Task<AssignmentView> ProjectAssignment(AppDbContext db, ExpertAssignment a, Viewer v) =>
        Task.FromResult(new AssignmentView(
            a.Id, a.ExpertId, new CaseKindView(a.CaseKind, a.CaseId, a.CaseTitle), a.Role, a.Status,
            v.IsSecretariat ? a.PermittedActions
                : AccessPolicy.CanRespondToAssignment(v, a) ? a.PermittedActions.Where(x => x != AssignmentAction.Release).ToList() : [], db.VersionOf(a)));
}
