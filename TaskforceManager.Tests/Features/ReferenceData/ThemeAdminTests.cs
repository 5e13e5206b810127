using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.Tests.Features.ReferenceData;

/// <summary>Themes: archived rather than deleted, never while open work uses them, and clashes told on the field.</summary>
public sealed class ThemeAdminTests : IAsyncLifetime
{
    private ReferenceScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReferenceScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Archive_WhenOpenRequestsAndActiveExpertsUseIt_IsRefused_SayingWhatUsesIt()
    {
        var themes = _scenario.Themes();
        var theme = await RowAsync("teacher-shortage");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => themes.ArchiveAsync(theme.Code, theme.Version));

        Assert.Equal("Teacher shortage is used by 1 open request and 1 active expert; archive refused.", refusal.Message);
        Assert.False((await RowAsync("teacher-shortage")).IsArchived);
    }

    [Fact]
    public async Task Archive_CountsOpenCasesOfEveryKind()
    {
        var themes = _scenario.Themes();
        var strategy = await RowAsync("stem-strategy");
        var data = await RowAsync("data");

        var strategyRefusal = await Assert.ThrowsAsync<DomainException>(() => themes.ArchiveAsync(strategy.Code, strategy.Version));
        var dataRefusal = await Assert.ThrowsAsync<DomainException>(() => themes.ArchiveAsync(data.Code, data.Version));

        Assert.Equal("National and regional STEM strategy is used by 1 open taskforce; archive refused.", strategyRefusal.Message);
        Assert.Equal("Data and monitoring is used by 1 open roundtable; archive refused.", dataRefusal.Message);
    }

    [Fact]
    public async Task Archive_WhenOnlyClosedCasesUseIt_IsAllowed_AndTakesItOutOfThePickers()
    {
        var girls = await RowAsync("girls-in-stem");

        var archived = await _scenario.Themes().ArchiveAsync(girls.Code, girls.Version);

        Assert.True(archived.IsArchived);
        Assert.DoesNotContain(await _scenario.Reference().ActiveThemesAsync(), t => t.Code == "girls-in-stem");
        Assert.Contains(await _scenario.Reference().AllThemesAsync(), t => t.Code == "girls-in-stem" && t.IsArchived);
        Assert.DoesNotContain(await _scenario.Themes().ListAsync(includeArchived: false), t => t.Code == "girls-in-stem");

        var restored = await _scenario.Themes().RestoreAsync(archived.Code, archived.Version);

        Assert.False(restored.IsArchived);
        Assert.Contains(await _scenario.Reference().ActiveThemesAsync(), t => t.Code == "girls-in-stem");
    }

    [Fact]
    public async Task NothingIsEverDeleted_ArchivingKeepsTheRowAndAuditsTheChange()
    {
        var girls = await RowAsync("girls-in-stem");

        await _scenario.Themes().ArchiveAsync(girls.Code, girls.Version);

        await using var db = _scenario.Database.CreateContext();
        Assert.True(await db.Themes.AnyAsync(t => t.Code == "girls-in-stem"));
        Assert.Contains(await db.AuditEntries.Where(a => a.Entity == "Theme" && a.EntityKey == "girls-in-stem").ToListAsync(),
            a => a.Field == "IsArchived" && a.NewValue == "True" && a.UserName == "Sofia Secretariat");
    }

    [Fact]
    public async Task Create_WithANameAlreadyTaken_GivesTheMessageOnTheNameField()
    {
        var clash = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Themes().CreateAsync(new ThemeForm { Code = "teachers", Name = "teacher SHORTAGE" }));

        Assert.Equal("There is already a theme called 'Teacher shortage' (code teacher-shortage).", Assert.Single(clash.For(nameof(ThemeForm.Name))));
    }

    [Fact]
    public async Task Create_WithACodeAlreadyTaken_GivesTheMessageOnTheCodeField()
    {
        var clash = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Themes().CreateAsync(new ThemeForm { Code = "data", Name = "Statistics" }));

        Assert.Equal("There is already a theme with the code 'data' (Data and monitoring).", Assert.Single(clash.For(nameof(ThemeForm.Code))));
    }

    [Fact]
    public async Task Create_WithBadValues_IsRefusedByTheValidatorInTheService()
    {
        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _scenario.Themes().CreateAsync(new ThemeForm { Code = "Bad Code!", Name = "", Description = new string('x', 1001) }));

        Assert.Equal("A code may only hold lower-case letters, digits and hyphens (e.g. girls-in-stem).", Assert.Single(refusal.For(nameof(ThemeForm.Code))));
        Assert.Equal("Enter the theme's name.", Assert.Single(refusal.For(nameof(ThemeForm.Name))));
        Assert.Equal("A description has at most 1000 characters.", Assert.Single(refusal.For(nameof(ThemeForm.Description))));
    }

    [Fact]
    public async Task Create_AndRename_Work()
    {
        var created = await _scenario.Themes().CreateAsync(new ThemeForm { Code = "digital-skills", Name = "Digital skills" });
        var renamed = await _scenario.Themes().UpdateAsync(created.Code, new ThemeForm { Code = created.Code, Name = "Digital competences", Description = "Computing." }, created.Version);

        Assert.Equal("Digital competences", renamed.Name);
        Assert.Equal("Computing.", renamed.Description);
        Assert.NotEqual(created.Version, renamed.Version);
    }

    [Fact]
    public async Task Rename_FromAStaleVersion_IsAConflict_AndTheOtherChangeSurvives()
    {
        var before = await RowAsync("data");
        await _scenario.Themes().UpdateAsync("data", new ThemeForm { Code = "data", Name = "Data" }, before.Version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _scenario.Themes().UpdateAsync("data", new ThemeForm { Code = "data", Name = "Monitoring" }, before.Version));

        Assert.Equal("Data", (await RowAsync("data")).Name);
    }

    [Fact]
    public async Task OnlyTheSecretariat_ManagesThemes()
    {
        var contact = _scenario.Themes(ReferenceScenario.Contact);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => contact.ListAsync(includeArchived: true));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => contact.CreateAsync(new ThemeForm { Code = "x", Name = "X" }));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => contact.ArchiveAsync("data", Guid.Empty));
    }

    private async Task<ThemeAdminRow> RowAsync(string code) =>
        (await _scenario.Themes().ListAsync(includeArchived: true)).Single(t => t.Code == code);
}
