using TaskforceManager.App.Data;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Persistence;

/// <summary>Reference data every persistence test needs: two countries with a region, themes, one member organisation.</summary>
internal static class PersistenceFixture
{
    public static readonly Actor Secretariat = new("sec-1", "Sofia Secretariat");

    public static async Task<(int RegionId, int OrganisationId)> AddReferenceDataAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es", "eu"]);
        var basque = spain.AddRegion("Basque Country");
        db.Countries.Add(spain);
        db.Countries.Add(new Country("NL", "Netherlands", true, CountrySize.Medium, ["nl"]));
        db.Countries.Add(new Country("NO", "Norway", false, CountrySize.Small, ["no"]));
        db.Themes.Add(new Theme("stem-strategy", "STEM strategy", null));
        db.Themes.Add(new Theme("teacher-shortage", "Teacher shortage", null));
        var organisation = new MemberOrganisation("Platform Talent voor Technologie", "NL", null, OrganisationRole.NationalStemPlatform,
            HelixSector.Government, "Foundation", null, null);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return (basque.Id, organisation.Id);
    }
}
