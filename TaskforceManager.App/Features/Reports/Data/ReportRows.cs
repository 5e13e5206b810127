using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Reports;

/// <summary>A meeting on a report's timeline; <see cref="OutcomesShown"/> says whether its decisions and the like are in the report.</summary>
public sealed record ReportMeeting(
    int Id,
    string Title,
    DateTimeOffset StartsAt,
    string TimeZoneId,
    MeetingStatus Status,
    OutcomeStatus OutcomeStatus,
    string Where,
    string? Summary,
    string? Case,
    bool OutcomesShown);

public sealed record ReportDecision(DateTimeOffset MeetingStartsAt, string Meeting, string Text);

public sealed record ReportRecommendation(DateTimeOffset? MeetingStartsAt, string? Meeting, string Text, string? Practice);

public sealed record ReportActionItem(string Text, string Owner, DateOnly? DueOn, ActionItemStatus Status, bool IsOverdue, DateTimeOffset MeetingStartsAt, string Meeting, string? Resolution);

public sealed record ReportDeliverable(string Taskforce, string Title, DateOnly? DueOn, DeliverableStatus Status, DateTimeOffset? DeliveredAt, string? DropReason, bool IsOverdue);

/// <summary>What a report needs from one meeting, read in one projection with its outcome lists.</summary>
internal sealed record MeetingFacts(
    int Id,
    int? TaskforceId,
    int? RoundtableId,
    string Title,
    DateTimeOffset StartsAt,
    string TimeZoneId,
    MeetingStatus Status,
    OutcomeStatus OutcomeStatus,
    MeetingFormat Format,
    string? City,
    string? Venue,
    string? Summary,
    List<string> Decisions,
    List<MeetingRecommendationFacts> Recommendations,
    List<MeetingActionItemFacts> ActionItems)
{
    public string Where => Format switch
    {
        MeetingFormat.Online => "Online",
        MeetingFormat.Hybrid => $"{Place} and online",
        _ => Place,
    };

    private string Place => string.Join(", ", new[] { Venue, City }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } p ? p : "In person";
}

internal sealed record MeetingRecommendationFacts(string Text, int? BestPracticeId);

internal sealed record MeetingActionItemFacts(string Text, string OwnerName, DateOnly? DueOn, ActionItemStatus Status, string? ResolutionReason);

internal static class MeetingFactsQuery
{
    /// <summary>Meetings with their outcome lists in a few split queries, however many meetings there are.</summary>
    public static IQueryable<MeetingFacts> Project(IQueryable<Meeting> meetings) =>
        meetings
            .OrderBy(m => m.StartsAt)
            .Select(m => new MeetingFacts(
                m.Id, m.TaskforceId, m.RoundtableId, m.Title, m.StartsAt, m.TimeZoneId, m.Status, m.OutcomeStatus, m.Format, m.City, m.Venue, m.Summary,
                m.Decisions.Select(d => d.Text).ToList(),
                m.Recommendations.Select(r => new MeetingRecommendationFacts(r.Text, r.BestPracticeId)).ToList(),
                m.ActionItems.Select(i => new MeetingActionItemFacts(i.Text, i.OwnerName, i.DueOn, i.Status, i.ResolutionReason)).ToList()))
            .AsSplitQuery();

    public static ReportMeeting ToReportMeeting(MeetingFacts m, bool outcomesShown, string? @case = null) =>
        new(m.Id, m.Title, m.StartsAt, m.TimeZoneId, m.Status, m.OutcomeStatus, m.Where, outcomesShown ? m.Summary : null, @case, outcomesShown);

    public static IEnumerable<ReportDecision> Decisions(IEnumerable<MeetingFacts> meetings) =>
        meetings.SelectMany(m => m.Decisions.Select(d => new ReportDecision(m.StartsAt, m.Title, d)));

    public static IEnumerable<ReportRecommendation> Recommendations(IEnumerable<MeetingFacts> meetings, IReadOnlyDictionary<int, string> practices) =>
        meetings.SelectMany(m => m.Recommendations.Select(r =>
            new ReportRecommendation(m.StartsAt, m.Title, r.Text, r.BestPracticeId is { } id ? practices.GetValueOrDefault(id) : null)));

    public static IEnumerable<ReportActionItem> ActionItems(IEnumerable<MeetingFacts> meetings, DateOnly today) =>
        meetings.SelectMany(m => m.ActionItems.Select(i => new ReportActionItem(
            i.Text, i.OwnerName, i.DueOn, i.Status, i.Status == ActionItemStatus.Open && i.DueOn is { } due && due < today,
            m.StartsAt, m.Title, i.ResolutionReason)));
}
