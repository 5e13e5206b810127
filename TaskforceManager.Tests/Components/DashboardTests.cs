using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Features.Dashboard.Pages;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Components;

/// <summary>The dashboard shows what is in the database, counted by the real service over real migrations.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private static readonly Actor Secretariat = new("sec-1", "Sofia Secretariat");
    private TestDatabase _database = null!;

    private DateTimeOffset Now => _database.Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        db.Countries.Add(new Country("ES", "Spain", true, CountrySize.Large, ["es", "eu"]));
        db.Countries.Add(new Country("FR", "France", true, CountrySize.Large, ["fr"]));
        db.Themes.Add(new Theme("stem-strategy", "STEM strategy", null));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Figures_ShowTheCountsInTheDatabase()
    {
        await using (var db = _database.CreateContext())
        {
            db.SupportRequests.Add(SupportRequest.Submit(RequestDetails("A STEM strategy for Bretagne", "FR"), RequestChannel.Portal, Secretariat, Now.AddHours(-3)));
            db.SupportRequests.Add(SupportRequest.Submit(RequestDetails("Teacher shortage in Spain", "ES"), RequestChannel.Secretariat, Secretariat, Now.AddDays(-14)));
            var acknowledged = SupportRequest.Submit(RequestDetails("A regional platform", "ES"), RequestChannel.Portal, Secretariat, Now.AddDays(-20));
            acknowledged.Acknowledge(Secretariat, Now.AddDays(-19));
            db.SupportRequests.Add(acknowledged);
            db.Taskforces.Add(Taskforce.Propose(TaskforceDetailsFor("InnoBasque", "ES"), null, null, Secretariat, Now));
            db.Taskforces.Add(Taskforce.Propose(TaskforceDetailsFor("AlertEducation", "FR"), null, null, Secretariat, Now));
            await db.SaveChangesAsync();
        }

        var expected = await CountIndependentlyAsync();
        Assert.Equal((2, 1, 1, 2, 0), expected);
        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(expected.Submitted.ToString(), Count(cut, "requests-Submitted"));
            Assert.Equal(expected.InReview.ToString(), Count(cut, "requests-InReview"));
            Assert.Equal(expected.Overdue.ToString(), Count(cut, "overdue-acknowledgements"));
            Assert.Equal(expected.Proposed.ToString(), Count(cut, "taskforces-Proposed"));
            Assert.Equal(expected.Active.ToString(), Count(cut, "taskforces-Active"));
        });
        Assert.Equal("3", Count(cut, "requests-all"));
        Assert.Equal("1", Count(cut, "taskforces-ES-Proposed"));
        Assert.Equal("1", Count(cut, "taskforces-FR-all"));
        Assert.Equal("3", Count(cut, "theme-stem-strategy"));
        Assert.Equal("0", Count(cut, "briefings-all"));
        Assert.Equal("0", Count(cut, "roundtables-Planned"));
        Assert.Equal("0", Count(cut, "upcoming-meetings"));
        Assert.Equal("0", Count(cut, "overdue-action-items"));
        Assert.Equal("0", Count(cut, "logs-awaiting-review"));
        Assert.Equal("0", Count(cut, "experts"));
        Assert.Equal("0", Count(cut, "best-practices"));
        Assert.Equal("0", Count(cut, "member-organisations"));
    }

    [Fact]
    public async Task OverdueAcknowledgements_StandOutInWordsAndIcon_NotOnlyColour()
    {
        await using (var db = _database.CreateContext())
        {
            db.SupportRequests.Add(SupportRequest.Submit(RequestDetails("Teacher shortage in Spain", "ES"), RequestChannel.Portal, Secretariat, Now.AddDays(-14)));
            await db.SaveChangesAsync();
        }

        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("1", Count(cut, "overdue-acknowledgements")));
        var tile = cut.Find("[data-testid=tile-overdue-acknowledgements]");
        Assert.Equal("true", tile.GetAttribute("data-alert"));
        Assert.Contains("Needs attention: not acknowledged within 5 working days of receipt.", tile.TextContent);
        Assert.Contains("mud-error-text", tile.QuerySelector("svg")!.GetAttribute("class"));
    }

    [Fact]
    public async Task NothingOverdue_SaysSo_WithoutAlert()
    {
        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("0", Count(cut, "overdue-acknowledgements")));
        var tile = cut.Find("[data-testid=tile-overdue-acknowledgements]");
        Assert.Equal("false", tile.GetAttribute("data-alert"));
        Assert.Contains("None past the 5-working-day acknowledgement target.", tile.TextContent);
    }

    [Theory]
    [InlineData("overdue-acknowledgements", "0 overdue acknowledgements", "/requests?overdue=true")]
    [InlineData("upcoming-meetings", "0 meetings in the next 14 days", "/meetings?upcoming=14")]
    [InlineData("overdue-action-items", "0 overdue action items", "/action-items?overdue=true")]
    [InlineData("logs-awaiting-review", "0 meeting logs awaiting review", "/meetings?outcome=Submitted")]
    [InlineData("requests-Submitted", "0 support requests: submitted", "/requests?status=Submitted")]
    [InlineData("requests-all", "0 support requests in all", "/requests")]
    [InlineData("briefings-InReview", "0 policy briefings: in review", "/briefings?status=InReview")]
    [InlineData("taskforces-Active", "0 taskforces: active", "/taskforces?status=Active")]
    [InlineData("roundtables-Planned", "0 roundtables: planned", "/roundtables?status=Planned")]
    [InlineData("meeting-logs-Submitted", "0 meeting logs: submitted", "/meetings?outcome=Submitted")]
    [InlineData("experts", "0 active experts", "/experts")]
    [InlineData("best-practices", "0 best practices", "/practices")]
    [InlineData("member-organisations", "0 member organisations", "/admin/organisations")]
    public async Task EachNumber_IsALinkToTheListItCounts(string figure, string linkName, string href)
    {
        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=count-{figure}]")));
        var link = cut.Find($"[data-testid=count-{figure}]");
        Assert.Equal("A", link.TagName);
        Assert.Equal(linkName, link.AccessibleName());
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public async Task TaskforcesByCountry_LinkToTheListFilteredByStatusAndCountry()
    {
        await using (var db = _database.CreateContext())
        {
            db.Taskforces.Add(Taskforce.Propose(TaskforceDetailsFor("InnoBasque", "ES"), null, null, Secretariat, Now));
            await db.SaveChangesAsync();
        }

        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=taskforces-by-country]")));
        var proposed = cut.Find("[data-testid=count-taskforces-ES-Proposed]");
        Assert.Equal("/taskforces?status=Proposed&country=ES", proposed.GetAttribute("href"));
        Assert.Equal("1 proposed in Spain", proposed.AccessibleName());
        Assert.Equal("/taskforces?status=Active&country=ES", cut.Find("[data-testid=count-taskforces-ES-Active]").GetAttribute("href"));
        Assert.Equal("/taskforces?country=ES", cut.Find("[data-testid=count-taskforces-ES-all]").GetAttribute("href"));
    }

    [Fact]
    public async Task OpenDashboards_ShareOneRenderOfTheSameFigures_AndAChangeIsShownAtOnce()
    {
        await using var ctx = DashboardContext();
        var markup = ctx.Services.GetRequiredService<DashboardMarkup>();

        var first = ctx.Render<Dashboard>();
        first.WaitForAssertion(() => Assert.Equal("0", Count(first, "requests-all")));
        var second = ctx.Render<Dashboard>();
        second.WaitForAssertion(() => Assert.Equal("0", Count(second, "requests-all")));

        Assert.Equal(1, markup.Renders);
        Assert.Equal(first.Markup, second.Markup);

        await using (var db = _database.CreateContext())
        {
            db.SupportRequests.Add(SupportRequest.Submit(RequestDetails("Teacher shortage in Spain", "ES"), RequestChannel.Portal, Secretariat, Now));
            await db.SaveChangesAsync();
        }

        var third = ctx.Render<Dashboard>();

        third.WaitForAssertion(() => Assert.Equal("1", Count(third, "requests-all")));
        Assert.Equal("1", Count(third, "requests-Submitted"));
        Assert.Equal(2, markup.Renders);
    }

    [Fact]
    public async Task Prerendering_HandsItsFiguresToTheCircuitByAKey()
    {
        await using var ctx = DashboardContext();
        ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var markup = ctx.Services.GetRequiredService<DashboardMarkup>();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("0", Count(cut, "requests-all")));
        var key = Assert.IsType<string>(cut.Instance.FiguresKey);
        var handed = markup.TakeOver(key);
        Assert.NotNull(handed);
        Assert.Contains("data-testid=\"count-requests-all\"", handed.Value.Value, StringComparison.Ordinal);
        Assert.Null(markup.TakeOver(key));
    }

    [Fact]
    public async Task Names_AreShownAsText_NeverAsMarkup()
    {
        await using (var db = _database.CreateContext())
        {
            db.Themes.Add(new Theme("maths", "Maths & <b>science</b>", null));
            db.SupportRequests.Add(SupportRequest.Submit(RequestDetails("A maths request", "ES") with { ThemeCodes = ["maths"] },
                RequestChannel.Portal, Secretariat, Now));
            await db.SaveChangesAsync();
        }

        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        cut.WaitForAssertion(() => Assert.Equal("1", Count(cut, "theme-maths")));
        var row = cut.Find("[data-testid=count-theme-maths]").Closest("tr")!;
        Assert.Equal("Maths & <b>science</b>", row.QuerySelector("th")!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=themes-table] b"));
        Assert.Equal("1 requests on Maths & <b>science</b>", cut.Find("[data-testid=count-theme-maths]").AccessibleName());
    }

    [Fact]
    public async Task Page_HasOneLevelOneHeading()
    {
        await using var ctx = DashboardContext();

        var cut = ctx.Render<Dashboard>();

        Assert.Equal("Dashboard", Assert.Single(cut.FindAll("h1")).TextContent.Trim());
    }

    private BunitContext DashboardContext() => ComponentTestContext.Create(services =>
    {
        services.AddSingleton(AcknowledgementPolicy.Default);
        services.AddSingleton(new DashboardService(_database.Factory,
            new AccessPolicy(new FixedUser(ComponentTestContext.Secretariat), _database.Factory, _database.Clock, NullLogger<AccessPolicy>.Instance),
            AcknowledgementPolicy.Default, _database.Clock));
    });

    private static string Count(IRenderedComponent<Dashboard> cut, string tile) =>
        cut.Find($"[data-testid=count-{tile}]").TextContent.Trim();

    /// <summary>The expected figures, worked out from the loaded records with the domain's own rules rather than the service's query.</summary>
    private async Task<(int Submitted, int InReview, int Overdue, int Proposed, int Active)> CountIndependentlyAsync()
    {
        await using var db = _database.CreateContext();
        var requests = await db.SupportRequests.AsNoTracking().ToListAsync();
        var taskforces = await db.Taskforces.AsNoTracking().ToListAsync();
        return (
            requests.Count(r => r.Status == SupportRequestStatus.Submitted),
            requests.Count(r => r.Status == SupportRequestStatus.InReview),
            requests.Count(r => r.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, Now)),
            taskforces.Count(t => t.Status == TaskforceStatus.Proposed),
            taskforces.Count(t => t.Status == TaskforceStatus.Active));
    }

    private static SupportRequestDetails RequestDetails(string title, string country) => new(
        title, country, null, "Ministry of Education", "Camille Martin", "camille@example.org", ["stem-strategy"],
        "Too few young people choose technical studies.", HopedInstrument.Taskforce, Urgency.Normal);

    private static TaskforceDetails TaskforceDetailsFor(string title, string country) => new(
        title, country, null, title, "Regional STEM strategy", null, ["Write a regional STEM strategy"], ["stem-strategy"]);
}
