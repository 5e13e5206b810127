using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The expert directory on real SQLite: filters and paging in the database, the viewer's scope, private data only for the secretariat and the expert.</summary>
public sealed class ExpertDirectoryTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        await SuggestionWorld.AddExpertiseAndPracticesAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private ExpertDirectoryService Secretariat => MatchingServices.DirectoryFor(_world.Database, CaseWorld.Secretariat);

    private async Task<List<string>> NamesAsync(ExpertListFilter filter, ExpertDirectoryService? service = null) =>
        (await (service ?? Secretariat).ListAsync(filter, new ListPaging(1, 25, "name"))).Items.Select(r => r.FullName).ToList();

    [Fact]
    public async Task TheSecretariat_SeesEveryExpert_SortedAndPaged()
    {
        var page = await Secretariat.ListAsync(new ExpertListFilter(), new ListPaging(2, 2, "name"));

        Assert.Equal(5, page.Total);
        Assert.Equal(["Jon Garcia", "Lars Jensen"], page.Items.Select(r => r.FullName));
    }

    [Fact]
    public async Task Filters_ByLanguageCountrySectorAndOrganisation_Narrow()
    {
        int astraId;
        await using (var db = _world.Database.CreateContext())
        {
            astraId = await db.Organisations.Where(o => o.Name == "Astra").Select(o => o.Id).SingleAsync();
        }

        Assert.Equal(["Jon Garcia"], await NamesAsync(new ExpertListFilter(Language: "es")));
        Assert.Equal(["Eva Berg", "Lars Jensen"], await NamesAsync(new ExpertListFilter(Country: "dk")));
        Assert.Equal(["Eva Berg", "Lars Jensen"], await NamesAsync(new ExpertListFilter(OrganisationId: astraId)));
        Assert.Equal(["Anna de Vries", "Piet Smit"], await NamesAsync(new ExpertListFilter(Sector: HelixSector.Industry)));
        Assert.Equal(["Jon Garcia"], await NamesAsync(new ExpertListFilter(Text: "garc")));
    }

    [Fact]
    public async Task Filters_ByThemeAndAvailability_Narrow()
    {
        await using (var db = _world.Database.CreateContext())
        {
            var lars = await db.Experts.SingleAsync(e => e.Id == _world.MemberExpertId);
            lars.RemoveExpertise("stem-strategy");
            lars.AddUnavailablePeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), "Parental leave");
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain("Lars Jensen", await NamesAsync(new ExpertListFilter(Theme: "stem-strategy")));
        Assert.Equal(4, (await NamesAsync(new ExpertListFilter(Theme: "stem-strategy"))).Count);
        var available = await NamesAsync(new ExpertListFilter(AvailableOnly: true));
        Assert.DoesNotContain("Lars Jensen", available);
        Assert.Contains("Anna de Vries", available);
    }

    [Fact]
    public async Task AnExpert_SeesThemselfAndTheirTeammates_AndAContactOnlyTheTeamsOfTheirCases()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.MemberExpertId, AssignmentRole.Member, accepted: true);
        var anna = MatchingServices.DirectoryFor(_world.Database, Viewer.ForExpert("user-anna", "Anna de Vries", _world.LeadExpertId));
        var contact = MatchingServices.DirectoryFor(_world.Database, _world.BasqueContact);
        var dutchContact = MatchingServices.DirectoryFor(_world.Database, Viewer.Contact("user-nl", "Dutch contact", "NL", null));

        Assert.Equal(["Anna de Vries", "Lars Jensen"], await NamesAsync(new ExpertListFilter(), anna));
        Assert.Equal(["Anna de Vries", "Lars Jensen"], await NamesAsync(new ExpertListFilter(), contact));
        Assert.Empty(await NamesAsync(new ExpertListFilter(), dutchContact));
    }

    [Fact]
    public async Task TheExpertsPage_ShowsPrivateData_OnlyToTheSecretariatAndTheExpert()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.MemberExpertId, AssignmentRole.Member, accepted: true);
        var lars = Viewer.ForExpert("user-lars", "Lars Jensen", _world.MemberExpertId);
        var anna = Viewer.ForExpert("user-anna", "Anna de Vries", _world.LeadExpertId);

        var bySecretariat = await Secretariat.GetAsync(_world.MemberExpertId);
        var bySelf = await MatchingServices.DirectoryFor(_world.Database, lars).GetAsync(_world.MemberExpertId);
        var byTeammate = await MatchingServices.DirectoryFor(_world.Database, anna).GetAsync(_world.MemberExpertId);

        Assert.Equal("lars@example.org", bySecretariat.Private?.Email);
        Assert.Equal("lars@example.org", bySelf.Private?.Email);
        Assert.Null(byTeammate.Private);
        Assert.Equal("Astra", byTeammate.OrganisationName);
        Assert.Equal("Denmark", byTeammate.CountryName);
        Assert.Equal([new ExpertThemeView("stem-strategy", "STEM strategy", ExpertiseLevel.Working)], byTeammate.Themes);
        var assignment = Assert.Single(byTeammate.Assignments);
        Assert.Equal("Case", assignment.CaseTitle);
        Assert.True(assignment.IsCurrent);
    }

    [Fact]
    public async Task TheExpertsPage_ShowsConflictsAndUnavailablePeriods_ToTheSecretariat()
    {
        var jon = await Secretariat.GetAsync(_world.ConflictedExpertId);

        var conflict = Assert.Single(jon.Private!.Conflicts);
        Assert.Equal((ConflictKind.Country, "ES"), (conflict.Kind, conflict.Subject));
        Assert.Equal(MembershipStatus.Active, jon.Membership);
    }

    [Fact]
    public async Task AnExpertNotInScope_IsNotFound()
    {
        var lars = MatchingServices.DirectoryFor(_world.Database, Viewer.ForExpert("user-lars", "Lars Jensen", _world.MemberExpertId));

        await Assert.ThrowsAsync<RecordNotFoundException>(() => lars.GetAsync(_world.ConflictedExpertId));
    }
}
