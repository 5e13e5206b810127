using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Practices;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The best-practice collection on real SQLite: filters and search in the database, transfers, and where a practice was used in cases.</summary>
public sealed class PracticeLibraryTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _jetNetId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        (_jetNetId, _) = await SuggestionWorld.AddExpertiseAndPracticesAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private PracticeLibraryService For(Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(_world.Database.Options, user, _world.Database.Clock);
        return new PracticeLibraryService(factory, new AccessPolicy(user, factory, _world.Database.Clock, NullLogger<AccessPolicy>.Instance));
    }

    private async Task<List<string>> NamesAsync(PracticeListFilter filter) =>
        (await For(CaseWorld.Secretariat).ListAsync(filter, new ListPaging(1, 25, "name"))).Items.Select(p => p.Name).ToList();

    [Fact]
    public async Task Filters_AndSearch_Narrow()
    {
        Assert.Equal(["Girls' Day", "Jet-Net"], await NamesAsync(new PracticeListFilter()));
        Assert.Equal(["Jet-Net"], await NamesAsync(new PracticeListFilter(Level: EducationLevel.Secondary)));
        Assert.Equal(["Girls' Day"], await NamesAsync(new PracticeListFilter(Country: "dk")));
        Assert.Equal(["Girls' Day"], await NamesAsync(new PracticeListFilter(Theme: "girls-in-stem")));
        Assert.Equal(["Jet-Net"], await NamesAsync(new PracticeListFilter(TransferredOnly: true)));
        Assert.Equal(["Jet-Net"], await NamesAsync(new PracticeListFilter(Funding: FundingModel.PublicPrivate)));
        Assert.Equal(["Jet-Net"], await NamesAsync(new PracticeListFilter(Text: "200 schools")));
        Assert.Empty(await NamesAsync(new PracticeListFilter(Status: PracticeStatus.Completed)));
    }

    [Fact]
    public async Task ARow_CarriesTheTransfers()
    {
        var page = await For(CaseWorld.Secretariat).ListAsync(new PracticeListFilter(Text: "Jet"), new ListPaging());

        var row = Assert.Single(page.Items);
        Assert.Equal([new PracticeTransferLine("DK", "Denmark", 2012, "Became Engineer the Future")], row.Transfers);
        Assert.Equal("Netherlands", row.CountryName);
    }

    [Fact]
    public async Task APractice_ShowsTheCasesWhoseRecommendationsCiteIt_WithinTheViewersScope()
    {
        var (_, roundtableId) = await _world.PlannedRoundtableAsync();
        await using (var db = _world.Database.CreateContext())
        {
            var roundtable = await db.Roundtables.SingleAsync(r => r.Id == roundtableId);
            var setup = new Actor("setup", "Setup");
            roundtable.RecordHeld(new DateOnly(2026, 11, 10), setup, _world.Now);
            roundtable.AddRecommendation("Start a Jet-Net-like network of companies and schools.", null, _jetNetId, setup, _world.Now);
            await db.SaveChangesAsync();
        }

        var bySecretariat = await For(CaseWorld.Secretariat).GetAsync(_jetNetId);
        var byDutchContact = await For(Viewer.Contact("user-nl", "Dutch contact", "NL", null)).GetAsync(_jetNetId);

        var use = Assert.Single(bySecretariat.UsedIn);
        Assert.Equal(new PracticeUse("Roundtable", "Girls in STEM in Euskadi", $"/roundtables/{roundtableId}", "Start a Jet-Net-like network of companies and schools."), use);
        Assert.Empty(byDutchContact.UsedIn);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsRefused()
    {
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => For(Viewer.Anonymous).ListAsync(new PracticeListFilter(), new ListPaging()));
    }
}
