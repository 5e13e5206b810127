using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Features.Requests.Pages;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The requests list as the secretariat uses it: the URL sets the view, overdue rows stand out, bulk actions report each refusal.</summary>
public sealed class RequestsListPageTests : IAsyncLifetime
{
    private RequestScenario _s = null!;
    private int _overdue, _inReview, _fresh;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        _overdue = await _s.AddAsync("Teacher shortage in Madrid", receivedAt: On(2026, 11, 2));
        _inReview = await _s.AddAsync("Basque STEM strategy", "ES", _s.BasqueId, On(2026, 11, 3), then: (r, at) => r.Acknowledge(Setup, at));
        _fresh = await _s.AddAsync("Girls in STEM in Bretagne", "FR", _s.BretagneId, On(2026, 11, 23));
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private (BunitContext Context, IRenderedComponent<RequestsList> Cut) Open(string uri = "/requests")
    {
        var ctx = ComponentTestContext.Create(services => _s.Register(services, Secretariat), Secretariat);
        ctx.Render<MudPopoverProvider>();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = ctx.Render<RequestsList>();
        return (ctx, cut);
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<RequestsList> cut) =>
        cut.FindAll("[data-testid=row-title]").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task Rows_ShowTheRequestInWords_AndLinkToIt()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=request-link]").Count));
        var reference = (await _s.ReadAsync(_overdue)).Reference;
        var link = Assert.Single(cut.FindAll("[data-testid=request-link]"), a => a.TextContent.Trim() == reference);
        Assert.Equal($"/requests/{_overdue}", link.GetAttribute("href"));
        var row = link.Closest("tr")!;
        Assert.Contains("Spain", row.TextContent);
        Assert.Contains("Submitted", row.TextContent);
        Assert.Contains("2 November 2026", row.TextContent);
        Assert.Contains("9 November 2026", row.TextContent);
        Assert.Equal("3 requests", cut.Find("[data-testid=total]").TextContent.Trim());
    }

    [Fact]
    public async Task OverdueRows_StandOut_WithAnIconAndWords()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=request-link]").Count));
        var overdue = Assert.Single(cut.FindAll("[data-testid=acknowledgement-clock][data-overdue=true]"));
        Assert.Equal("Overdue by 11 working days", overdue.TextContent.Trim());
        Assert.NotNull(overdue.QuerySelector("svg"));
        Assert.Contains("request-row--overdue", overdue.Closest("tr")!.ClassName);
        Assert.Equal("4 working days left", Assert.Single(cut.FindAll("[data-testid=acknowledgement-clock][data-overdue=false]")).TextContent.Trim());
    }

    [Fact]
    public async Task TheDashboardsLink_OpensTheOverdueView()
    {
        var (ctx, cut) = Open("/requests?overdue=true");
        await using var _ = ctx;

        cut.WaitForAssertion(() => Assert.Equal(["Teacher shortage in Madrid"], Titles(cut)));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)cut.Find("[data-testid=filter-overdue]")).IsChecked);
    }

    [Fact]
    public async Task FiltersInTheUrl_AreApplied()
    {
        var (ctx, cut) = Open("/requests?country=FR");
        await using var _ = ctx;

        cut.WaitForAssertion(() => Assert.Equal(["Girls in STEM in Bretagne"], Titles(cut)));
    }

    [Fact]
    public async Task ChangingAFilter_PutsTheViewInTheUrl()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;
        cut.WaitForAssertion(() => Assert.Equal(3, Titles(cut).Count));

        await cut.Find("[data-testid=filter-overdue]").ChangeAsync(new ChangeEventArgs { Value = true });

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal(["Teacher shortage in Madrid"], Titles(cut)));
        Assert.Equal("http://localhost/requests?overdue=true", navigation.Uri);
    }

    [Fact]
    public async Task ChangingAFilter_OnALaterPage_ShowsTheFirstPage_AndForgetsTheSelection()
    {
        var (ctx, cut) = Open("/requests?page=2&size=1");
        await using var _ = ctx;
        cut.WaitForAssertion(() => Assert.Equal(["Basque STEM strategy"], Titles(cut)));
        var basque = (await _s.ReadAsync(_inReview)).Reference;
        await cut.CheckboxNamed($"Select {basque}").ChangeAsync(new ChangeEventArgs { Value = true });
        cut.WaitForAssertion(() => Assert.Equal("1 request selected", cut.Find("[data-testid=selected-count]").TextContent.Trim()));

        await cut.Find("[data-testid=filter-overdue]").ChangeAsync(new ChangeEventArgs { Value = true });

        cut.WaitForAssertion(() => Assert.Equal(["Teacher shortage in Madrid"], Titles(cut)));
        Assert.Equal("1 request", cut.Find("[data-testid=total]").TextContent.Trim());
        Assert.Equal("Select requests to act on several at once.", cut.Find("[data-testid=selected-count]").TextContent.Trim());
        var address = ctx.Services.GetRequiredService<NavigationManager>().Uri;
        Assert.Contains("overdue=true", address);
        Assert.DoesNotContain("page=", address);
    }

    [Fact]
    public async Task NavigatingToAnotherView_ShowsIt()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;
        cut.WaitForAssertion(() => Assert.Equal(3, Titles(cut).Count));

        await cut.InvokeAsync(() => ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/requests?status=InReview"));

        cut.WaitForAssertion(() => Assert.Equal(["Basque STEM strategy"], Titles(cut)));
    }

    [Fact]
    public async Task BulkAcknowledge_WithOneIneligibleRow_ReportsIt_AndAcknowledgesTheOthers()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;
        cut.WaitForAssertion(() => Assert.Equal(3, Titles(cut).Count));
        var references = new Dictionary<int, string>();
        foreach (var id in new[] { _overdue, _inReview, _fresh })
        {
            references[id] = (await _s.ReadAsync(id)).Reference;
            await cut.CheckboxNamed($"Select {references[id]}").ChangeAsync(new ChangeEventArgs { Value = true });
        }

        cut.WaitForAssertion(() => Assert.Equal("3 requests selected", cut.Find("[data-testid=selected-count]").TextContent.Trim()));
        await cut.Find("[data-testid=bulk-acknowledge]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Acknowledged: 2 requests; 1 refused.", cut.Find("[data-testid=bulk-summary]").TextContent.Trim()));
        var refusal = Assert.Single(cut.FindAll("[data-testid=bulk-refusal]"));
        Assert.Equal(
            $"{references[_inReview]}: This request is in review, so it cannot be acknowledged. Only a request that is submitted can be acknowledged.",
            refusal.TextContent.Trim());
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_overdue)).Status);
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_fresh)).Status);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=acknowledgement-clock]")));
        Assert.Equal("Select requests to act on several at once.", cut.Find("[data-testid=selected-count]").TextContent.Trim());
    }

    [Fact]
    public async Task ThePage_HasOneHeadingNamingIt_AtItsRoute()
    {
        var (ctx, cut) = Open();
        await using var _ = ctx;

        Assert.Equal("Requests", Assert.Single(cut.FindAll("h1")).TextContent.Trim());
        Assert.Equal(RequestListQuery.Path, typeof(RequestsList).GetCustomAttributes(typeof(RouteAttribute), false).Cast<RouteAttribute>().Single().Template);
    }
}
