using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.Domain.Matching;

/// <summary>What the ranking needs to know about a case.</summary>
public sealed record CaseProfile(
    string? CountryCode,
    IReadOnlyCollection<string> CountryLanguages,
    IReadOnlyCollection<string> ThemeCodes,
    IReadOnlyCollection<string> RequesterOrganisations,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyCollection<HelixSector> TeamSectors,
    IReadOnlyCollection<int> TeamExpertIds);

/// <summary>What the ranking needs to know about one expert.</summary>
public sealed record ExpertCandidate(
    int ExpertId,
    string Name,
    string Organisation,
    bool OrganisationCanProvideExperts,
    HelixSector Sector,
    IReadOnlyCollection<(string ThemeCode, ExpertiseLevel Level)> Expertise,
    IReadOnlyCollection<string> LanguageCodes,
    int ActiveAssignments,
    IReadOnlyCollection<(DateOnly From, DateOnly To)> UnavailablePeriods,
    IReadOnlyCollection<(ConflictKind Kind, string Subject)> Conflicts,
    int SimilarPastCases);

/// <summary>One reason for or against, in words, with the points it gave.</summary>
public sealed record MatchReason(string Text, int Points)
{
    public bool IsAgainst => Points < 0;
}

/// <summary>A ranked expert: the score and every reason, or the reason they are excluded.</summary>
public sealed record ExpertSuggestion(ExpertCandidate Expert, int Score, IReadOnlyList<MatchReason> Reasons, string? ExcludedBecause)
{
    public bool IsExcluded => ExcludedBecause is not null;
}

/// <summary>Ranks experts for a case and says why, using <see cref="MatchingWeights"/>.</summary>
public static class ExpertRanking
{
    /// <summary>
    /// Scores every candidate not already on the team. Excluded experts (a declared conflict, an organisation that
    /// is no longer a member) come after the ranked ones with their reason, never silently dropped.
    /// </summary>
    public static IReadOnlyList<ExpertSuggestion> Rank(CaseProfile @case, IEnumerable<ExpertCandidate> candidates, int workloadCap, MatchingWeights? weights = null)
    {
        var w = weights ?? MatchingWeights.Default;
        var team = @case.TeamExpertIds.ToHashSet();
        return candidates
            .Where(c => !team.Contains(c.ExpertId))
            .Select(c => Score(@case, c, workloadCap, w))
            .OrderBy(s => s.IsExcluded)
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.Expert.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static ExpertSuggestion Score(CaseProfile @case, ExpertCandidate c, int workloadCap, MatchingWeights w)
    {
        var reasons = new List<MatchReason>();
        var themes = @case.ThemeCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (theme, level) in c.Expertise.Where(e => themes.Contains(e.ThemeCode)).OrderByDescending(e => e.Level))
        {
            var points = level switch
            {
                ExpertiseLevel.Leading => w.ThemeLeading,
                ExpertiseLevel.Advanced => w.ThemeAdvanced,
                _ => w.ThemeWorking,
            };
            reasons.Add(new($"Shares the theme {theme} ({Words.Of(level)} level)", points));
        }

        var language = c.LanguageCodes.FirstOrDefault(l => @case.CountryLanguages.Contains(l, StringComparer.OrdinalIgnoreCase));
        if (language is not null)
        {
            reasons.Add(new($"Works in {language}, a language of the country", w.CountryLanguage));
        }

        if (!@case.TeamSectors.Contains(c.Sector))
        {
            reasons.Add(new($"Brings the {Words.Of(c.Sector)} sector, not yet on the team", w.NewHelixSector));
        }

        if (c.SimilarPastCases > 0)
        {
            var counted = Math.Min(c.SimilarPastCases, w.MaxSimilarCases);
            reasons.Add(new($"Experience in {c.SimilarPastCases} similar case{(c.SimilarPastCases == 1 ? "" : "s")}", counted * w.SimilarCase));
        }

        if (c.ActiveAssignments == 0)
        {
            reasons.Add(new("Has no active assignment", w.FreeOfWork));
        }
        else if (c.ActiveAssignments >= workloadCap)
        {
            reasons.Add(new($"Over the workload cap: {c.ActiveAssignments} active assignments (cap {workloadCap}); needs an override", w.OverCap));
        }

        var busy = c.UnavailablePeriods.FirstOrDefault(p => p.From <= @case.PeriodEnd && p.To >= @case.PeriodStart);
        if (busy != default)
        {
            reasons.Add(new($"Unavailable from {busy.From:d MMMM yyyy} to {busy.To:d MMMM yyyy}", w.Unavailable));
        }

        if (@case.RequesterOrganisations.Any(o => string.Equals(o.Trim(), c.Organisation.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            reasons.Add(new($"Works for {c.Organisation}, the requesting organisation", w.SameOrganisationAsRequester));
        }

        var excluded = ExclusionOf(@case, c);
        return new ExpertSuggestion(c, reasons.Sum(r => r.Points), reasons, excluded);
    }

    private static string? ExclusionOf(CaseProfile @case, ExpertCandidate c)
    {
        if (!c.OrganisationCanProvideExperts)
        {
            return $"{c.Organisation} is not a current member or partner of the coalition";
        }

        var conflict = c.Conflicts.FirstOrDefault(x =>
            (x.Kind == ConflictKind.Country && @case.CountryCode is not null && string.Equals(x.Subject, @case.CountryCode, StringComparison.OrdinalIgnoreCase)) ||
            (x.Kind == ConflictKind.Organisation && @case.RequesterOrganisations.Any(o => string.Equals(o.Trim(), x.Subject, StringComparison.OrdinalIgnoreCase))));
        return conflict == default
            ? null
            : $"Declared a conflict of interest with {conflict.Subject}; can only be invited with an override reason";
    }
}
