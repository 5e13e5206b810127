using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Practices;

namespace TaskforceManager.Tests.Features.ReferenceData;

/// <summary>The best-practice collection: every field of a practice, its transfers, and archiving.</summary>
public sealed class PracticeAdminTests : IAsyncLifetime
{
    private ReferenceScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReferenceScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Create_KeepsEveryField()
    {
        var created = await _scenario.Practices().CreateAsync(new PracticeForm
        {
            Name = "Technology Pact",
            CountryCode = "nl",
            Organisation = "Platform Talent voor Technologie",
            EducationLevel = EducationLevel.AllLevels,
            ThemeCodes = ["stem-strategy", "data"],
            Focus = "Targets agreed by government, education and industry.",
            Impact = "More technical graduates.",
            Reach = "National",
            Budget = "EUR 100 million",
            FundingModel = FundingModel.PublicPrivate,
            StartYear = 2013,
            Status = PracticeStatus.Running,
            Summary = "A national pact.",
        });

        Assert.Equal(("NL", "Netherlands", EducationLevel.AllLevels, FundingModel.PublicPrivate, 2013), (created.CountryCode, created.CountryName, created.EducationLevel, created.FundingModel, created.StartYear));
        Assert.Equal(["stem-strategy", "data"], created.ThemeCodes);
        Assert.Equal(("Targets agreed by government, education and industry.", "More technical graduates.", "National", "EUR 100 million", "A national pact."),
            (created.Focus, created.Impact, created.Reach, created.Budget, created.Summary));
    }

    [Fact]
    public async Task Create_WithATakenName_GivesTheMessageOnTheNameField()
    {
        var clash = await Assert.ThrowsAsync<FieldValidationException>(() => _scenario.Practices().CreateAsync(Form("JET-NET")));

        Assert.Equal("There is already a best practice called Jet-Net.", Assert.Single(clash.For(nameof(PracticeForm.Name))));
    }

    [Fact]
    public async Task Create_WithoutThemes_OrWithAnArchivedOne_IsRefusedOnTheThemesField()
    {
        var none = await Assert.ThrowsAsync<FieldValidationException>(() => _scenario.Practices().CreateAsync(Form("Robot league", themes: [])));
        var girls = (await _scenario.Themes().ListAsync(includeArchived: true)).Single(t => t.Code == "girls-in-stem");
        await _scenario.Themes().ArchiveAsync(girls.Code, girls.Version);
        var archived = await Assert.ThrowsAsync<FieldValidationException>(() => _scenario.Practices().CreateAsync(Form("Robot league", themes: ["girls-in-stem"])));

        Assert.Equal("Choose at least one theme for the programme.", Assert.Single(none.For(nameof(PracticeForm.ThemeCodes))));
        Assert.Equal("Girls and women in STEM is archived; choose other themes.", Assert.Single(archived.For(nameof(PracticeForm.ThemeCodes))));
    }

    [Fact]
    public async Task Transfer_IsRecordedWithCountryAndYear_AndNotTwice()
    {
        var jetNet = await RowAsync(_scenario.JetNetId);

        var transferred = await _scenario.Practices().AddTransferAsync(jetNet.Id, new TransferForm { CountryCode = "DK", Year = 2012, Note = "Adopted by Astra." }, jetNet.Version);
        var again = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Practices().AddTransferAsync(jetNet.Id, new TransferForm { CountryCode = "DK", Year = 2014 }, transferred.Version));

        var transfer = Assert.Single(transferred.Transfers);
        Assert.Equal(("DK", "Denmark", 2012, "Adopted by Astra."), (transfer.CountryCode, transfer.CountryName, transfer.Year, transfer.Note));
        Assert.Equal("A transfer to Denmark is already recorded.", Assert.Single(again.For(nameof(TransferForm.CountryCode))));
    }

    [Fact]
    public async Task Transfer_BeforeTheProgrammeStarted_IsRefusedOnTheYear()
    {
        var jetNet = await RowAsync(_scenario.JetNetId);

        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Practices().AddTransferAsync(jetNet.Id, new TransferForm { CountryCode = "DK", Year = 1999 }, jetNet.Version));

        Assert.Equal("The transfer year cannot be before the programme started (2002).", Assert.Single(refusal.For(nameof(TransferForm.Year))));
    }

    [Fact]
    public async Task Archive_WhileAnOpenRoundtableRecommendsIt_IsRefused()
    {
        var jetNet = await RowAsync(_scenario.JetNetId);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.Practices().ArchiveAsync(jetNet.Id, jetNet.Version));

        Assert.Equal("Jet-Net is used by 1 open roundtable's recommendations; archive refused.", refusal.Message);
    }

    [Fact]
    public async Task Archive_Unused_IsAllowed_AndRestored()
    {
        var unused = await RowAsync(_scenario.UnusedPracticeId);

        var archived = await _scenario.Practices().ArchiveAsync(unused.Id, unused.Version);
        var restored = await _scenario.Practices().RestoreAsync(unused.Id, archived.Version);

        Assert.True(archived.IsArchived);
        Assert.False(restored.IsArchived);
    }

    [Fact]
    public async Task Edit_ChangesTheDetails()
    {
        var jetNet = await RowAsync(_scenario.JetNetId);

        var edited = await _scenario.Practices().UpdateAsync(jetNet.Id, Form("Jet-Net & TechNet", themes: ["stem-strategy", "data"]), jetNet.Version);

        Assert.Equal("Jet-Net & TechNet", edited.Name);
        Assert.Equal(["stem-strategy", "data"], edited.ThemeCodes);
    }

    private async Task<PracticeAdminRow> RowAsync(int id) => (await _scenario.Practices().ListAsync(includeArchived: true)).Single(p => p.Id == id);

    private static PracticeForm Form(string name, IReadOnlyCollection<string>? themes = null) => new()
    {
        Name = name,
        CountryCode = "NL",
        Organisation = "Platform Talent voor Technologie",
        ThemeCodes = themes ?? ["stem-strategy"],
        StartYear = 2002,
    };
}
