namespace TaskforceManager.Domain.Common;

/// <summary>The three instruments a case can be.</summary>
public enum CaseKind
{
    PolicyBriefing,
    Taskforce,
    Roundtable,
}

/// <summary>A pointer to one case, with the facts assignment rules need about it.</summary>
public sealed record CaseRef(CaseKind Kind, int Id, string Title, string? CountryCode, IReadOnlyList<string> RequesterOrganisations);
