using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.Domain.Experts;

public enum AssignmentRole
{
    Lead,
    Member,
    Rapporteur,
    Advisor,
}

public enum AssignmentStatus
{
    Invited,
    Accepted,
    Declined,
    Released,
}

public enum AssignmentAction
{
    Accept,
    Decline,
    Release,
}

/// <summary>The secretariat's reasons for assigning despite a rule; each is only needed when its rule is hit.</summary>
public sealed record AssignmentOverrides(string? ConflictReason = null, string? WorkloadReason = null)
{
    public static AssignmentOverrides None { get; } = new();
}

/// <summary>An expert's place on a case: Invited → Accepted | Declined, Accepted → Released.</summary>
public sealed class ExpertAssignment
{
    /// <summary>How many active assignments an expert may hold before an override is needed.</summary>
    public const int DefaultWorkloadCap = 3;

    private static readonly TransitionTable<AssignmentStatus, AssignmentAction> Transitions =
        new TransitionTable<AssignmentStatus, AssignmentAction>("assignment")
            .Allow(AssignmentAction.Accept, "accepted", AssignmentStatus.Invited)
            .Allow(AssignmentAction.Decline, "declined", AssignmentStatus.Invited)
            .Allow(AssignmentAction.Release, "released", AssignmentStatus.Accepted);

    private readonly List<HistoryEntry> _history = [];

    private ExpertAssignment()
    {
        CaseTitle = string.Empty;
    }

    public int Id { get; private set; }
    public int ExpertId { get; private set; }
    public CaseKind CaseKind { get; private set; }
    public int CaseId { get; private set; }
    public string CaseTitle { get; private set; }
    public AssignmentRole Role { get; private set; }
    public AssignmentStatus Status { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public DateTimeOffset? ReleasedAt { get; private set; }
    public string? ConflictOverrideReason { get; private set; }
    public string? WorkloadOverrideReason { get; private set; }
    public string? DeclineReason { get; private set; }
    public string? ReleaseReason { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<HistoryEntry> History => _history;

    /// <summary>Counts against the workload cap while invited or accepted.</summary>
    public bool IsActive => Status is AssignmentStatus.Invited or AssignmentStatus.Accepted;

    public IReadOnlyList<AssignmentAction> PermittedActions => Transitions.Permitted(Status);

    public bool Can(AssignmentAction action) => Transitions.Can(Status, action);

    /// <summary>
    /// Invites an expert onto a case. The expert's organisation must be an active member or partner; a declared
    /// conflict with the case's country or requester, or a full workload, needs the secretariat's reason to override.
    /// </summary>
    public static ExpertAssignment Invite(Expert expert, MemberOrganisation organisation, CaseRef @case, AssignmentRole role,
        int activeAssignments, int workloadCap, IEnumerable<ExpertAssignment> caseTeam, AssignmentOverrides overrides,
        Actor by, DateTimeOffset now, bool isDemo = false)
    {
        Guard.Defined(role, "Role");
        if (!expert.IsActive)
        {
            throw new DomainException($"{expert.FullName} is inactive and cannot be assigned.");
        }

        if (organisation.Id != expert.OrganisationId || !organisation.CanProvideExperts)
        {
            throw new DomainException($"{expert.FullName}'s organisation must be a current member or partner of the coalition.");
        }

        var team = caseTeam.Where(a => a.CaseKind == @case.Kind && a.CaseId == @case.Id && a.IsActive).ToList();
        if (team.Any(a => a.ExpertId == expert.Id))
        {
            throw new DomainException($"{expert.FullName} is already on this case.");
        }

        if (role == AssignmentRole.Lead && team.Any(a => a.Role == AssignmentRole.Lead))
        {
            throw new DomainException("This case already has a lead expert; release them first or choose another role.");
        }

        var conflicts = expert.ConflictsWith(@case.CountryCode, @case.RequesterOrganisations);
        string? conflictReason = null;
        if (conflicts.Count > 0)
        {
            var with = string.Join(", ", conflicts.Select(c => c.Subject));
            conflictReason = Guard.Optional(overrides.ConflictReason, "The override reason", HistoryEntry.ReasonMaxLength)
                ?? throw new DomainException($"{expert.FullName} has declared a conflict of interest with {with}; give a reason to override it.");
        }

        string? workloadReason = null;
        if (activeAssignments >= workloadCap)
        {
            workloadReason = Guard.Optional(overrides.WorkloadReason, "The override reason", HistoryEntry.ReasonMaxLength)
                ?? throw new DomainException($"{expert.FullName} already has {activeAssignments} active assignments (the cap is {workloadCap}); give a reason to override it.");
        }

        var assignment = new ExpertAssignment
        {
            ExpertId = expert.Id,
            CaseKind = @case.Kind,
            CaseId = @case.Id,
            CaseTitle = @case.Title,
            Role = role,
            Status = AssignmentStatus.Invited,
            InvitedAt = now.ToUniversalTime(),
            ConflictOverrideReason = conflictReason,
            WorkloadOverrideReason = workloadReason,
            IsDemo = isDemo,
        };
        assignment.Record(by, now, $"Invited as {Words.Of(role)}", null, AssignmentStatus.Invited, null);
        if (conflictReason is not null)
        {
            assignment.Record(by, now, "Conflict of interest overridden", null, null, conflictReason);
        }

        if (workloadReason is not null)
        {
            assignment.Record(by, now, "Workload cap overridden", null, null, workloadReason);
        }

        return assignment;
    }

    public void Accept(Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, AssignmentAction.Accept);
        RespondedAt = now.ToUniversalTime();
        Move(AssignmentStatus.Accepted, by, now, "Accepted", null);
    }

    public void Decline(string? reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, AssignmentAction.Decline);
        var why = Guard.Optional(reason, "The reason", HistoryEntry.ReasonMaxLength);
        DeclineReason = why;
        RespondedAt = now.ToUniversalTime();
        Move(AssignmentStatus.Declined, by, now, "Declined", why);
    }

    /// <summary>Ends an accepted assignment, saying why.</summary>
    public void Release(string reason, Actor by, DateTimeOffset now)
    {
        Transitions.Ensure(Status, AssignmentAction.Release);
        var why = Guard.Reason(reason, "releasing the expert");
        ReleaseReason = why;
        ReleasedAt = now.ToUniversalTime();
        Move(AssignmentStatus.Released, by, now, "Released", why);
    }

    private void Move(AssignmentStatus to, Actor by, DateTimeOffset now, string action, string? reason)
    {
        var from = Status;
        Status = to;
        Record(by, now, action, from, to, reason);
    }

    private void Record(Actor by, DateTimeOffset now, string action, AssignmentStatus? from, AssignmentStatus? to, string? reason) =>
        _history.Add(HistoryEntry.Create(by, now, action, from?.ToString(), to?.ToString(), reason));
}
