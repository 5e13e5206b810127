using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Meetings;

public sealed record ActionItemView(Guid Id, string Text, ActionItemOwnerKind OwnerKind, string OwnerName, DateOnly? DueOn, ActionItemStatus Status, string? ResolutionReason);

/// <summary>The outcome log; null in <see cref="MeetingView"/> when the viewer may not see it yet (a contact, before publication).</summary>
public sealed record MeetingOutcome(
    OutcomeStatus Status,
    string? Summary,
    string? Minutes,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> Recommendations,
    IReadOnlyList<ActionItemView> ActionItems,
    IReadOnlyList<(string Name, string? Organisation, AttendanceStatus Status)> Attendance);

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
    MeetingStatus Status,
    OutcomeStatus OutcomeStatus,
    MeetingOutcome? Outcome,
    IReadOnlyList<MeetingAction> PermittedActions,
    Guid Version);

/// <summary>Meetings and their outcome logs. Every call goes through the access policy.</summary>
public sealed class MeetingService(RecordWork work, AccessPolicy access)
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

    private Task<MeetingView> Project(AppDbContext db, Meeting m, Viewer v)
    {
        var outcome = AccessPolicy.CanSeeOutcomes(v, m.OutcomeStatus)
            ? new MeetingOutcome(
                m.OutcomeStatus, m.Summary, m.Minutes,
                m.Decisions.Select(d => d.Text).ToList(),
                m.Recommendations.Select(r => r.Text).ToList(),
                m.ActionItems.Select(i => new ActionItemView(i.Id, i.Text, i.OwnerKind, i.OwnerName, i.DueOn, i.Status, i.ResolutionReason)).ToList(),
                m.Attendees.Select(a => (a.Name, a.Organisation, a.Status)).ToList())
            : null;
        var actions = m.PermittedActions(work.Now)
            .Where(a => v.IsSecretariat || (v.IsExpert && a is MeetingAction.LogOutcome or MeetingAction.SubmitLog or MeetingAction.ManageActionItems))
            .ToList();
        return Task.FromResult(new MeetingView(
            m.Id, m.TaskforceId, m.RoundtableId, m.Title, m.StartsAt, m.EndsAt, m.TimeZoneId, m.Format, m.City, m.Venue,
            v.IsContact ? null : m.OnlineLink, m.HostOrganisation, m.Objective, m.Agenda, m.Status, m.OutcomeStatus, outcome,
            actions, db.VersionOf(m)));
    }
}
