using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Tests.Domain.Common;

public sealed class ArchivingTests
{
    public static TheoryData<string> Kinds => new() { "theme", "organisation", "country", "region" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Archive_ThenRestore_MovesTheFlag(string kind)
    {
        var record = Make(kind);

        record.Archive();
        Assert.True(record.IsArchived);
        record.Restore();
        Assert.False(record.IsArchived);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Archive_Twice_IsRefused_AndStaysArchived(string kind)
    {
        var record = Make(kind);
        record.Archive();

        var refusal = Assert.Throws<DomainException>(record.Archive);

        Assert.Contains("already archived", refusal.Message);
        Assert.True(record.IsArchived);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Restore_WhenNotArchived_IsRefused(string kind)
    {
        var record = Make(kind);

        var refusal = Assert.Throws<DomainException>(record.Restore);

        Assert.Contains("is not archived", refusal.Message);
        Assert.False(record.IsArchived);
    }

    private static IArchivable Make(string kind)
    {
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es"]);
        return kind switch
        {
            "theme" => new Theme("data", "Data", null),
            "organisation" => new MemberOrganisation("Astra", "DK", null, OrganisationRole.NationalStemPlatform, HelixSector.Education, null, null, null),
            "country" => spain,
            _ => spain.AddRegion("Basque Country"),
        };
    }
}
