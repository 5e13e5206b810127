using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Requests;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>Paging is stable: with ties in the sorted column, the id still decides, so pages never overlap or skip.</summary>
public sealed class RequestListPagingTests : IAsyncLifetime
{
    private RequestScenario _s = null!;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        var sameMoment = On(2026, 11, 16);
        for (var i = 0; i < 23; i++)
        {
            // Many ties on both the receipt time and the title.
            await _s.AddAsync(i % 3 == 0 ? "Same title" : $"Request {i:D2}", i % 2 == 0 ? "ES" : "FR", receivedAt: i < 15 ? sameMoment : sameMoment.AddDays(-i));
        }
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Theory]
    [InlineData(RequestSort.Received, true)]
    [InlineData(RequestSort.Received, false)]
    [InlineData(RequestSort.Title, false)]
    [InlineData(RequestSort.Country, true)]
    [InlineData(RequestSort.Status, false)]
    public async Task Pages_DoNotOverlap_AndTogetherAreTheWholeOrderedList(RequestSort sort, bool descending)
    {
        var lists = _s.ServicesFor(Secretariat).Lists;
        var query = new RequestListQuery { Sort = sort, Descending = descending, Size = 10 };

        var page1 = await lists.ListAsync(query with { Page = 1 });
        var page2 = await lists.ListAsync(query with { Page = 2 });
        var page3 = await lists.ListAsync(query with { Page = 3 });
        var all = await lists.ListAsync(query with { Page = 1, Size = 100 });

        Assert.Equal(23, page1.Total);
        Assert.Equal((10, 10, 3), (page1.Rows.Count, page2.Rows.Count, page3.Rows.Count));
        Assert.Empty(page1.Rows.Select(r => r.Id).Intersect(page2.Rows.Select(r => r.Id)));
        Assert.Equal(all.Rows.Select(r => r.Id), page1.Rows.Concat(page2.Rows).Concat(page3.Rows).Select(r => r.Id));
        var again = await lists.ListAsync(query with { Page = 2 });
        Assert.Equal(page2.Rows.Select(r => r.Id), again.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task ReceivedOrder_MatchesAnIndependentOrdering()
    {
        var rows = (await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery { Size = 100 })).Rows;

        await using var db = _s.Database.CreateContext();
        var expected = (await db.SupportRequests.AsNoTracking().ToListAsync())
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Select(r => r.Id);
        Assert.Equal(expected, rows.Select(r => r.Id));
    }

    [Fact]
    public async Task APageBeyondTheEnd_IsEmpty_AndSaysHowManyThereAre()
    {
        var page = await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery { Page = 9, Size = 10 });

        Assert.Empty(page.Rows);
        Assert.Equal(23, page.Total);
    }
}
