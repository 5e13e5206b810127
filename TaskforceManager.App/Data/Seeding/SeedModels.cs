namespace TaskforceManager.App.Data.Seeding;

// The shapes of the JSON files in seeds/ (see seeds/README.md). Every field is optional here so that a missing
// one is reported by the seeder with the file and record it belongs to, rather than as a bare JSON error.

internal sealed class CountrySeed
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public bool? IsEuMember { get; init; }
    public string? Size { get; init; }
    public List<string> Languages { get; init; } = [];
    public List<string> Regions { get; init; } = [];
}

internal sealed class ThemeSeed
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
}

internal sealed class OrganisationSeed
{
    public string? Name { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? Role { get; init; }
    public string? Sector { get; init; }
    public string? Type { get; init; }
    public string? Website { get; init; }
    public string? Description { get; init; }
    public bool? IsDemo { get; init; }
}

internal sealed class PracticeSeed
{
    public string? Name { get; init; }
    public string? Country { get; init; }
    public string? Organisation { get; init; }
    public string? EducationLevel { get; init; }
    public List<string> Themes { get; init; } = [];
    public string? Focus { get; init; }
    public string? Impact { get; init; }
    public string? Reach { get; init; }
    public string? Budget { get; init; }
    public string? FundingModel { get; init; }
    public int? StartYear { get; init; }
    public string? Status { get; init; }
    public string? Summary { get; init; }
    public List<TransferSeed> Transfers { get; init; } = [];
    public bool? IsDemo { get; init; }
}

internal sealed class TransferSeed
{
    public string? To { get; init; }
    public int? Year { get; init; }
    public string? Note { get; init; }
}

internal sealed class ExpertSeed
{
    public string? FullName { get; init; }
    public string? Email { get; init; }
    public string? Organisation { get; init; }
    public string? Country { get; init; }
    public string? Sector { get; init; }
    public string? Phone { get; init; }
    public List<string> Languages { get; init; } = [];
    public int? AvailableDaysPerMonth { get; init; }
    public string? Bio { get; init; }
    public Dictionary<string, string> Expertise { get; init; } = [];
    public List<PeriodSeed> Unavailable { get; init; } = [];
    public List<ConflictSeed> Conflicts { get; init; } = [];
    public bool? IsDemo { get; init; }
}

internal sealed class PeriodSeed
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Note { get; init; }
}

internal sealed class ConflictSeed
{
    public string? Kind { get; init; }
    public string? Subject { get; init; }
    public string? Note { get; init; }
}

/// <summary>A dated step that needs a reason (a cancellation, a suspension, a dropped deliverable…).</summary>
internal sealed class ReasonedSeed
{
    public string? At { get; init; }
    public string? Reason { get; init; }
}

