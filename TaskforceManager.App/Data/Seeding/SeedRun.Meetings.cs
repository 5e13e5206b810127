using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using static TaskforceManager.App.Data.Seeding.SeedSet;

namespace TaskforceManager.App.Data.Seeding;

internal sealed partial class SeedRun
{
    private readonly List<Meeting> _meetings = [];

    private void ScheduleMeetings()
    {
        foreach (var (seed, i) in seeds.Meetings.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(MeetingsFile, "meeting", seed.Title is null ? null : $"{seed.Title} ({seed.StartsAt})", i);
            var (taskforceId, roundtableId, host, team) = MeetingOwner(seed, scope);
            var zoneId = scope.Required(seed.TimeZone, "timeZone");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            {
                throw scope.Error($"'{zoneId}' is not a known time zone; use an IANA name such as Europe/Brussels.");
            }

            var startsAt = time.Local(seed.StartsAt, zone, scope, "startsAt");
            var details = new MeetingDetails(
                scope.Required(seed.Title, "title"),
                startsAt,
                seed.EndsAt is null ? null : time.Local(seed.EndsAt, zone, scope, "endsAt"),
                zoneId,
                scope.Enum<MeetingFormat>(seed.Format, "format"),
                seed.City,
                seed.Venue,
                seed.OnlineLink,
                seed.HostOrganisation,
                seed.Objective,
                seed.Agenda);

            // By default the meeting invites the experts on the case's team at the time it starts.
            var invited = seed.Invited is { } emails
                ? emails.Select(e => FindExpert(e, scope, "invited").Id).ToList()
                : team.Where(a => a.Assignment.Status == AssignmentStatus.Accepted && a.Assignment.RespondedAt <= startsAt
                        && (a.Seed.ReleasedAt is null || time.At(a.Seed.ReleasedAt, a.Scope, "releasedAt") > startsAt))
                    .Select(a => a.Assignment.ExpertId).ToList();
            var meeting = scope.Do(() => Meeting.Schedule(taskforceId, roundtableId, details, invited, secretariat,
                time.At(seed.ScheduledAt, scope, "scheduledAt"), scope.Flag(seed.IsDemo, "isDemo")));

            var steps = new List<Step>();
            if (seed.Cancelled is { } cancelled)
            {
                var at = time.At(cancelled.At, scope, "cancelled.at");
                steps.Add(new(at, scope, () => meeting.Cancel(cancelled.Reason!, secretariat, at)));
            }

            var author = secretariat;
            if (seed.Log is { } log)
            {
                author = string.IsNullOrWhiteSpace(log.By) ? secretariat : ExpertActor(FindExpert(log.By, scope, "log.by"));
                steps.AddRange(LogSteps(meeting, log, author, host, scope));
            }

            if (time.OptionalAt(seed.SubmittedAt, scope, "submittedAt") is { } submitted)
            {
                steps.Add(new(submitted, scope, () => meeting.SubmitLog(author, submitted)));
            }

            if (time.OptionalAt(seed.PublishedAt, scope, "publishedAt") is { } published)
            {
                steps.Add(new(published, scope, () => meeting.Publish(secretariat, published)));
            }

            RunInOrder(steps);
            _meetings.Add(meeting);
            db.Meetings.Add(meeting);
        }
    }

    /// <summary>The case a meeting belongs to: its id, its host organisation, and its team as seeded.</summary>
    private (int? TaskforceId, int? RoundtableId, string? Host, List<(AssignmentSeed Seed, ExpertAssignment Assignment, SeedScope Scope)> Team)
        MeetingOwner(MeetingSeed seed, SeedScope scope)
    {
        var onTaskforce = !string.IsNullOrWhiteSpace(seed.Taskforce);
        if (onTaskforce == !string.IsNullOrWhiteSpace(seed.Roundtable))
        {
            throw scope.Error("give either taskforce or roundtable (the key of the case the meeting belongs to).");
        }

        if (onTaskforce)
        {
            var key = seed.Taskforce!.Trim();
            var (_, taskforce, _) = _taskforces.TryGetValue(key, out var found)
                ? found
                : throw scope.Error($"taskforce '{key}' is not in {TaskforcesFile}.");
            return (taskforce.Id, null, taskforce.HostOrganisation, TeamOf(CaseKind.Taskforce, taskforce.Id));
        }

        var roundtableKey = seed.Roundtable!.Trim();
        var (_, roundtable, _) = _roundtables.TryGetValue(roundtableKey, out var rt)
            ? rt
            : throw scope.Error($"roundtable '{roundtableKey}' is not in {RoundtablesFile}.");
        return (null, roundtable.Id, roundtable.RequestedBy, TeamOf(CaseKind.Roundtable, roundtable.Id));
    }

    private List<(AssignmentSeed Seed, ExpertAssignment Assignment, SeedScope Scope)> TeamOf(CaseKind kind, int caseId) =>
        _team.Where(t => t.Assignment.CaseKind == kind && t.Assignment.CaseId == caseId).ToList();

