using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Meetings;

public sealed record ActionItemView(Guid Id, string Text, ActionItemOwnerKind OwnerKind, string OwnerName, DateOnly? DueOn, ActionItemStatus Status, string? ResolutionReason);

/// <summary>The outcome log; null in <see cref="MeetingView"/> when the viewer may not see it yet (a contact, before publication).</summary>
public sealed record MeetingOutcome(
    OutcomeStatus Status,
    string? Summary,
    string? Minutes,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<RecommendationView> Recommendations,
    IReadOnlyList<ActionItemView> ActionItems,
    IReadOnlyList<AttendanceView> Attendance,
    int SummaryRevision,
    int MinutesRevision,
    DateTimeOffset? DraftSavedAt,
    string? DraftSavedBy);

/// <summary>One attendee: an expert (with the organisation) or a stakeholder organisation (with its stakeholder type).</summary>
public sealed record AttendanceView(int? ExpertId, string Name, string? Organisation, StakeholderType? StakeholderType, AttendanceStatus Status);

/// <summary>A stakeholder organisation invited to the meeting, with its attendance once recorded.</summary>
public sealed record StakeholderView(string Organisation, StakeholderType StakeholderType, AttendanceStatus? Attendance);

/// <summary>A recommendation with the names of its themes and of the best practice it builds on.</summary>
public sealed record RecommendationView(string Text, IReadOnlyList<string> Themes, int? PracticeId, string? PracticeName);

/// <summary>What a recommendation can be tagged with: active themes and best practices.</summary>
public sealed record RecommendationChoices(IReadOnlyList<(string Code, string Name)> Themes, IReadOnlyList<(int Id, string Name)> Practices);

/// <summary>Someone an action item can be given to; <see cref="Key"/> is what the form sends back.</summary>
public sealed record OwnerChoice(string Key, string Name);

/// <summary>One part of the draft log as saved on the server.</summary>
public sealed record DraftSaved(LogPart Part, string? Text, int Revision, DateTimeOffset SavedAt);

public sealed record MeetingView(
    int Id,
    int? TaskforceId,
    int? RoundtableId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string TimeZoneId,
    MeetingFormat Format,
    string? City,
    string? Venue,
    string? OnlineLink,
    string? HostOrganisation,
    string? Objective,
    string? Agenda,
    IReadOnlyList<StakeholderView> Stakeholders,
    MeetingStatus Status,
    string? CancellationReason,
    string? ReturnReason,
    OutcomeStatus OutcomeStatus,
    MeetingOutcome? Outcome,
    IReadOnlyList<MeetingAction> PermittedActions,
    IReadOnlyList<OwnerChoice> Owners,
    Guid Version);

/// <summary>Meetings and their outcome logs. Every call goes through the access policy.</summary>
public sealed class MeetingService(RecordWork work, AccessPolicy access, IDbContextFactory<AppDbContext> dbFactory)
{
    private const string What = "meeting";

    public Task<MeetingView> GetAsync(int id, CancellationToken ct = default) => work.ReadAsync(access.Meetings, id, Project, ct);

    /// <summary>The team (an expert on the case) or the secretariat writes the summary and minutes of the draft log.</summary>
    public Task<MeetingView> WriteMinutesAsync(int id, string? summary, string? minutes, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, version, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.WriteMinutes(summary, minutes, v.Actor, now), Project, ct);

    /// <summary>The secretariat makes submitted outcomes visible to the member-state contact.</summary>
    public Task<MeetingView> PublishAsync(int id, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, version, What, "publish the outcomes of", (v, _) => AccessPolicy.CanManageCases(v),
            (m, v, now) => m.Publish(v.Actor, now), Project, ct);

