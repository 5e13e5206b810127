using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Tests.Features.ReferenceData;

/// <summary>Member organisations, countries and regions: edited through forms, archived only when nothing open depends on them.</summary>
public sealed class OrganisationAndCountryAdminTests : IAsyncLifetime
{
    private ReferenceScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReferenceScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Organisation_CreateWithATakenName_GivesTheMessageOnTheNameField()
    {
        var clash = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Organisations().CreateAsync(new OrganisationForm { Name = " astra ", CountryCode = "DK" }));

        Assert.Equal("There is already an organisation called Astra.", Assert.Single(clash.For(nameof(OrganisationForm.Name))));
    }

    [Fact]
    public async Task Organisation_WithBadValues_IsRefusedFieldByField()
    {
        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Organisations().CreateAsync(new OrganisationForm { Name = new string('n', 201), CountryCode = null, Website = "astra.dk" }));

        Assert.Equal("A name has at most 200 characters.", Assert.Single(refusal.For(nameof(OrganisationForm.Name))));
        Assert.Equal("Choose the organisation's country.", Assert.Single(refusal.For(nameof(OrganisationForm.CountryCode))));
        Assert.Equal("Enter a full web address starting with https:// (or http://).", Assert.Single(refusal.For(nameof(OrganisationForm.Website))));
    }

    [Fact]
    public async Task Organisation_RegionMustBelongToItsCountry()
    {
        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Organisations().CreateAsync(new OrganisationForm { Name = "Tknika", CountryCode = "ES", RegionId = _scenario.FlandersRegionId }));

        Assert.Equal("Choose a region of Spain, or none.", Assert.Single(refusal.For(nameof(OrganisationForm.RegionId))));
    }

    [Fact]
    public async Task Organisation_EditChangesEveryField_AndIsAudited()
    {
        var astra = await OrganisationAsync(_scenario.AstraId);

        var edited = await _scenario.Organisations().UpdateAsync(astra.Id, new OrganisationForm
        {
            Name = "Astra – Danish STEM centre",
            CountryCode = "DK",
            Role = OrganisationRole.NationalLeadPartner,
            Sector = HelixSector.Government,
            OrganisationType = "Centre",
            Website = "https://www.astra.dk",
            Description = "The national centre for STEM education.",
        }, astra.Version);

        Assert.Equal(("Astra – Danish STEM centre", OrganisationRole.NationalLeadPartner, HelixSector.Government, "https://www.astra.dk"),
            (edited.Name, edited.Role, edited.Sector, edited.Website));
        await using var db = _scenario.Database.CreateContext();
        var audit = await db.AuditEntries.Where(a => a.Entity == nameof(MemberOrganisation) && a.EntityKey == astra.Id.ToString()).ToListAsync();
        Assert.Contains(audit, a => a.Field == "Name" && a.OldValue == "Astra" && a.NewValue == "Astra – Danish STEM centre");
        Assert.Contains(audit, a => a.Field == "Role" && a.NewValue == "NationalLeadPartner");
    }

    [Fact]
    public async Task Organisation_MembershipLapsesAndIsRenewed()
    {
        var astra = await OrganisationAsync(_scenario.AstraId);

        var lapsed = await _scenario.Organisations().LapseAsync(astra.Id, astra.Version);
        var renewed = await _scenario.Organisations().RenewAsync(lapsed.Id, lapsed.Version);

        Assert.Equal(MembershipStatus.Lapsed, lapsed.Membership);
        Assert.Equal(MembershipStatus.Active, renewed.Membership);
    }

    [Fact]
    public async Task Organisation_ArchiveWhileItsExpertsAreActive_IsRefused()
    {
        var astra = await OrganisationAsync(_scenario.AstraId);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.Organisations().ArchiveAsync(astra.Id, astra.Version));

        Assert.Equal("Astra is used by 1 active expert; archive refused.", refusal.Message);
    }

    [Fact]
    public async Task Organisation_ArchiveWhileItHostsAnOpenTaskforce_IsRefused()
    {
        var innoBasque = await OrganisationAsync(_scenario.InnoBasqueId);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.Organisations().ArchiveAsync(innoBasque.Id, innoBasque.Version));

        Assert.Equal("InnoBasque is used by 1 open taskforce it hosts; archive refused.", refusal.Message);
    }

    [Fact]
    public async Task Organisation_Unused_IsArchived_AndLeavesThePicker()
    {
        var created = await _scenario.Organisations().CreateAsync(new OrganisationForm { Name = "Tknika", CountryCode = "ES", RegionId = _scenario.BasqueRegionId });

        var archived = await _scenario.Organisations().ArchiveAsync(created.Id, created.Version);

        Assert.True(archived.IsArchived);
        Assert.DoesNotContain(await _scenario.Reference().ActiveOrganisationsAsync(), o => o.Id == created.Id);
    }

    [Fact]
    public async Task Country_ArchiveWhileOpenCasesAndOrganisationsUseIt_IsRefused_SayingWhat()
    {
        var spain = await CountryAsync("ES");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.Countries().ArchiveAsync("ES", spain.Version));

        Assert.Equal("Spain is used by 1 open request, 1 open taskforce and 1 member organisation; archive refused.", refusal.Message);
    }

    [Fact]
    public async Task Country_Unused_IsArchived_AndLeavesThePickers_ThenRestored()
    {
        var luxembourg = await CountryAsync("LU");

        var archived = await _scenario.Countries().ArchiveAsync("LU", luxembourg.Version);

        Assert.True(archived.IsArchived);
        Assert.DoesNotContain(await _scenario.Reference().ActiveCountriesAsync(), c => c.Code == "LU");
        var restored = await _scenario.Countries().RestoreAsync("LU", archived.Version);
        Assert.False(restored.IsArchived);
    }

    [Fact]
    public async Task Country_CreateWithATakenCodeOrName_GivesTheFieldMessage()
    {
        var code = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Countries().CreateAsync(new CountryForm { Code = "es", Name = "España", Languages = "es" }));
        var name = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Countries().CreateAsync(new CountryForm { Code = "XS", Name = "spain", Languages = "es" }));

        Assert.Equal("ES is already in the list as Spain.", Assert.Single(code.For(nameof(CountryForm.Code))));
        Assert.Equal("There is already a country called Spain (ES).", Assert.Single(name.For(nameof(CountryForm.Name))));
    }

    [Fact]
    public async Task Country_CreateAndEdit()
    {
        var created = await _scenario.Countries().CreateAsync(new CountryForm { Code = "is", Name = "Iceland", IsEuMember = false, Size = CountrySize.Small, Languages = "is" });
        var edited = await _scenario.Countries().UpdateAsync("IS", new CountryForm { Code = "IS", Name = "Iceland", IsEuMember = false, Size = CountrySize.Small, Languages = "is, en" }, created.Version);

        Assert.Equal("IS", created.Code);
        Assert.Equal(["is", "en"], edited.LanguageCodes);
    }

    [Fact]
    public async Task Country_BadLanguages_AreRefusedOnTheField()
    {
        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Countries().CreateAsync(new CountryForm { Code = "ISL", Name = "Iceland", Languages = "icelandic" }));

        Assert.Equal("The code is the two-letter ISO 3166 code, e.g. ES for Spain.", Assert.Single(refusal.For(nameof(CountryForm.Code))));
        Assert.Equal("Languages are ISO 639 codes of 2 or 3 letters separated by commas, e.g. es, ca, eu.", Assert.Single(refusal.For(nameof(CountryForm.Languages))));
    }

    [Fact]
    public async Task Region_AddTwice_GivesTheFieldMessage()
    {
        await _scenario.Countries().AddRegionAsync("ES", new RegionForm { Name = "Catalonia" });

        var clash = await Assert.ThrowsAsync<FieldValidationException>(() => _scenario.Countries().AddRegionAsync("ES", new RegionForm { Name = "catalonia" }));

        Assert.Equal("Spain already has a region called Catalonia.", Assert.Single(clash.For(nameof(RegionForm.Name))));
    }

    [Fact]
    public async Task Region_UsedByAnOrganisation_IsNotArchived_AnUnusedOneIs()
    {
        await _scenario.Organisations().CreateAsync(new OrganisationForm { Name = "Tknika", CountryCode = "ES", RegionId = _scenario.BasqueRegionId });
        var spain = await CountryAsync("ES");
        var belgium = await CountryAsync("BE");

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            _scenario.Countries().ArchiveRegionAsync(_scenario.BasqueRegionId, spain.Regions.Single().Version));
        var archived = await _scenario.Countries().ArchiveRegionAsync(_scenario.FlandersRegionId, belgium.Regions.Single().Version);

        Assert.Equal("Basque Country is used by 1 member organisation; archive refused.", refusal.Message);
        Assert.True(archived.Regions.Single().IsArchived);
        Assert.DoesNotContain(await _scenario.Reference().ActiveRegionsAsync("BE"), r => r.Id == _scenario.FlandersRegionId);
        Assert.Contains(await _scenario.Reference().ActiveRegionsAsync("ES"), r => r.Id == _scenario.BasqueRegionId);
    }

    private async Task<OrganisationAdminRow> OrganisationAsync(int id) =>
        (await _scenario.Organisations().ListAsync(includeArchived: true)).Single(o => o.Id == id);

    private async Task<CountryAdminRow> CountryAsync(string code) =>
        (await _scenario.Countries().ListAsync(includeArchived: true)).Single(c => c.Code == code);
}
