using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using static TaskforceManager.App.Data.Seeding.SeedSet;

namespace TaskforceManager.App.Data.Seeding;

internal sealed partial class SeedRun
{
    private readonly Dictionary<string, (TaskforceSeed Seed, Taskforce Taskforce, SeedScope Scope)> _taskforces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RoundtableSeed Seed, Roundtable Roundtable, SeedScope Scope)> _roundtables = new(StringComparer.Ordinal);
    private readonly List<ExpertAssignment> _assignments = [];
    private readonly List<(AssignmentSeed Seed, ExpertAssignment Assignment, SeedScope Scope)> _team = [];
    private readonly List<PlannedAssignment> _plannedAssignments = [];

    /// <summary>An expert's place on a case as the files describe it, for counting the workload on any date.</summary>
    private sealed record PlannedAssignment(AssignmentSeed Seed, string Email, DateTimeOffset InvitedAt, DateTimeOffset? EndedAt);

    private void OpenTaskforces()
    {
        foreach (var (seed, i) in seeds.Taskforces.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(TaskforcesFile, "taskforce", seed.Key, i);
            var key = scope.Required(seed.Key, "key");
            if (_taskforces.ContainsKey(key))
            {
                throw scope.Error("the key is used twice.");
            }

            var isDemo = scope.Flag(seed.IsDemo, "isDemo");
            if (!string.IsNullOrWhiteSpace(seed.FromRequest) && !string.IsNullOrWhiteSpace(seed.FromBriefing))
            {
                throw scope.Error("give fromRequest or fromBriefing, not both.");
            }

            Taskforce taskforce;
            if (!string.IsNullOrWhiteSpace(seed.FromRequest) || !string.IsNullOrWhiteSpace(seed.FromBriefing))
            {
                if (seed.ProposedAt is not null)
                {
                    throw scope.Error("a taskforce opened from a request or briefing starts when that was accepted or escalated; remove proposedAt.");
                }

                if (!string.IsNullOrWhiteSpace(seed.FromRequest))
                {
                    taskforce = ClaimOpenedCase(seed.FromRequest.Trim(), CaseKind.Taskforce, scope).Taskforce!;
                }
                else
                {
                    var from = seed.FromBriefing!.Trim();
                    taskforce = _escalated.Remove(from, out var escalated)
                        ? escalated
                        : throw scope.Error($"fromBriefing '{from}' is not a briefing in {BriefingsFile} with an escalatedAt, or another taskforce already comes from it.");

                    // The escalated taskforce was saved with its briefing, so the briefing can point to it now.
                    var briefing = _briefings[from].Briefing;
                    scope.Do(() => briefing.LinkEscalatedTaskforce(taskforce.Id));
                }

                RequireSameDemoFlag(isDemo, taskforce.IsDemo, scope);
                if (DescribesTaskforce(seed))
                {
                    var details = TaskforceDetails(seed, taskforce, scope);
                    scope.Do(() => taskforce.Edit(details, secretariat, taskforce.CreatedAt));
                }
            }
            else
            {
                var details = TaskforceDetails(seed, null, scope);
                taskforce = scope.Do(() => Taskforce.Propose(details, null, null, secretariat, time.At(seed.ProposedAt, scope, "proposedAt"), isDemo));
                db.Taskforces.Add(taskforce);
            }

            _taskforces[key] = (seed, taskforce, scope);
        }

    }

    private static bool DescribesTaskforce(TaskforceSeed s) =>
        s.Title is not null || s.Country is not null || s.Region is not null || s.HostOrganisation is not null || s.Summary is not null
        || s.Background is not null || s.Objectives is not null || s.Themes is not null;

    /// <summary>The seed's describing facts, falling back to what the taskforce already holds (from its request or briefing).</summary>
    private TaskforceDetails TaskforceDetails(TaskforceSeed seed, Taskforce? existing, SeedScope scope)
    {
        var country = seed.Country is not null ? CountryCode(seed.Country, scope, "country") : existing?.CountryCode ?? CountryCode(null, scope, "country");
        var regionId = seed.Region is not null ? RegionId(country, seed.Region, scope) : existing?.CountryCode == country ? existing.RegionId : null;
        return new TaskforceDetails(
            seed.Title ?? existing?.Title ?? scope.Required(null, "title"),
            country,
            regionId,
            seed.HostOrganisation ?? existing?.HostOrganisation ?? scope.Required(null, "hostOrganisation"),
            seed.Summary ?? existing?.Summary,
            seed.Background ?? existing?.Background,
            seed.Objectives ?? existing?.Objectives ?? [],
            seed.Themes is not null ? ThemeCodes(seed.Themes, scope) : existing?.ThemeCodes ?? []);
    }

    /// <summary>Reads every team in the files first, so an invitation can count the expert's other work on that date.</summary>
    private void PlanAssignments()
    {
        var teams = _taskforces.Values.Select(t => (t.Seed.Team, t.Scope))
            .Concat(seeds.Roundtables.Select((r, i) => (r.Team, SeedScope.For(RoundtablesFile, "roundtable", r.Key, i))));
        foreach (var (team, caseScope) in teams)
        {
            foreach (var seed in team)
            {
                var scope = caseScope.Within($"team member '{seed.Expert}'");
                var ended = time.OptionalAt(seed.DeclinedAt, scope, "declinedAt") ?? time.OptionalAt(seed.ReleasedAt, scope, "releasedAt");
                _plannedAssignments.Add(new(seed, scope.Required(seed.Expert, "expert"), time.At(seed.InvitedAt, scope, "invitedAt"), ended));
            }
        }
    }

    private void InviteTaskforceTeams()
    {
        foreach (var (seed, taskforce, scope) in _taskforces.Values)
        {
            var requesters = new List<string> { taskforce.HostOrganisation };
            if (taskforce.SupportRequestId is { } requestId)
            {
                requesters.Add(_requests.Values.Single(r => r.Request.Id == requestId).Request.RequestingOrganisation);
            }

            InviteTeam(seed.Team, new CaseRef(CaseKind.Taskforce, taskforce.Id, taskforce.Title, taskforce.CountryCode, requesters), scope);
        }
    }

    private void InviteRoundtableTeams()
    {
        foreach (var (seed, roundtable, scope) in _roundtables.Values)
        {
            var requesters = new List<string>();
            if (roundtable.RequestedBy is { } requestedBy)
            {
                requesters.Add(requestedBy);
            }

            if (roundtable.SupportRequestId is { } requestId)
            {
                requesters.Add(_requests.Values.Single(r => r.Request.Id == requestId).Request.RequestingOrganisation);
            }

            InviteTeam(seed.Team, new CaseRef(CaseKind.Roundtable, roundtable.Id, roundtable.Title, roundtable.CountryCode, requesters), scope);
        }
    }

    private void InviteTeam(IReadOnlyList<AssignmentSeed> team, CaseRef @case, SeedScope caseScope)
    {
        var caseTeam = new List<ExpertAssignment>();
        foreach (var seed in team)
        {
            var scope = caseScope.Within($"team member '{seed.Expert}'");
            var expert = FindExpert(seed.Expert, scope);
            var organisation = _organisations.Values.Single(o => o.Id == expert.OrganisationId);
            var role = scope.Enum<AssignmentRole>(seed.Role, "role");
            var invited = time.At(seed.InvitedAt, scope, "invitedAt");
            var workload = _plannedAssignments.Count(p => !ReferenceEquals(p.Seed, seed)
                && string.Equals(p.Email, expert.Email, StringComparison.OrdinalIgnoreCase)
                && p.InvitedAt <= invited && (p.EndedAt is null || p.EndedAt > invited));
            var assignment = scope.Do(() => ExpertAssignment.Invite(expert, organisation, @case, role, workload, ExpertAssignment.DefaultWorkloadCap,
                caseTeam, new AssignmentOverrides(seed.ConflictOverride, seed.WorkloadOverride), secretariat, invited, expert.IsDemo));

            if (seed.AcceptedAt is not null && seed.DeclinedAt is not null)
            {
                throw scope.Error("give acceptedAt or declinedAt, not both.");
            }

            if (seed.ReleasedAt is not null && seed.AcceptedAt is null)
            {
                throw scope.Error("only an accepted assignment can be released; add acceptedAt.");
            }

            var steps = new List<Step>();
            if (time.OptionalAt(seed.AcceptedAt, scope, "acceptedAt") is { } accepted)
            {
                steps.Add(new(accepted, scope, () => assignment.Accept(ExpertActor(expert), accepted)));
            }

            if (time.OptionalAt(seed.DeclinedAt, scope, "declinedAt") is { } declined)
            {
                steps.Add(new(declined, scope, () => assignment.Decline(seed.DeclineReason, ExpertActor(expert), declined)));
            }

            RunInOrder(steps);
            _team.Add((seed, assignment, scope));
            caseTeam.Add(assignment);
            _assignments.Add(assignment);
            db.Assignments.Add(assignment);
        }
    }

    /// <summary>Activation, deliverables, listing, suspension, convened roundtables and the final report, in date order.</summary>
    private void AdvanceTaskforces()
    {
        foreach (var (key, (seed, taskforce, scope)) in _taskforces)
        {
            var steps = new List<Step>();
            if (time.OptionalAt(seed.OwnerAssignedAt, scope, "ownerAssignedAt") is { } owned)
            {
                steps.Add(new(owned, scope, () => taskforce.AssignOwner(secretariat, secretariat, owned)));
            }

            if (seed.ActivatedAt is not null || seed.StartDate is not null)
            {
                var activated = time.At(seed.ActivatedAt, scope, "activatedAt");
                var start = time.Date(seed.StartDate, scope, "startDate");
                steps.Add(new(activated, scope, () => taskforce.Activate(start, _assignments, secretariat, activated)));
            }

            if (time.OptionalAt(seed.ListedPubliclyAt, scope, "listedPubliclyAt") is { } listed)
            {
                steps.Add(new(listed, scope, () => taskforce.ListPublicly(secretariat, listed)));
            }

            foreach (var deliverable in seed.Deliverables)
            {
                steps.AddRange(DeliverableSteps(taskforce, deliverable, scope.Within($"deliverable '{deliverable.Title}'")));
            }

            if (seed.Suspended is { } suspended)
            {
                var at = time.At(suspended.At, scope, "suspended.at");
                steps.Add(new(at, scope, () => taskforce.Suspend(suspended.Reason!, secretariat, at)));
            }

            if (time.OptionalAt(seed.ResumedAt, scope, "resumedAt") is { } resumed)
            {
                steps.Add(new(resumed, scope, () => taskforce.Resume(secretariat, resumed)));
            }

            foreach (var (roundtableSeed, i) in seeds.Roundtables.Select((r, i) => (r, i)).Where(r => r.r.ConvenedBy?.Trim() == key))
            {
                var roundtableScope = SeedScope.For(RoundtablesFile, "roundtable", roundtableSeed.Key, i);
                var convened = time.At(roundtableSeed.PlannedAt, roundtableScope, "plannedAt");
                var details = RoundtableDetails(roundtableSeed, null, roundtableScope);
                var isDemo = roundtableScope.Flag(roundtableSeed.IsDemo, "isDemo");
                steps.Add(new(convened, roundtableScope, () =>
                {
                    var roundtable = taskforce.ConveneRoundtable(details, secretariat, convened);
                    if (roundtable.IsDemo != isDemo)
                    {
                        // A convened roundtable takes the taskforce's demo flag, but a real taskforce can convene an invented
                        // (demo) roundtable in these files. The taskforce has checked its rule and recorded the convening;
                        // the roundtable is planned again, under the same taskforce, with its own flag.
                        roundtable = Roundtable.Plan(details, taskforce.Id, taskforce.SupportRequestId, secretariat, convened, isDemo);
                    }

                    AddRoundtable(roundtableSeed, roundtable, roundtableScope);
                }));
            }

            if (seed.FinalReport is { } report)
            {
                var at = time.At(report.At, scope, "finalReport.at");
                steps.Add(new(at, scope, () => taskforce.RecordFinalReport(report.Text!, secretariat, at)));
            }

            if (seed.Cancelled is { } cancelled)
            {
                var at = time.At(cancelled.At, scope, "cancelled.at");
                steps.Add(new(at, scope, () => taskforce.Cancel(cancelled.Reason!, secretariat, at)));
            }

            RunInOrder(steps);
            scope.Do(() => taskforce.SetInternalNotes(seed.InternalNotes));
        }
    }

    private IEnumerable<Step> DeliverableSteps(Taskforce taskforce, DeliverableSeed seed, SeedScope scope)
    {
        Deliverable? added = null;
        var title = scope.Required(seed.Title, "title");
        var dueOn = time.OptionalDate(seed.DueOn, scope, "dueOn");
        var addedAt = time.At(seed.AddedAt, scope, "addedAt");
        yield return new(addedAt, scope, () => added = taskforce.AddDeliverable(title, dueOn, secretariat, addedAt));

        Guid Added(string field) => added?.Id ?? throw scope.Error($"'{field}' is earlier than 'addedAt'.");

        if (time.OptionalAt(seed.StartedAt, scope, "startedAt") is { } started)
        {
            yield return new(started, scope, () => taskforce.SetDeliverableStatus(Added("startedAt"), DeliverableStatus.InProgress, null, secretariat, started));
        }

        if (time.OptionalAt(seed.DeliveredAt, scope, "deliveredAt") is { } delivered)
        {
            yield return new(delivered, scope, () => taskforce.SetDeliverableStatus(Added("deliveredAt"), DeliverableStatus.Delivered, null, secretariat, delivered));
        }

        if (seed.Dropped is { } dropped)
        {
            var at = time.At(dropped.At, scope, "dropped.at");
            yield return new(at, scope, () => taskforce.SetDeliverableStatus(Added("dropped.at"), DeliverableStatus.Dropped, dropped.Reason, secretariat, at));
        }
    }

    /// <summary>Standalone roundtables and those opened from a request; convened ones were opened by their taskforce.</summary>
    private void OpenRoundtables()
    {
        foreach (var (seed, i) in seeds.Roundtables.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(RoundtablesFile, "roundtable", seed.Key, i);
            var key = scope.Required(seed.Key, "key");
            var isDemo = scope.Flag(seed.IsDemo, "isDemo");
            var origins = new[] { seed.FromRequest, seed.ConvenedBy }.Count(o => !string.IsNullOrWhiteSpace(o));
            if (origins > 1)
            {
                throw scope.Error("give fromRequest or convenedBy, not both.");
            }

            if (!string.IsNullOrWhiteSpace(seed.ConvenedBy))
            {
                if (!_taskforces.ContainsKey(seed.ConvenedBy.Trim()))
                {
                    throw scope.Error($"convenedBy '{seed.ConvenedBy}' is not a taskforce in {TaskforcesFile}.");
                }

                var convened = _roundtables.TryGetValue(key, out var found)
                    ? found.Roundtable
                    : throw scope.Error($"taskforce '{seed.ConvenedBy}' did not convene this roundtable.");
                RequireSameDemoFlag(isDemo, convened.IsDemo, scope);
                continue;
            }

            if (_roundtables.ContainsKey(key))
            {
                throw scope.Error("the key is used twice.");
            }

            if (!string.IsNullOrWhiteSpace(seed.FromRequest))
            {
                if (seed.PlannedAt is not null)
                {
                    throw scope.Error("a roundtable opened from a request starts when the request was accepted; remove plannedAt.");
                }

                var roundtable = ClaimOpenedCase(seed.FromRequest.Trim(), CaseKind.Roundtable, scope).Roundtable!;
                RequireSameDemoFlag(isDemo, roundtable.IsDemo, scope);
                _roundtables[key] = (seed, roundtable, scope);
            }
            else
            {
                var details = RoundtableDetails(seed, null, scope);
                var roundtable = scope.Do(() => Roundtable.Plan(details, null, null, secretariat, time.At(seed.PlannedAt, scope, "plannedAt"), isDemo));
                AddRoundtable(seed, roundtable, scope);
            }
        }
    }

    private void AddRoundtable(RoundtableSeed seed, Roundtable roundtable, SeedScope scope)
    {
        var key = scope.Required(seed.Key, "key");
        if (!_roundtables.TryAdd(key, (seed, roundtable, scope)))
        {
            throw scope.Error("the key is used twice.");
        }

        db.Roundtables.Add(roundtable);
    }

    private RoundtableDetails RoundtableDetails(RoundtableSeed seed, Roundtable? existing, SeedScope scope)
    {
        var theme = seed.Theme ?? existing?.ThemeCode ?? scope.Required(null, "theme");
        var country = seed.Country is not null ? CountryCode(seed.Country, scope, "country") : existing?.CountryCode;
        return new RoundtableDetails(
            seed.Title ?? existing?.Title ?? scope.Required(null, "title"),
            ThemeCodes([theme], scope).Single(),
            country,
            seed.RequestedBy ?? existing?.RequestedBy,
            seed.PlannedOn is not null ? time.Date(seed.PlannedOn, scope, "plannedOn") : existing?.PlannedOn,
            seed.Format is not null ? scope.Enum<RoundtableFormat>(seed.Format, "format") : existing?.Format ?? scope.Enum<RoundtableFormat>(null, "format"),
            seed.Place ?? existing?.Place);
    }

    private static RoundtableDetails CurrentDetails(Roundtable r) =>
        new(r.Title, r.ThemeCode, r.CountryCode, r.RequestedBy, r.PlannedOn, r.Format, r.Place);

    /// <summary>Participants, held, findings, summary, report or cancellation, in date order.</summary>
    private void AdvanceRoundtables()
    {
        foreach (var (seed, roundtable, scope) in _roundtables.Values)
        {
            var steps = new List<Step>();
            var opened = roundtable.CreatedAt;
            var fromRequest = roundtable.SupportRequestId is not null && roundtable.TaskforceId is null;
            var detailsChange = fromRequest && (seed.Title is not null || seed.Theme is not null || seed.Country is not null
                || seed.RequestedBy is not null || seed.PlannedOn is not null || seed.Format is not null || seed.Place is not null);
            var summaryOnOpening = seed.Summary is not null && seed.SummaryAt is null;
            if (detailsChange || summaryOnOpening)
            {
                var details = RoundtableDetails(seed, roundtable, scope);
                steps.Add(new(opened, scope, () => roundtable.Edit(details, summaryOnOpening ? seed.Summary : roundtable.Summary, secretariat, opened)));
            }

            if (time.OptionalAt(seed.SummaryAt, scope, "summaryAt") is { } summarised)
            {
                var summary = scope.Required(seed.Summary, "summary");
                steps.Add(new(summarised, scope, () => roundtable.Edit(CurrentDetails(roundtable), summary, secretariat, summarised)));
            }

            if (time.OptionalAt(seed.OwnerAssignedAt, scope, "ownerAssignedAt") is { } owned)
            {
                steps.Add(new(owned, scope, () => roundtable.AssignOwner(secretariat, secretariat, owned)));
            }

            if (seed.Participants.Count > 0)
            {
                var at = time.At(seed.ParticipantsAt, scope, "participantsAt");
                var participants = seed.Participants
                    .Select(p => (Organisation: scope.Required(p.Organisation, "participants.organisation"),
                        Type: scope.Enum<StakeholderType>(p.Type, "participants.type"), People: scope.Number(p.People, "participants.people")))
                    .ToList();
                steps.Add(new(at, scope, () =>
                {
                    foreach (var p in participants)
                    {
                        roundtable.AddParticipant(p.Organisation, p.Type, p.People, secretariat, at);
                    }
                }));
            }

            if (seed.HeldOn is not null || seed.HeldRecordedAt is not null)
            {
                var heldOn = time.Date(seed.HeldOn, scope, "heldOn");
                var recorded = time.At(seed.HeldRecordedAt, scope, "heldRecordedAt");
                steps.Add(new(recorded, scope, () => roundtable.RecordHeld(heldOn, secretariat, recorded)));
            }

            if (seed.Bottlenecks.Count > 0 || seed.Recommendations.Count > 0)
            {
                var at = time.At(seed.FindingsAt, scope, "findingsAt");
                var recommendations = Recommendations(seed.Recommendations, scope);
                steps.Add(new(at, scope, () =>
                {
                    foreach (var bottleneck in seed.Bottlenecks)
                    {
                        roundtable.AddBottleneck(bottleneck, secretariat, at);
                    }

                    foreach (var r in recommendations)
                    {
                        roundtable.AddRecommendation(r.Text, r.Themes, r.PracticeId, secretariat, at);
                    }
                }));
            }

            if (time.OptionalAt(seed.ReportedAt, scope, "reportedAt") is { } reported)
            {
                steps.Add(new(reported, scope, () => roundtable.Report(secretariat, reported)));
            }

            if (seed.Cancelled is { } cancelled)
            {
                var at = time.At(cancelled.At, scope, "cancelled.at");
                steps.Add(new(at, scope, () => roundtable.Cancel(cancelled.Reason!, secretariat, at)));
            }

            RunInOrder(steps);
            scope.Do(() => roundtable.SetInternalNotes(seed.InternalNotes));
        }
    }
}