    /// <summary>The secretariat takes published outcomes back from the member-state contact, saying why.</summary>
    public Task<MeetingView> UnpublishAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, version, What, "unpublish the outcomes of", (v, _) => AccessPolicy.CanManageCases(v),
            (m, v, now) => m.Unpublish(reason, v.Actor, now), Project, ct);

    /// <summary>
    /// Saves one part of the draft log as its author types. Parts are saved on their own, so two authors writing
    /// different parts never overwrite each other; a save based on an older revision of the same part is a conflict.
    /// </summary>
    public Task<DraftSaved> SaveDraftAsync(int id, LogPart part, string? text, int basedOnRevision, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) =>
            {
                if (m.RevisionOf(part) != basedOnRevision)
                {
                    throw new ConcurrencyConflictException(
                        $"Someone else saved the {Words.Of(part)} of this meeting after you opened it, so your text was not saved. Compare it with theirs, then keep yours or theirs.",
                        new InvalidOperationException($"Revision {basedOnRevision} of {part} is stale; it is now {m.RevisionOf(part)}."));
                }

                m.SaveDraft(part, text, v.Actor, now);
            },
            (_, m, _) => Task.FromResult(new DraftSaved(part, part == LogPart.Summary ? m.Summary : m.Minutes, m.RevisionOf(part), m.DraftSavedAt!.Value)), ct);

    /// <summary>Additions to the log cannot clash with another author's, so they carry no version.</summary>
    public Task<MeetingView> AddDecisionAsync(int id, string text, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.AddDecision(text, v.Actor, now), Project, ct);

    /// <summary>Records a recommendation, optionally tagged with themes and linked to a best practice (both must exist and be active).</summary>
    public Task<MeetingView> AddRecommendationAsync(
        int id, string text, IReadOnlyCollection<string>? themeCodes = null, int? practiceId = null, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            async (db, m, v, now) =>
            {
                var codes = themeCodes?.Distinct().ToList() ?? [];
                var known = await db.Themes.Where(t => codes.Contains(t.Code) && !t.IsArchived).Select(t => t.Code).ToListAsync(ct);
                if (codes.Except(known).FirstOrDefault() is { } unknown)
                {
                    throw new DomainException($"The theme \"{unknown}\" does not exist or is archived, so a recommendation cannot be tagged with it.");
                }

                if (practiceId is { } pid && !await db.BestPractices.AnyAsync(p => p.Id == pid && !p.IsArchived, ct))
                {
                    throw new DomainException("The best practice chosen does not exist or is archived, so the recommendation cannot be linked to it.");
                }

                m.AddRecommendation(text, codes, practiceId, v.Actor, now);
            }, Project, ct);

    /// <summary>The themes and best practices a recommendation can be tagged with; for those who may log meetings.</summary>
    public async Task<RecommendationChoices> RecommendationChoicesAsync(CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        if (!AccessPolicy.CanLogMeetings(viewer))
        {
            return new RecommendationChoices([], []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themes = await db.Themes.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new { t.Code, t.Name }).ToListAsync(ct);
        var practices = await db.BestPractices.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return new RecommendationChoices(themes.Select(t => (t.Code, t.Name)).ToList(), practices.Select(p => (p.Id, p.Name)).ToList());
    }

    public Task<MeetingView> RecordAttendanceAsync(int id, int expertId, AttendanceStatus status, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            async (db, m, v, now) =>
            {
                if (!m.InvitedExpertIds.Contains(expertId))
                {
                    throw new DomainException("Only invited experts can be marked present, excused or absent.");
                }

                var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == expertId, ct);
                var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == expert.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
                m.RecordAttendance(expertId, expert.FullName, organisation, null, status, v.Actor, now);
            }, Project, ct);

    /// <summary>Records a stakeholder organisation's attendance; one not invited beforehand joins the meeting's participants.</summary>
    public Task<MeetingView> RecordStakeholderAttendanceAsync(int id, string organisation, StakeholderType type, AttendanceStatus status, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(organisation))
        {
            throw new FieldValidationException([("Organisation", "Give the stakeholder organisation.")]);
        }

        return work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.RecordStakeholderAttendance(organisation, type, status, v.Actor, now), Project, ct);
    }

    /// <summary>The secretariat sends a submitted log back to its authors with the reason they will read.</summary>
    public Task<MeetingView> ReturnLogAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, version, What, "return the log of", (v, _) => AccessPolicy.CanManageCases(v),
            (m, v, now) => m.ReturnLog(reason, v.Actor, now), Project, ct);

    /// <summary>The secretariat cancels a meeting before any outcome is logged, saying why.</summary>
    public Task<MeetingView> CancelAsync(int id, string reason, Guid version, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, version, What, "cancel", (v, _) => AccessPolicy.CanManageCases(v),
            (m, v, now) => m.Cancel(reason, v.Actor, now), Project, ct);

    /// <summary>The form of a scheduled meeting, filled with its details, for rescheduling.</summary>
    public async Task<(ScheduleMeetingForm Form, Guid Version)> RescheduleFormAsync(int id, CancellationToken ct = default)
    {
        var m = await GetAsync(id, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(m.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(m.StartsAt, zone);
        var form = new ScheduleMeetingForm
        {
            Title = m.Title,
            Date = local.Date,
            StartTime = local.TimeOfDay,
            DurationMinutes = m.EndsAt is { } end ? (int)(end - m.StartsAt).TotalMinutes : 120,
            TimeZoneId = m.TimeZoneId,
            Format = m.Format,
            City = m.City,
            Venue = m.Venue,
            OnlineLink = m.OnlineLink,
            HostOrganisation = m.HostOrganisation,
            Objective = m.Objective,
            Agenda = m.Agenda,
        };
        return (form, m.Version);
    }

    /// <summary>The secretariat changes the date, place or agenda of a meeting whose outcomes are not logged yet.</summary>
    public async Task<MeetingView> RescheduleAsync(int id, ScheduleMeetingForm form, Guid version, CancellationToken ct = default)
    {
        await new ScheduleMeetingFormValidator().ValidateAndThrowForFieldsAsync(form, ct);
        var details = DetailsOf(form);
        return await work.ChangeAsync(access.Meetings, id, version, What, "reschedule", (v, _) => AccessPolicy.CanManageCases(v),
            (m, v, now) => m.Reschedule(details, v.Actor, now), Project, ct);
    }

    private static MeetingDetails DetailsOf(ScheduleMeetingForm form)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(form.TimeZoneId);
        var local = form.Date!.Value.Date + form.StartTime!.Value;
        var startsAt = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return new MeetingDetails(form.Title!, startsAt, startsAt.AddMinutes(form.DurationMinutes), form.TimeZoneId, form.Format,
            form.City, form.Venue, form.OnlineLink, form.HostOrganisation, form.Objective, form.Agenda);
    }

    /// <summary>Adds an action item; the owner must be one the meeting offers (an invited expert, the secretariat or the host).</summary>
    public async Task<MeetingView> AddActionItemAsync(int id, ActionItemForm form, CancellationToken ct = default)
    {
        await new ActionItemFormValidator().ValidateAndThrowForFieldsAsync(form, ct);
        return await work.ChangeAsync(access.Meetings, id, null, What, "log", (v, _) => AccessPolicy.CanLogMeetings(v),
            async (db, m, v, now) =>
            {
                var owners = await OwnersAsync(db, m);
                if (owners.All(o => o.Key != form.OwnerKey))
                {
                    throw new FieldValidationException([(nameof(ActionItemForm.OwnerKey), "Choose an owner from the list.")]);
                }

                var owner = form.OwnerKey switch
                {
                    ActionItemForm.SecretariatKey => ActionItemOwner.Secretariat,
                    ActionItemForm.HostKey => ActionItemOwner.Host(m.HostOrganisation!),
                    _ => ActionItemOwner.Expert(int.Parse(form.OwnerKey![ActionItemForm.ExpertPrefix.Length..], CultureInfo.InvariantCulture),
                        owners.Single(o => o.Key == form.OwnerKey).Name),
                };
                m.AddActionItem(form.Text!, owner, DateOnly.FromDateTime(form.DueOn!.Value), v.Actor, now);
            }, Project, ct);
    }

    /// <summary>The authors hand the log to the secretariat.</summary>
    public Task<MeetingView> SubmitLogAsync(int id, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "submit the log of", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.SubmitLog(v.Actor, now), Project, ct);

    public Task<MeetingView> CompleteActionItemAsync(int id, Guid itemId, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "change the action items of", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.CompleteActionItem(itemId, v.Actor, now), Project, ct);

    public Task<MeetingView> DropActionItemAsync(int id, Guid itemId, string reason, CancellationToken ct = default) =>
        work.ChangeAsync(access.Meetings, id, null, What, "change the action items of", (v, _) => AccessPolicy.CanLogMeetings(v),
            (m, v, now) => m.DropActionItem(itemId, reason, v.Actor, now), Project, ct);

    /// <summary>The secretariat schedules a meeting of a taskforce or a session of a roundtable it can see; returns the meeting's id.</summary>
    public async Task<int> ScheduleAsync(CaseKind kind, int caseId, ScheduleMeetingForm form, CancellationToken ct = default)
    {
        var v = await work.ViewerAsync();
        if (!AccessPolicy.CanManageCases(v))
        {
            throw await access.NotAllowedAsync(v, nameof(Meeting), caseId, "schedule", "You are not allowed to schedule meetings.");
        }

        await new ScheduleMeetingFormValidator().ValidateAndThrowForFieldsAsync(form, ct);
        var details = DetailsOf(form);
        Meeting? scheduled = null;
        Task Add(AppDbContext db, int? taskforceId, int? roundtableId, Viewer viewer, DateTimeOffset now)
        {
            scheduled = Meeting.Schedule(taskforceId, roundtableId, details, form.InvitedExpertIds, viewer.Actor, now);
            foreach (var s in form.Stakeholders)
            {
                scheduled.InviteStakeholder(s.Organisation!, s.StakeholderType, viewer.Actor, now);
            }

            db.Meetings.Add(scheduled);
            return Task.CompletedTask;
        }

        return kind switch
        {
            CaseKind.Taskforce => await work.ChangeAsync(access.Taskforces, caseId, null, "taskforce", "schedule a meeting of",
                (viewer, _) => AccessPolicy.CanManageCases(viewer), (db, t, viewer, now) => Add(db, t.Id, null, viewer, now),
                (_, _, _) => Task.FromResult(scheduled!.Id), ct),
            CaseKind.Roundtable => await work.ChangeAsync(access.Roundtables, caseId, null, "roundtable", "schedule a session of",
                (viewer, _) => AccessPolicy.CanManageCases(viewer), (db, r, viewer, now) => Add(db, null, r.Id, viewer, now),
                (_, _, _) => Task.FromResult(scheduled!.Id), ct),
            _ => throw new DomainException("Meetings are held by taskforces and roundtables only."),
        };
    }

    private static async Task<IReadOnlyList<OwnerChoice>> OwnersAsync(AppDbContext db, Meeting m)
    {
        var caseKind = m.TaskforceId is not null ? CaseKind.Taskforce : CaseKind.Roundtable;
        var caseId = m.TaskforceId ?? m.RoundtableId;
        var invited = m.InvitedExpertIds;
        var experts = await db.Experts.AsNoTracking()
            .Where(e => invited.Contains(e.Id) || db.Assignments.Any(a =>
                a.ExpertId == e.Id && a.CaseKind == caseKind && a.CaseId == caseId && a.Status == AssignmentStatus.Accepted))
            .OrderBy(e => e.FullName)
            .Select(e => new OwnerChoice(ActionItemForm.ExpertPrefix + e.Id.ToString(CultureInfo.InvariantCulture), e.FullName))
            .ToListAsync();
        var owners = new List<OwnerChoice>(experts) { new(ActionItemForm.SecretariatKey, "Secretariat") };
        if (m.HostOrganisation is not null)
        {
            owners.Add(new(ActionItemForm.HostKey, $"{m.HostOrganisation} (host organisation)"));
        }

        return owners;
    }

    private static async Task<IReadOnlyList<RecommendationView>> RecommendationViewsAsync(AppDbContext db, Meeting m)
    {
        var codes = m.Recommendations.SelectMany(r => r.ThemeCodes).Distinct().ToList();
        var practiceIds = m.Recommendations.Where(r => r.BestPracticeId is not null).Select(r => r.BestPracticeId!.Value).Distinct().ToList();
        var themes = codes.Count == 0 ? [] : await db.Themes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name);
        var practices = practiceIds.Count == 0 ? [] : await db.BestPractices.AsNoTracking().Where(p => practiceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        return m.Recommendations.Select(r => new RecommendationView(
            r.Text,
            r.ThemeCodes.Select(c => themes.GetValueOrDefault(c, c)).ToList(),
            r.BestPracticeId,
            r.BestPracticeId is { } id ? practices.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>Attendance is part of the outcome log, so a contact sees it only once the outcomes are published.</summary>
    private static IReadOnlyList<StakeholderView> StakeholdersOf(Meeting m, Viewer v)
    {
        var showAttendance = AccessPolicy.CanSeeOutcomes(v, m.OutcomeStatus);
        return m.Stakeholders
            .OrderBy(s => s.StakeholderType).ThenBy(s => s.Organisation, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => new StakeholderView(s.Organisation, s.StakeholderType, showAttendance
                ? m.Attendees.FirstOrDefault(a => a.ExpertId is null && string.Equals(a.Name, s.Organisation, StringComparison.OrdinalIgnoreCase))?.Status
                : null))
            .ToList();
    }

    private async Task<MeetingView> Project(AppDbContext db, Meeting m, Viewer v)
    {
        var outcome = AccessPolicy.CanSeeOutcomes(v, m.OutcomeStatus)
            ? new MeetingOutcome(
                m.OutcomeStatus, m.Summary, m.Minutes,
                m.Decisions.Select(d => d.Text).ToList(),
                await RecommendationViewsAsync(db, m),
                m.ActionItems.Select(i => new ActionItemView(i.Id, i.Text, i.OwnerKind, i.OwnerName, i.DueOn, i.Status, i.ResolutionReason)).ToList(),
                m.Attendees
                    .OrderBy(a => a.ExpertId is null)
                    .ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(a => new AttendanceView(a.ExpertId, a.Name, a.Organisation, a.StakeholderType, a.Status)).ToList(),
                m.SummaryRevision, m.MinutesRevision, m.DraftSavedAt, m.DraftSavedBy)
            : null;
        var actions = m.PermittedActions(work.Now)
            .Where(a => v.IsSecretariat || (v.IsExpert && a is MeetingAction.LogOutcome or MeetingAction.SubmitLog or MeetingAction.ManageActionItems))
            .ToList();
        var owners = v.IsContact ? [] : await OwnersAsync(db, m);
        return new MeetingView(
            m.Id, m.TaskforceId, m.RoundtableId, m.Title, m.StartsAt, m.EndsAt, m.TimeZoneId, m.Format, m.City, m.Venue,
            v.IsContact ? null : m.OnlineLink, m.HostOrganisation, m.Objective, m.Agenda, StakeholdersOf(m, v), m.Status, m.CancellationReason,
            v.IsContact ? null : m.ReturnReason, m.OutcomeStatus, outcome,
            actions, owners, db.VersionOf(m));
    }
}