    private IEnumerable<Step> LogSteps(Meeting meeting, MeetingLogSeed log, Actor author, string? caseHost, SeedScope scope)
    {
        var at = time.At(log.At, scope, "log.at");
        var attendees = log.Attendees.Select(a => ReadAttendee(a, scope)).ToList();
        var recommendations = Recommendations(log.Recommendations, scope);
        var items = log.ActionItems.Select((item, n) => ReadActionItem(item, meeting, caseHost, scope.Within($"action item #{n + 1}"))).ToList();
        var created = new ActionItem?[items.Count];

        yield return new(at, scope, () =>
        {
            if (log.Summary is not null || log.Minutes is not null)
            {
                meeting.WriteMinutes(log.Summary, log.Minutes, author, at);
            }

            foreach (var a in attendees)
            {
                meeting.RecordAttendance(a.ExpertId, a.Name, a.Organisation, a.Type, a.Status, author, at);
            }

            foreach (var decision in log.Decisions)
            {
                meeting.AddDecision(decision, author, at);
            }

            foreach (var r in recommendations)
            {
                meeting.AddRecommendation(r.Text, r.Themes, r.PracticeId, author, at);
            }

            for (var n = 0; n < items.Count; n++)
            {
                created[n] = meeting.AddActionItem(items[n].Text, items[n].Owner, items[n].DueOn, author, at);
            }
        });

        for (var n = 0; n < items.Count; n++)
        {
            var index = n;
            var (_, _, _, status, resolvedAt, reason, itemScope) = items[n];
            if (status == ActionItemStatus.Open)
            {
                continue;
            }

            Guid Created() => created[index]?.Id ?? throw itemScope.Error("'resolvedAt' is earlier than the log's 'at'.");
            yield return new(resolvedAt!.Value, itemScope, () =>
            {
                switch (status)
                {
                    case ActionItemStatus.Done:
                        meeting.CompleteActionItem(Created(), secretariat, resolvedAt.Value);
                        break;
                    case ActionItemStatus.Dropped:
                        meeting.DropActionItem(Created(), reason!, secretariat, resolvedAt.Value);
                        break;
                    default:
                        meeting.CarryOverActionItem(Created(), reason!, secretariat, resolvedAt.Value);
                        break;
                }
            });
        }
    }

    private (int? ExpertId, string Name, string? Organisation, StakeholderType? Type, AttendanceStatus Status) ReadAttendee(AttendeeSeed seed, SeedScope scope)
    {
        var status = scope.Enum<AttendanceStatus>(seed.Status, "attendees.status");
        if (!string.IsNullOrWhiteSpace(seed.Expert))
        {
            var expert = FindExpert(seed.Expert, scope, "attendees.expert");
            return (expert.Id, expert.FullName, _organisations.Values.Single(o => o.Id == expert.OrganisationId).Name, null, status);
        }

        StakeholderType? type = seed.StakeholderType is null ? null : scope.Enum<StakeholderType>(seed.StakeholderType, "attendees.stakeholderType");
        return (null, scope.Required(seed.Name, "attendees.name"), seed.Organisation, type, status);
    }

    private (string Text, ActionItemOwner Owner, DateOnly? DueOn, ActionItemStatus Status, DateTimeOffset? ResolvedAt, string? Reason, SeedScope Scope)
        ReadActionItem(ActionItemSeed seed, Meeting meeting, string? caseHost, SeedScope scope)
    {
        var owner = scope.Required(seed.Owner, "owner");
        var actionOwner = owner.ToLowerInvariant() switch
        {
            "secretariat" => ActionItemOwner.Secretariat,
            "host" => ActionItemOwner.Host(meeting.HostOrganisation ?? caseHost ?? throw scope.Error("owner 'host' needs a hostOrganisation on the meeting.")),
            _ => Owner(FindExpert(owner, scope, "owner")),
        };
        var status = seed.Status is null ? ActionItemStatus.Open : scope.Enum<ActionItemStatus>(seed.Status, "status");
        var resolvedAt = time.OptionalAt(seed.ResolvedAt, scope, "resolvedAt");
        if ((status == ActionItemStatus.Open) != (resolvedAt is null))
        {
            throw scope.Error(status == ActionItemStatus.Open
                ? "an open action item has no resolvedAt; give a status (Done, Dropped or CarriedOver) or remove resolvedAt."
                : $"a {Words.Of(status)} action item needs resolvedAt.");
        }

        return (scope.Required(seed.Text, "text"), actionOwner, time.OptionalDate(seed.DueOn, scope, "dueOn"), status, resolvedAt, seed.Reason, scope);

        static ActionItemOwner Owner(Expert expert) => ActionItemOwner.Expert(expert.Id, expert.FullName);
    }

    /// <summary>Concluding checks the meetings' action items, so it comes after every meeting has been logged.</summary>
    private void CloseTaskforces()
    {
        foreach (var (seed, taskforce, scope) in _taskforces.Values)
        {
            if (seed.Concluded is not { } concluded)
            {
                continue;
            }

            var at = time.At(concluded.At, scope, "concluded.at");
            var endDate = time.Date(concluded.EndDate, scope, "concluded.endDate");
            scope.Do(() => taskforce.Conclude(endDate, concluded.Results, _meetings, secretariat, at));
        }
    }

    private void ReleaseAssignments()
    {
        foreach (var (seed, assignment, scope) in _team.Where(t => t.Seed.ReleasedAt is not null))
        {
            var at = time.At(seed.ReleasedAt, scope, "releasedAt");
            scope.Do(() => assignment.Release(seed.ReleaseReason!, secretariat, at));
        }
    }
}
