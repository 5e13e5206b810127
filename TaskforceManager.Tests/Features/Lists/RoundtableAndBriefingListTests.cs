using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Features.Seeding;

namespace TaskforceManager.Tests.Features.Lists;

/// <summary>The roundtable and briefing lists over the demo data, like the taskforce list.</summary>
public sealed class RoundtableAndBriefingListTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private ListTestServices As(TaskforceManager.Domain.Access.Viewer viewer) => new(seeded.Database, viewer);

    public static TheoryData<RoundtableStatus?, string?, string?, string?> RoundtableFilters => new()
    {
        { RoundtableStatus.Planned, null, null, null },
        { null, "NO", null, null },
        { null, null, "teacher-shortage", null },
        { RoundtableStatus.Cancelled, null, "data", null },
        { RoundtableStatus.Planned, "EE", "non-formal-learning", "Estonia" },
        { RoundtableStatus.Reported, "NO", "girls-in-stem", null },
    };

    [Theory]
    [MemberData(nameof(RoundtableFilters))]
    public async Task Roundtables_FiltersCombineLikeAnd(RoundtableStatus? status, string? country, string? theme, string? text)
    {
        await using var db = seeded.Database.CreateContext();
        var expected = (await db.Roundtables.AsNoTracking().ToListAsync())
            .Where(r => status is null || r.Status == status)
            .Where(r => country is null || r.CountryCode == country)
            .Where(r => theme is null || r.ThemeCode == theme)
            .Where(r => text is null || new[] { r.Title, r.RequestedBy ?? "", r.Place ?? "" }.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(r => r.Id).Order().ToList();

        var page = await As(ListTestServices.Secretariat).Roundtables.ListAsync(new RoundtableListFilter(status, country, theme, text), new ListPaging(1, 100));

        Assert.Equal(expected, page.Items.Select(r => r.Id).Order());
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task Roundtables_ShowThemeNames_AndEuropeanOnesHaveNoCountry()
    {
        var page = await As(ListTestServices.Secretariat).Roundtables.ListAsync(new RoundtableListFilter(), new ListPaging(1, 100));

        var climate = Assert.Single(page.Items, r => r.Title.StartsWith("Climate", StringComparison.Ordinal));
        Assert.Null(climate.CountryName);
        Assert.Equal("Climate and sustainability", climate.ThemeName);
        var oslo = Assert.Single(page.Items, r => r.CountryCode == "NO");
        Assert.Equal("Norway", oslo.CountryName);
    }

    [Fact]
    public async Task Roundtables_PagingIsStable()
    {
        var service = As(ListTestServices.Secretariat).Roundtables;
        var whole = await service.ListAsync(new RoundtableListFilter(), new ListPaging(1, 100, "status"));

        var paged = new List<int>();
        for (var page = 1; page <= whole.Total; page++)
        {
            paged.AddRange((await service.ListAsync(new RoundtableListFilter(), new ListPaging(page, 1, "status"))).Items.Select(r => r.Id));
        }

        Assert.Equal(whole.Items.Select(r => r.Id), paged);
    }

    [Fact]
    public async Task Roundtables_AContactFilteringOnAnotherCountry_GetsNothing()
    {
        var contact = As(ListTestServices.NorwegianContact).Roundtables;

        var other = await contact.ListAsync(new RoundtableListFilter(Country: "EE"), new ListPaging(1, 100));
        var own = await contact.ListAsync(new RoundtableListFilter(), new ListPaging(1, 100));

        Assert.Equal(0, other.Total);
        Assert.NotEmpty(own.Items);
        Assert.All(own.Items, r => Assert.Equal("NO", r.CountryCode));
    }

    public static TheoryData<PolicyBriefingStatus?, string?, string?, string?> BriefingFilters => new()
    {
        { PolicyBriefingStatus.Draft, null, null, null },
        { PolicyBriefingStatus.Delivered, null, null, null },
        { null, "LV", null, null },
        { null, null, "teacher-shortage", null },
        { PolicyBriefingStatus.InReview, null, "stem-strategy", "STEM" },
    };

    [Theory]
    [MemberData(nameof(BriefingFilters))]
    public async Task Briefings_FiltersCombineLikeAnd(PolicyBriefingStatus? status, string? country, string? theme, string? text)
    {
        await using var db = seeded.Database.CreateContext();
        var expected = (await db.PolicyBriefings.AsNoTracking().ToListAsync())
            .Where(b => status is null || b.Status == status)
            .Where(b => country is null || b.CountryCode == country)
            .Where(b => theme is null || b.ThemeCodes.Contains(theme))
            .Where(b => text is null || new[] { b.Title, b.RequestingOrganisation ?? "", b.Challenge }.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(b => b.Id).Order().ToList();

        var page = await As(ListTestServices.Secretariat).Briefings.ListAsync(new BriefingListFilter(status, country, theme, text), new ListPaging(1, 100));

        Assert.Equal(expected, page.Items.Select(b => b.Id).Order());
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public async Task Briefings_AContactSeesOnlyTheirCountrys()
    {
        await using var db = seeded.Database.CreateContext();
        var other = await db.PolicyBriefings.Select(b => b.CountryCode).FirstAsync(c => c != "NO");

        var filtered = await As(ListTestServices.NorwegianContact).Briefings.ListAsync(new BriefingListFilter(Country: other), new ListPaging(1, 100));
        var all = await As(ListTestServices.NorwegianContact).Briefings.ListAsync(new BriefingListFilter(), new ListPaging(1, 100));

        Assert.Equal(0, filtered.Total);
        Assert.All(all.Items, b => Assert.Equal("NO", b.CountryCode));
    }
}
