using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Features.Seeding;

namespace TaskforceManager.Tests.Features.Lists;

/// <summary>The taskforce list over the demo data: filters combine, paging is stable, and each viewer's scope holds.</summary>
public sealed class TaskforceListTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private ListTestServices As(TaskforceManager.Domain.Access.Viewer viewer) => new(seeded.Database, viewer);

    [Fact]
    public async Task Unfiltered_TheSecretariatSeesEveryTaskforce_WithCountryNames()
    {
        var all = await AllAsync();

        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100));

        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Select(t => t.Id).Order(), page.Items.Select(r => r.Id).Order());
        var innoBasque = Assert.Single(page.Items, r => r.Title.StartsWith("InnoBasque", StringComparison.Ordinal));
        Assert.Equal("Spain", innoBasque.CountryName);
        Assert.Equal("Basque Country", innoBasque.RegionName);
    }

    public static TheoryData<TaskforceStatus?, string?, string?, string?> Filters => new()
    {
        { TaskforceStatus.Active, null, null, null },
        { null, "NO", null, null },
        { null, null, "stem-strategy", null },
        { null, null, null, "pact" },
        { TaskforceStatus.Active, null, "stem-strategy", null },
        { TaskforceStatus.Active, "NO", "teacher-shortage", null },
        { TaskforceStatus.Concluded, null, "stem-strategy", "platform" },
        { null, "EE", "stem-strategy", "STEM" },
        { TaskforceStatus.Proposed, "DK", null, null },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_CombineLikeAnd(TaskforceStatus? status, string? country, string? theme, string? text)
    {
        var expected = (await AllAsync())
            .Where(t => status is null || t.Status == status)
            .Where(t => country is null || t.CountryCode == country)
            .Where(t => theme is null || t.ThemeCodes.Contains(theme))
            .Where(t => text is null || new[] { t.Title, t.HostOrganisation, t.Summary ?? "" }.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Id).Order().ToList();

        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(new TaskforceListFilter(status, country, theme, text), new ListPaging(1, 100));

        Assert.Equal(expected, page.Items.Select(r => r.Id).Order());
        Assert.Equal(expected.Count, page.Total);
        Assert.All(page.Items, r => Assert.True(status is null || r.Status == status));
    }

    [Fact]
    public async Task Filters_FindSomethingInTheDemoData()
    {
        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(
            new TaskforceListFilter(TaskforceStatus.Active, "NO", "teacher-shortage", null), new ListPaging(1, 100));

        var row = Assert.Single(page.Items);
        Assert.Equal("Towards a New Norwegian STEM Strategy", row.Title);
        Assert.Equal("Norway", row.CountryName);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("title", false)]
    [InlineData("title", true)]
    [InlineData("status", false)]
    [InlineData("status", true)]
    [InlineData("country", false)]
    [InlineData("country", true)]
    [InlineData("host", true)]
    [InlineData("start", false)]
    [InlineData("start", true)]
    public async Task Paging_IsStable_EveryRowOnceInTheSameOrder(string? sort, bool descending)
    {
        var service = As(ListTestServices.Secretariat).Taskforces;
        var whole = await service.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100, sort, descending));

        var paged = new List<int>();
        for (var page = 1; page <= (whole.Total + 1) / 2; page++)
        {
            var slice = await service.ListAsync(new TaskforceListFilter(), new ListPaging(page, 2, sort, descending));
            Assert.Equal(whole.Total, slice.Total);
            paged.AddRange(slice.Items.Select(r => r.Id));
        }

        Assert.Equal(whole.Items.Select(r => r.Id), paged);
    }

    [Fact]
    public async Task SortByCountry_OrdersByTheCountrysName()
    {
        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100, "country"));

        Assert.Equal(page.Items.Select(r => r.CountryName).Order(StringComparer.Ordinal), page.Items.Select(r => r.CountryName));
    }

    [Fact]
    public async Task SortByStatus_FollowsTheWorkflow_NotTheAlphabet()
    {
        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100, "status"));

        Assert.Equal(page.Items.Select(r => (int)r.Status).Order(), page.Items.Select(r => (int)r.Status));
    }

    [Fact]
    public async Task AContact_FilteringOnAnotherCountry_GetsNothing()
    {
        var page = await As(ListTestServices.NorwegianContact).Taskforces.ListAsync(new TaskforceListFilter(Country: "ES"), new ListPaging(1, 100));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task AContact_SeesTheirCountrysTaskforcesOnly_AndFiltersWithinThem()
    {
        var norwegian = (await AllAsync()).Where(t => t.CountryCode == "NO").ToList();
        var contact = As(ListTestServices.NorwegianContact).Taskforces;

        var all = await contact.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100));
        var active = await contact.ListAsync(new TaskforceListFilter(TaskforceStatus.Active), new ListPaging(1, 100));

        Assert.NotEmpty(norwegian);
        Assert.Equal(norwegian.Select(t => t.Id).Order(), all.Items.Select(r => r.Id).Order());
        Assert.Equal(norwegian.Where(t => t.Status == TaskforceStatus.Active).Select(t => t.Id).Order(), active.Items.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task AnExpert_SeesOnlyTheTaskforcesTheyAcceptedAPlaceOn()
    {
        var expert = await ListTestServices.DutchExpertAsync(seeded.Database);
        await using var db = seeded.Database.CreateContext();
        var theirs = await db.Assignments
            .Where(a => a.ExpertId == expert.ExpertId && a.CaseKind == CaseKind.Taskforce && a.Status == TaskforceManager.Domain.Experts.AssignmentStatus.Accepted)
            .Select(a => a.CaseId).Distinct().OrderBy(id => id).ToListAsync();

        var page = await As(expert).Taskforces.ListAsync(new TaskforceListFilter(), new ListPaging(1, 100));

        Assert.Equal(theirs, page.Items.Select(r => r.Id).Order());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task TextSearch_TakesWildcardsLiterally(string text)
    {
        var page = await As(ListTestServices.Secretariat).Taskforces.ListAsync(new TaskforceListFilter(Text: text), new ListPaging(1, 100));

        Assert.Empty(page.Items);
    }

    private async Task<List<Taskforce>> AllAsync()
    {
        await using var db = seeded.Database.CreateContext();
        return await db.Taskforces.AsNoTracking().ToListAsync();
    }
}
