using TaskforceManager.Domain.Matching;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Tests.Domain.Matching;

public sealed class PracticeRankingTests
{
    private static readonly PracticeContext Denmark = new("DK", CountrySize.Small, ["school-company-cooperation", "stem-strategy"], EducationLevel.Secondary);

    [Fact]
    public void ProvenTransfer_RanksAboveAnUntriedPracticeWithTheSameFit()
    {
        var jetNet = Practice(1, "Jet-Net", "NL", CountrySize.Medium, ["school-company-cooperation"], transfers: [("NO", CountrySize.Small, 2012)]);
        var untried = Practice(2, "Untried", "NL", CountrySize.Medium, ["school-company-cooperation"]);

        var ranked = PracticeRanking.Rank(Denmark, [untried, jetNet]);

        Assert.Equal(["Jet-Net", "Untried"], ranked.Select(r => r.Practice.Name));
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Proven transfer to another country (NO 2012)");
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Transferred to a small country before");
    }

    [Fact]
    public void ThemeFit_CountsMost_AndPracticesWithoutASharedTheme_AreLeftOut()
    {
        var two = Practice(1, "Two themes", "EE", CountrySize.Small, ["school-company-cooperation", "stem-strategy"]);
        var one = Practice(2, "One theme", "EE", CountrySize.Small, ["stem-strategy"]);
        var none = Practice(3, "No theme", "EE", CountrySize.Small, ["data"]);

        var ranked = PracticeRanking.Rank(Denmark, [one, none, two]);

        Assert.Equal(["Two themes", "One theme"], ranked.Select(r => r.Practice.Name));
    }

    [Fact]
    public void SimilarContext_AndEducationLevel_Lift()
    {
        var small = Practice(1, "Small country", "EE", CountrySize.Small, ["stem-strategy"], level: EducationLevel.Secondary);
        var large = Practice(2, "Large country", "DE", CountrySize.Large, ["stem-strategy"], level: EducationLevel.Higher);

        var ranked = PracticeRanking.Rank(Denmark, [large, small]);

        Assert.Equal("Small country", ranked[0].Practice.Name);
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Comes from a small country like this one");
        Assert.Contains(ranked[0].Reasons, r => r.Text == "Covers secondary education");
        Assert.DoesNotContain(ranked[1].Reasons, r => r.Text.StartsWith("Covers", StringComparison.Ordinal));
    }

    private static PracticeCandidate Practice(int id, string name, string? country, CountrySize? size, string[] themes,
        EducationLevel level = EducationLevel.Secondary, (string, CountrySize?, int)[]? transfers = null) =>
        new(id, name, country, size, level, themes, PracticeStatus.Completed, transfers ?? []);
}