internal sealed class RequestSeed
{
    public string? Key { get; init; }
    public bool? IsDemo { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? RequestingOrganisation { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public List<string> Themes { get; init; } = [];
    public string? Challenge { get; init; }
    public string? HopedInstrument { get; init; }
    public string? Urgency { get; init; }
    public string? Channel { get; init; }
    public string? ReceivedAt { get; init; }
    public string? OwnerAssignedAt { get; init; }
    public string? AcknowledgedAt { get; init; }
    public string? AcceptedAt { get; init; }
    public string? AcceptedAs { get; init; }
    public string? DeclinedAt { get; init; }
    public string? DeclineReason { get; init; }
    public string? WithdrawnAt { get; init; }
    public string? WithdrawalReason { get; init; }
    public string? InternalNotes { get; init; }
}

internal sealed class BriefingSeed
{
    public string? Key { get; init; }
    public bool? IsDemo { get; init; }
    public string? FromRequest { get; init; }
    public string? DraftedAt { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? RequestingOrganisation { get; init; }
    public List<string>? Themes { get; init; }
    public string? Challenge { get; init; }
    public string? Context { get; init; }
    public string? Recommendations { get; init; }
    public string? DueOn { get; init; }
    public string? EditedAt { get; init; }
    public string? OwnerAssignedAt { get; init; }
    public string? SubmittedForReviewAt { get; init; }
    public string? DeliveredAt { get; init; }
    public ReasonedSeed? Cancelled { get; init; }
    public string? EscalatedAt { get; init; }
    public string? InternalNotes { get; init; }
}

internal sealed class AssignmentSeed
{
    public string? Expert { get; init; }
    public string? Role { get; init; }
    public string? InvitedAt { get; init; }
    public string? AcceptedAt { get; init; }
    public string? DeclinedAt { get; init; }
    public string? DeclineReason { get; init; }
    public string? ReleasedAt { get; init; }
    public string? ReleaseReason { get; init; }
    public string? ConflictOverride { get; init; }
    public string? WorkloadOverride { get; init; }
}

internal sealed class DeliverableSeed
{
    public string? Title { get; init; }
    public string? DueOn { get; init; }
    public string? AddedAt { get; init; }
    public string? StartedAt { get; init; }
    public string? DeliveredAt { get; init; }
    public ReasonedSeed? Dropped { get; init; }
}

internal sealed class FinalReportSeed
{
    public string? At { get; init; }
    public string? Text { get; init; }
}

internal sealed class ConclusionSeed
{
    public string? At { get; init; }
    public string? EndDate { get; init; }
    public string? Results { get; init; }
}

internal sealed class TaskforceSeed
{
    public string? Key { get; init; }
    public bool? IsDemo { get; init; }
    public string? FromRequest { get; init; }
    public string? FromBriefing { get; init; }
    public string? ProposedAt { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? HostOrganisation { get; init; }
    public string? Summary { get; init; }
    public string? Background { get; init; }
    public List<string>? Objectives { get; init; }
    public List<string>? Themes { get; init; }
    public string? OwnerAssignedAt { get; init; }
    public string? InternalNotes { get; init; }
    public List<AssignmentSeed> Team { get; init; } = [];
    public string? ActivatedAt { get; init; }
    public string? StartDate { get; init; }
    public string? ListedPubliclyAt { get; init; }
    public List<DeliverableSeed> Deliverables { get; init; } = [];
    public ReasonedSeed? Suspended { get; init; }
    public string? ResumedAt { get; init; }
    public FinalReportSeed? FinalReport { get; init; }
    public ConclusionSeed? Concluded { get; init; }
    public ReasonedSeed? Cancelled { get; init; }
}

internal sealed class ParticipantSeed
{
    public string? Organisation { get; init; }
    public string? Type { get; init; }
    public int? People { get; init; }
}

internal sealed class RecommendationSeed
{
    public string? Text { get; init; }
    public List<string> Themes { get; init; } = [];
    public string? BestPractice { get; init; }
}

internal sealed class RoundtableSeed
{
    public string? Key { get; init; }
    public bool? IsDemo { get; init; }
    public string? FromRequest { get; init; }
    public string? ConvenedBy { get; init; }
    public string? PlannedAt { get; init; }
    public string? Title { get; init; }
    public string? Theme { get; init; }
    public string? Country { get; init; }
    public string? RequestedBy { get; init; }
    public string? PlannedOn { get; init; }
    public string? Format { get; init; }
    public string? Place { get; init; }
    public string? Summary { get; init; }
    public string? SummaryAt { get; init; }
    public string? OwnerAssignedAt { get; init; }
    public string? InternalNotes { get; init; }
    public List<AssignmentSeed> Team { get; init; } = [];
    public string? ParticipantsAt { get; init; }
    public List<ParticipantSeed> Participants { get; init; } = [];
    public string? HeldOn { get; init; }
    public string? HeldRecordedAt { get; init; }
    public string? FindingsAt { get; init; }
    public List<string> Bottlenecks { get; init; } = [];
    public List<RecommendationSeed> Recommendations { get; init; } = [];
    public string? ReportedAt { get; init; }
    public ReasonedSeed? Cancelled { get; init; }
}

internal sealed class AttendeeSeed
{
    public string? Expert { get; init; }
    public string? Name { get; init; }
    public string? Organisation { get; init; }
    public string? StakeholderType { get; init; }
    public string? Status { get; init; }
}

internal sealed class ActionItemSeed
{
    public string? Text { get; init; }
    public string? Owner { get; init; }
    public string? DueOn { get; init; }
    public string? Status { get; init; }
    public string? ResolvedAt { get; init; }
    public string? Reason { get; init; }
}

internal sealed class MeetingLogSeed
{
    public string? At { get; init; }
    public string? By { get; init; }
    public string? Summary { get; init; }
    public string? Minutes { get; init; }
    public List<AttendeeSeed> Attendees { get; init; } = [];
    public List<string> Decisions { get; init; } = [];
    public List<RecommendationSeed> Recommendations { get; init; } = [];
    public List<ActionItemSeed> ActionItems { get; init; } = [];
}

internal sealed class MeetingSeed
{
    public string? Taskforce { get; init; }
    public string? Roundtable { get; init; }
    public bool? IsDemo { get; init; }
    public string? Title { get; init; }
    public string? ScheduledAt { get; init; }
    public string? StartsAt { get; init; }
    public string? EndsAt { get; init; }
    public string? TimeZone { get; init; }
    public string? Format { get; init; }
    public string? City { get; init; }
    public string? Venue { get; init; }
    public string? OnlineLink { get; init; }
    public string? HostOrganisation { get; init; }
    public string? Objective { get; init; }
    public string? Agenda { get; init; }
    public List<string>? Invited { get; init; }
    public ReasonedSeed? Cancelled { get; init; }
    public MeetingLogSeed? Log { get; init; }
    public string? SubmittedAt { get; init; }
    public string? PublishedAt { get; init; }
}
