using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Features.Reports.Pages;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>The /reports page as a user meets it: choose, show, read the report and its chart's table, find the downloads.</summary>
public sealed class ReportsPageTests(ReportScenarioFixture fixture) : IClassFixture<ReportScenarioFixture>
{
    private ReportScenario Scenario => fixture.Scenario;

    [Fact]
    public async Task The_secretariat_shows_the_pipeline_with_charts_their_tables_and_the_downloads()
    {
        await using var ctx = Context(ReportScenario.Secretariat);
        var cut = RenderPage(ctx);

        Assert.Equal("Reports", cut.Find("h1").TextContent.Trim());
        cut.Find("[data-testid=show-report]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Pipeline report", cut.Find("[data-testid=report-title]").TextContent.Trim()));
        Assert.Equal("/reports?report=pipeline&from=2026-01-01&to=2026-11-24", new Uri(ctx.Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery);
        Assert.NotNull(cut.Find("[data-testid=chart-by-status]"));
        var byStatus = cut.Find("table[data-testid=table-by-status]");
        Assert.Equal(["Status", "Requests"], byStatus.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Contains(byStatus.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("Accepted", StringComparison.Ordinal) && tr.LastElementChild!.TextContent == "3");
        Assert.Equal(
            ["Requests by status", "Requests by country", "Requests by theme", "Cases opened in the period", "Time in each stage", "Overdue on 24 November 2026"],
            cut.FindAll("h3").Select(h => h.TextContent.Trim()));

        var docx = cut.Find("[data-testid=download-docx]");
        Assert.Equal("/api/reports/pipeline/docx?from=2026-01-01&to=2026-11-24", docx.GetAttribute("href"));
        Assert.Equal("pipeline-2026-01-01-to-2026-11-24-report-2026-11-24.docx", docx.GetAttribute("download"));
        Assert.Contains(cut.FindAll("[data-testid=download-csv] a"), a => a.GetAttribute("href") == "/api/reports/pipeline/csv?from=2026-01-01&to=2026-11-24&table=requests");
    }

    [Fact]
    public async Task A_bookmarked_address_shows_its_report()
    {
        await using var ctx = Context(ReportScenario.Secretariat);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/reports?report=taskforce-progress&id={Scenario.TaskforceId}");

        var cut = RenderPage(ctx);

        cut.WaitForAssertion(() => Assert.Equal("InnoBasque", cut.Find("[data-testid=report-title]").TextContent.Trim()));
        var team = cut.Find("table[data-testid=table-team]");
        Assert.Contains("Iñaki Ñúñez", team.TextContent, StringComparison.Ordinal);
        Assert.Equal("taskforce-innobasque-progress-2026-11-24.docx", cut.Find("[data-testid=download-docx]").GetAttribute("download"));
    }

    [Fact]
    public async Task A_contact_is_offered_their_country_only_and_a_refusal_is_shown_in_words()
    {
        await using var ctx = Context(Scenario.BasqueContact);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/reports?report=country-overview&country=NO");

        var cut = RenderPage(ctx);

        cut.WaitForAssertion(() => Assert.Contains("You can only produce the overview of your own country.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=report]"));
        Assert.DoesNotContain("Pipeline report", cut.Markup, StringComparison.Ordinal);
    }

    /// <summary>The page with the providers the layout gives it (snackbar for refusals, popovers for the pickers).</summary>
    private static IRenderedComponent<IComponent> RenderPage(BunitContext ctx) => ctx.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<ReportsPage>(2);
        builder.CloseComponent();
    });

    private BunitContext Context(Viewer viewer) => ComponentTestContext.Create(services =>
    {
        services.AddSingleton(ReportServices.For(Scenario.Database, viewer));
        services.AddScoped<UserFeedback>();
    }, viewer);
}
