using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;

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

/// <summary>Experts' profiles and their assignments. Every call goes through the access policy.</summary>
public sealed class ExpertService(RecordWork work, AccessPolicy access)
{
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
