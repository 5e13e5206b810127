using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Dashboard;
using DashboardPage = TaskforceManager.App.Features.Dashboard.Pages.Dashboard;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Components;
using TaskforceManager.Tests.Features.Seeding;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Dashboard;

/// <summary>The dashboard over the demo data, read as a user reads it: every number a link to the list it counts.</summary>
public sealed class DashboardPageTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    [Fact]
    public async Task EveryNumber_IsALink_ToTheListFilteredAccordingly()
    {
        var view = await Service().GetAsync();
        await using var ctx = Context();

        var cut = ctx.Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=taskforces-by-country]")));
        foreach (var breakdown in view.ByStatus)
        {
            var parameter = breakdown.Kind == "meeting-logs" ? "outcome" : "status";
            foreach (var status in breakdown.Counts)
            {
                var link = cut.Find($"[data-testid=count-{breakdown.Kind}-{status.Status}]");
                Assert.Equal($"{breakdown.ListPath}?{parameter}={status.Status}", link.GetAttribute("href"));
                Assert.Equal(status.Count.ToString(), link.TextContent.Trim());
            }
        }

        foreach (var country in view.TaskforcesByCountry)
        {
            var active = cut.Find($"[data-testid=count-taskforces-{country.CountryCode}-Active]");
            Assert.Equal($"/taskforces?status=Active&country={country.CountryCode}", active.GetAttribute("href"));
            Assert.Equal(country.Counts.Single(c => c.Status == "Active").Count.ToString(), active.TextContent.Trim());
        }

        foreach (var theme in view.RequestsByTheme)
        {
            var link = cut.Find($"[data-testid=count-theme-{theme.Code}]");
            Assert.Equal($"/requests?theme={theme.Code}", link.GetAttribute("href"));
            Assert.Equal(theme.Count.ToString(), link.TextContent.Trim());
        }

        Assert.Equal(view.Counts.OverdueRequests.ToString(), cut.Find("[data-testid=count-overdue-acknowledgements]").TextContent.Trim());
        Assert.Equal("/requests?overdue=true", cut.Find("[data-testid=count-overdue-acknowledgements]").GetAttribute("href"));
        Assert.Equal(view.Counts.UpcomingMeetings.ToString(), cut.Find("[data-testid=count-upcoming-meetings]").TextContent.Trim());
        Assert.Equal("/meetings?upcoming=14", cut.Find("[data-testid=count-upcoming-meetings]").GetAttribute("href"));
        Assert.Equal(view.Counts.OverdueActionItems.ToString(), cut.Find("[data-testid=count-overdue-action-items]").TextContent.Trim());
        Assert.Equal("/action-items?overdue=true", cut.Find("[data-testid=count-overdue-action-items]").GetAttribute("href"));

        // No count sits in a table cell without its link.
        var cells = cut.FindAll(".dashboard-status-table td, [data-testid=taskforces-by-country] td, [data-testid=themes-table] td");
        Assert.NotEmpty(cells);
        Assert.All(cells, td => Assert.Equal("A", Assert.Single(td.Children).TagName));
        Assert.All(cut.FindAll("[data-testid^=count-]"), e => Assert.Equal("A", e.TagName));
    }

    [Fact]
    public async Task Charts_HaveATextAlternative()
    {
        var view = await Service().GetAsync();
        await using var ctx = Context();

        var cut = ctx.Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=chart-taskforce-timeline]")));
        foreach (var chart in new[] { "chart-taskforce-timeline", "chart-requests-by-theme" })
        {
            var figure = cut.Find($"[data-testid={chart}] figure");
            Assert.NotNull(figure.QuerySelector("figcaption"));
            Assert.NotNull(figure.QuerySelector("details table caption"));
            Assert.All(figure.QuerySelectorAll("svg"), svg => Assert.NotNull(svg.Closest("[aria-hidden=true]")));
        }

        var timeline = cut.Find("[data-testid=timeline-table]");
        Assert.Equal(view.Timeline.Periods.Count, timeline.QuerySelectorAll("tbody tr").Length);
        var active = view.Timeline.Series.Single(s => s.Status == "Active").Counts[^1];
        Assert.Contains($"from {view.Timeline.Periods[0]} to today", cut.Find("[data-testid=timeline-summary]").TextContent, StringComparison.Ordinal);
        Assert.Contains($"{active} active", cut.Find("[data-testid=timeline-summary]").TextContent, StringComparison.Ordinal);
        var top = view.RequestsByTheme[0];
        Assert.Contains($"{top.Name} ({top.Count})", cut.Find("[data-testid=themes-summary]").TextContent, StringComparison.Ordinal);
    }

    private DashboardService Service()
    {
        var user = new FixedUser(ComponentTestContext.Secretariat);
        var factory = new AppDbContextFactory(seeded.Database.Options, user, seeded.Database.Clock);
        return new DashboardService(factory, new AccessPolicy(user, factory, seeded.Database.Clock, NullLogger<AccessPolicy>.Instance),
            AcknowledgementPolicy.Default, seeded.Database.Clock);
    }

    private BunitContext Context() => ComponentTestContext.Create(services =>
    {
        services.AddSingleton(AcknowledgementPolicy.Default);
        services.AddSingleton(Service());
    });
}
