using TaskforceManager.Domain.Cases;

namespace TaskforceManager.App.Features.Portal;

/// <summary>One request or case on the portal's home page: where it stands and what happens next, in plain words.</summary>
public sealed record PortalItem(
    string Kind,
    string Reference,
    string Title,
    string Status,
    string NextStep,
    DateOnly? AcknowledgementDueOn,
    PortalMeeting? NextMeeting,
    string Href,
    DateTimeOffset Since);

public sealed record PortalMeeting(string Title, DateTimeOffset StartsAt);

/// <summary>One step of the public timeline: received, acknowledged, accepted as…, meetings held, outcomes published, concluded.</summary>
public sealed record PortalEvent(DateTimeOffset At, string What, string? Detail);

/// <summary>A team member as a contact may see them: never their e-mail or phone.</summary>
public sealed record PortalTeamMember(string Name, string Organisation, string Role);

/// <summary>A meeting's outcomes once the secretariat has published them: its summary, decisions and recommendations.</summary>
public sealed record PortalOutcome(string MeetingTitle, DateTimeOffset HeldAt, string? Summary, IReadOnlyList<string> Decisions, IReadOnlyList<string> Recommendations);

public sealed record PortalReport(DateTimeOffset PublishedAt, string Text);

public sealed record PortalHome(string CountryName, IReadOnlyList<PortalItem> Requests, IReadOnlyList<PortalItem> Cases);

public sealed record PortalRequestView(
    int Id,
    string Reference,
    string Title,
    string Status,
    string NextStep,
    DateOnly? AcknowledgementDueOn,
    string Organisation,
    string ContactName,
    string Place,
    IReadOnlyList<string> Themes,
    string Challenge,
    string HopedInstrument,
    string Urgency,
    IReadOnlyList<PortalEvent> Timeline,
    IReadOnlyList<PortalItem> Cases,
    bool CanWithdraw,
    bool IsOpen,
    Guid Version);

public sealed record PortalCaseView(
    CaseSubject Subject,
    int Id,
    string Kind,
    string Title,
    string Status,
    string NextStep,
    PortalMeeting? NextMeeting,
    IReadOnlyList<PortalEvent> Timeline,
    IReadOnlyList<PortalTeamMember> Team,
    IReadOnlyList<PortalOutcome> Outcomes,
    PortalReport? Report,
    bool IsOpen,
    string? RequestHref);

/// <summary>What the confirmation page shows once a request is in.</summary>
public sealed record PortalSubmission(int Id, string Reference, string Title, DateOnly AcknowledgementDueOn, IReadOnlyList<string> Documents);
