using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Domain.Matching;

/// <summary>What practice ranking needs to know about a case.</summary>
public sealed record PracticeContext(
    string? CountryCode,
    CountrySize? CountrySize,
    IReadOnlyCollection<string> ThemeCodes,
    EducationLevel? EducationLevel);

/// <summary>What practice ranking needs to know about one practice, with the size of its country and of the countries it went to.</summary>
public sealed record PracticeCandidate(
    int PracticeId,
    string Name,
    string? CountryCode,
    CountrySize? CountrySize,
    EducationLevel EducationLevel,
    IReadOnlyCollection<string> ThemeCodes,
    PracticeStatus Status,
    IReadOnlyCollection<(string CountryCode, CountrySize? Size, int Year)> Transfers);

public sealed record PracticeSuggestion(PracticeCandidate Practice, int Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>Ranks best practices for a case by theme fit, similarity of context and proven transfer.</summary>
public static class PracticeRanking
{
    /// <summary>Practices that share at least one theme with the case, best first; the others are not suggestions.</summary>
    public static IReadOnlyList<PracticeSuggestion> Rank(PracticeContext @case, IEnumerable<PracticeCandidate> candidates, MatchingWeights? weights = null)
    {
        var w = weights ?? MatchingWeights.Default;
        var themes = @case.ThemeCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return candidates
            .Where(p => p.ThemeCodes.Any(themes.Contains))
            .Select(p => Score(@case, p, w))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Practice.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static PracticeSuggestion Score(PracticeContext @case, PracticeCandidate p, MatchingWeights w)
    {
        var reasons = new List<MatchReason>();
        var themes = @case.ThemeCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in p.ThemeCodes.Where(themes.Contains))
        {
            reasons.Add(new($"Theme {theme} matches", w.PracticeTheme));
        }

        if (@case.CountryCode is not null && p.CountryCode == @case.CountryCode)
        {
            reasons.Add(new("Already runs in the same country", w.PracticeSameCountry));
        }
        else if (@case.CountrySize is { } size && p.CountrySize == size)
        {
            reasons.Add(new($"Comes from a {Words.Of(size)} country like this one", w.PracticeSimilarCountrySize));
        }

        if (@case.EducationLevel is { } level && (p.EducationLevel == level || p.EducationLevel == EducationLevel.AllLevels))
        {
            reasons.Add(new($"Covers {Words.Of(level)} education", w.PracticeEducationLevel));
        }

        if (p.Transfers.Count > 0)
        {
            var counted = Math.Min(p.Transfers.Count, w.MaxTransfers);
            var where = string.Join(", ", p.Transfers.OrderBy(t => t.Year).Select(t => $"{t.CountryCode} {t.Year}"));
            reasons.Add(new($"Proven transfer to another country ({where})", counted * w.PracticeTransfer));
            if (@case.CountrySize is { } caseSize && p.Transfers.Any(t => t.Size == caseSize))
            {
                reasons.Add(new($"Transferred to a {Words.Of(caseSize)} country before", w.PracticeTransferToSimilarCountry));
            }
        }

        if (p.Status == PracticeStatus.Running)
        {
            reasons.Add(new("Still running", w.PracticeRunning));
        }

        return new PracticeSuggestion(p, reasons.Sum(r => r.Points), reasons);
    }
}
