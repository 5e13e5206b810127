using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Matching;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.Tests.Domain.Matching;

/// <summary>Hand-built cases where the right ranking is obvious.</summary>
public sealed class ExpertRankingTests
{
    private static readonly CaseProfile Basque = new(
        "ES", ["es", "eu"], ["stem-strategy", "teacher-shortage"], ["InnoBasque"],
        new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31), [HelixSector.Government], []);

    [Fact]
    public void MoreAndDeeperSharedThemes_RankHigher()
    {
        var leading = Candidate(1, "Leading", expertise: [("stem-strategy", ExpertiseLevel.Leading), ("teacher-shortage", ExpertiseLevel.Leading)]);
        var working = Candidate(2, "Working", expertise: [("stem-strategy", ExpertiseLevel.Working)]);
        var none = Candidate(3, "None", expertise: [("data", ExpertiseLevel.Leading)]);

        var ranked = ExpertRanking.Rank(Basque, [none, working, leading], workloadCap: 3);

        Assert.Equal(["Leading", "Working", "None"], ranked.Select(s => s.Expert.Name));
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Shares the theme stem-strategy (leading level)" && r.Points == MatchingWeights.Default.ThemeLeading);
    }

    [Fact]
    public void LanguageOfTheCountry_LiftsTheExpert()
    {
        var spanish = Candidate(1, "Speaks Spanish", languages: ["es", "en"]);
        var english = Candidate(2, "English only", languages: ["en"]);

        var ranked = ExpertRanking.Rank(Basque, [english, spanish], workloadCap: 3);

        Assert.Equal("Speaks Spanish", ranked[0].Expert.Name);
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Works in es, a language of the country" && !r.IsAgainst);
        Assert.Equal(MatchingWeights.Default.CountryLanguage, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void DeclaredConflict_ExcludesWithTheReason_AndIsStillListedLast()
    {
        var conflicted = Candidate(1, "Conflicted", expertise: [("stem-strategy", ExpertiseLevel.Leading)], conflicts: [(ConflictKind.Country, "ES")]);
        var plain = Candidate(2, "Plain");

        var ranked = ExpertRanking.Rank(Basque, [conflicted, plain], workloadCap: 3);

        Assert.Equal(["Plain", "Conflicted"], ranked.Select(s => s.Expert.Name));
        Assert.True(ranked[1].IsExcluded);
        Assert.Contains("conflict of interest with ES", ranked[1].ExcludedBecause);
    }

    [Fact]
    public void ConflictWithTheRequestingOrganisation_Excludes()
    {
        var conflicted = Candidate(1, "Conflicted", conflicts: [(ConflictKind.Organisation, "innobasque")]);

        var suggestion = Assert.Single(ExpertRanking.Rank(Basque, [conflicted], workloadCap: 3));

        Assert.True(suggestion.IsExcluded);
    }

    [Fact]
    public void OverTheCap_RanksLower_AndSaysWhy()
    {
        var busy = Candidate(1, "Busy", expertise: [("stem-strategy", ExpertiseLevel.Leading)], active: 3);
        var free = Candidate(2, "Free", expertise: [("stem-strategy", ExpertiseLevel.Working)], active: 1);

        var ranked = ExpertRanking.Rank(Basque, [busy, free], workloadCap: 3);

        Assert.Equal(["Free", "Busy"], ranked.Select(s => s.Expert.Name));
        var against = Assert.Single(ranked[1].Reasons, r => r.IsAgainst);
        Assert.Equal("Over the workload cap: 3 active assignments (cap 3); needs an override", against.Text);
        Assert.False(ranked[1].IsExcluded);
    }

    [Fact]
    public void UnavailableInTheCasePeriod_CountsAgainst()
    {
        var away = Candidate(1, "Away", unavailable: [(new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1))]);
        var awayBefore = Candidate(2, "Away before", unavailable: [(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1))]);

        var ranked = ExpertRanking.Rank(Basque, [away, awayBefore], workloadCap: 3);

        Assert.Equal("Away before", ranked[0].Expert.Name);
        Assert.Contains(ranked[1].Reasons, r => r.Text.StartsWith("Unavailable from 1 January 2027", StringComparison.Ordinal) && r.IsAgainst);
    }

    [Fact]
    public void SameOrganisationAsTheRequester_CountsAgainst()
    {
        var insider = Candidate(1, "Insider", organisation: "InnoBasque");
        var outsider = Candidate(2, "Outsider");

        var ranked = ExpertRanking.Rank(Basque, [insider, outsider], workloadCap: 3);

        Assert.Equal("Outsider", ranked[0].Expert.Name);
        Assert.Contains(ranked[1].Reasons, r => r.Text == "Works for InnoBasque, the requesting organisation" && r.IsAgainst);
    }

    [Fact]
    public void AMissingHelixSector_AndExperience_Lift()
    {
        var government = Candidate(1, "Government", sector: HelixSector.Government);
        var industry = Candidate(2, "Industry", sector: HelixSector.Industry, similar: 5);

        var ranked = ExpertRanking.Rank(Basque, [government, industry], workloadCap: 3);

        Assert.Equal("Industry", ranked[0].Expert.Name);
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Brings the industry sector, not yet on the team");
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Experience in 5 similar cases" && r.Points == 3 * MatchingWeights.Default.SimilarCase);
    }

    [Fact]
    public void ExpertsAlreadyOnTheTeam_AreNotSuggested_AndLapsedMembersAreExcluded()
    {
        var onTeam = Candidate(1, "On the team");
        var lapsed = Candidate(2, "Lapsed", canProvide: false);
        var profile = Basque with { TeamExpertIds = [1] };

        var ranked = ExpertRanking.Rank(profile, [onTeam, lapsed], workloadCap: 3);

        var only = Assert.Single(ranked);
        Assert.Equal("Lapsed", only.Expert.Name);
        Assert.Contains("not a current member", only.ExcludedBecause);
    }

    [Fact]
    public void EqualScores_AreOrderedByName_SoTheListIsStable()
    {
        var ranked = ExpertRanking.Rank(Basque, [Candidate(1, "Zoe"), Candidate(2, "Ana")], workloadCap: 3);

        Assert.Equal(["Ana", "Zoe"], ranked.Select(s => s.Expert.Name));
    }

    private static ExpertCandidate Candidate(int id, string name, string organisation = "Astra", bool canProvide = true,
        HelixSector sector = HelixSector.Government, (string, ExpertiseLevel)[]? expertise = null, string[]? languages = null,
        int active = 1, (DateOnly, DateOnly)[]? unavailable = null, (ConflictKind, string)[]? conflicts = null, int similar = 0) =>
        new(id, name, organisation, canProvide, sector, expertise ?? [], languages ?? ["en"], active, unavailable ?? [], conflicts ?? [], similar);
}
