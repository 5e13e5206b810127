namespace TaskforceManager.Domain.Matching;

/// <summary>
/// Every weight the suggestions use, in one place. Points add up to a score; a higher score ranks higher. The values
/// encode the secretariat's priorities: expertise on the case's themes counts most, then being able to work in the
/// country's language, then what makes the team better (a missing helix sector, relevant experience); being over the
/// workload cap, unavailable in the case's period or from the requester's own organisation count against. A declared
/// conflict of interest does not lower the score: it excludes the expert, who is still listed with the reason.
/// </summary>
public sealed record MatchingWeights
{
    public static MatchingWeights Default { get; } = new();

    /// <summary>Per shared theme, by the expert's level on it.</summary>
    public int ThemeWorking { get; init; } = 10;
    public int ThemeAdvanced { get; init; } = 15;
    public int ThemeLeading { get; init; } = 20;

    /// <summary>The expert works in one of the country's official languages.</summary>
    public int CountryLanguage { get; init; } = 15;

    /// <summary>The expert's helix sector is not yet on the team (government, education, industry, civil society, research).</summary>
    public int NewHelixSector { get; init; } = 10;

    /// <summary>Per earlier case on at least one of the same themes (accepted or released), up to <see cref="MaxSimilarCases"/>.</summary>
    public int SimilarCase { get; init; } = 5;
    public int MaxSimilarCases { get; init; } = 3;

    /// <summary>No active assignment at all: the expert has room.</summary>
    public int FreeOfWork { get; init; } = 5;

    /// <summary>At or over the workload cap: possible only with an override.</summary>
    public int OverCap { get; init; } = -30;

    /// <summary>An unavailable period overlaps the case's period.</summary>
    public int Unavailable { get; init; } = -25;

    /// <summary>The expert works for the requesting or host organisation: advice should come from outside.</summary>
    public int SameOrganisationAsRequester { get; init; } = -20;

    /// <summary>Practices: per shared theme.</summary>
    public int PracticeTheme { get; init; } = 15;

    /// <summary>Practices: from a country of the same size class.</summary>
    public int PracticeSimilarCountrySize { get; init; } = 8;

    /// <summary>Practices: from the same country (already known there, easier to build on).</summary>
    public int PracticeSameCountry { get; init; } = 5;

    /// <summary>Practices: per country it has been transferred to, up to <see cref="MaxTransfers"/>; proven transfer is the best evidence.</summary>
    public int PracticeTransfer { get; init; } = 10;
    public int MaxTransfers { get; init; } = 2;

    /// <summary>Practices: transferred to a country of the case's size class.</summary>
    public int PracticeTransferToSimilarCountry { get; init; } = 5;

    /// <summary>Practices: still running (a living programme to visit and learn from).</summary>
    public int PracticeRunning { get; init; } = 5;

    /// <summary>Practices: covers the education level the case is about (or all levels).</summary>
    public int PracticeEducationLevel { get; init; } = 8;
}
