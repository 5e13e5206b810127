using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>
/// The pipeline report against a small data set worked out by hand. Period 1 January – 30 June 2026; the clock is at
/// 24 November 2026. Every instant is 09:00 UTC, so each duration is a whole number of days.
/// <code>
/// request  country themes                        received  acknowledged  then
/// R1       ES      teacher-shortage              5 Jan     6 Jan (1)     briefing delivered 25 Jan (20)
/// R2       ES      teacher-shortage, girls       2 Feb     4 Feb (2)     taskforce activated 4 Mar (30)
/// R3       FR      girls                         2 Mar     5 Mar (3)     briefing delivered 12 Mar (10); a taskforce proposed
///                                                                        from that briefing (no request link of its own) activated 11 Apr (40)
/// R4       FR      data                          1 Apr     8 Apr (7)     declined
/// R5       HU      data                          4 May     14 May (10)   in review
/// R6       HU      teacher-shortage              1 Jun     –             still submitted: overdue (due 8 Jun)
/// R8       ES      girls                         29 Jun    –             withdrawn
/// R7       NO      data                          20 Dec 2025             outside the period
/// </code>
/// Acknowledgement days 1, 2, 3, 7, 10: median 3, 90th percentile 7 + 0.6 × 3 = 8.8.
/// Briefing delivered 10, 20: median 15, 90th 19. Taskforce active 30, 40: median 35, 90th 39.
/// </summary>
public sealed class PipelineReportTests : IAsyncLifetime
{
    private static readonly Actor Setup = new("setup", "Scenario setup");
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 6, 30);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await BuildAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Viewer Secretariat => Viewer.Secretariat("u-sec", "Sofia Secretariat");

    [Fact]
    public async Task Counts_the_periods_requests_by_status_country_and_theme()
    {
        var report = await ReportServices.PipelineFor(_database, Secretariat).GetAsync(From, To);

        Assert.Equal(7, report.Received);
        Assert.Equal(
            [("Submitted", 1), ("InReview", 1), ("Accepted", 3), ("Declined", 1), ("Withdrawn", 1)],
            report.ByStatus.Select(s => (s.Key, s.Count)));
        Assert.Equal([("ES", "Spain", 3), ("FR", "France", 2), ("HU", "Hungary", 2)], report.ByCountry.Select(c => (c.Key, c.Label, c.Count)));
        Assert.Equal(
            [("girls-in-stem", 3), ("teacher-shortage", 3), ("data", 2)],
            report.ByTheme.Select(t => (t.Key, t.Count)));
        Assert.Equal("Girls and women in STEM", report.ByTheme[0].Label);
    }

    [Fact]
    public async Task Gives_the_median_and_90th_percentile_days_of_each_stage()
    {
        var stages = (await ReportServices.PipelineFor(_database, Secretariat).GetAsync(From, To)).Stages.ToDictionary(s => s.Stage);

        var acknowledged = stages[PipelineReportService.Acknowledged];
        Assert.Equal(5, acknowledged.Count);
        Assert.Equal(3, acknowledged.MedianDays!.Value, 10);
        Assert.Equal(8.8, acknowledged.P90Days!.Value, 10);

        var delivered = stages[PipelineReportService.BriefingDelivered];
        Assert.Equal(2, delivered.Count);
        Assert.Equal(15, delivered.MedianDays!.Value, 10);
        Assert.Equal(19, delivered.P90Days!.Value, 10);

        var active = stages[PipelineReportService.TaskforceActive];
        Assert.Equal(2, active.Count);
        Assert.Equal(35, active.MedianDays!.Value, 10);
        Assert.Equal(39, active.P90Days!.Value, 10);
    }

    [Fact]
    public async Task Counts_the_cases_opened_in_the_period_by_status()
    {
        var cases = (await ReportServices.PipelineFor(_database, Secretariat).GetAsync(From, To)).Cases.Where(c => c.Count > 0);

        Assert.Equal([("Policy briefings", "Delivered", 2), ("Taskforces", "Active", 2)], cases.Select(c => (c.CaseType, c.Status, c.Count)));
    }

    [Fact]
    public async Task Lists_what_is_overdue_on_the_day_of_the_report()
    {
        var report = await ReportServices.PipelineFor(_database, Secretariat).GetAsync(From, To);

        var request = Assert.Single(report.OverdueRequests.Oldest);
        Assert.Equal(1, report.OverdueRequests.Total);
        Assert.Equal(("R6", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8)), (request.Title, request.ReceivedOn, request.DueOn));

        var briefing = Assert.Single(report.OverdueBriefings.Oldest);
        Assert.Equal(("Standalone draft", new DateOnly(2026, 10, 1)), (briefing.Title, briefing.DueOn));

        var item = Assert.Single(report.OverdueActionItems.Oldest);
        Assert.Equal(("Send the draft to the ministry", new DateOnly(2026, 11, 1), "R2"), (item.Text, item.DueOn, item.Case));

        var deliverable = Assert.Single(report.OverdueDeliverables.Oldest);
        Assert.Equal(("R2", "Strategy draft", new DateOnly(2026, 9, 30)), (deliverable.Taskforce, deliverable.Title, deliverable.DueOn));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var pipeline = ReportServices.PipelineFor(_database, Secretariat);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => pipeline.GetAsync(To, From));
        Assert.Equal("The period must end on or after the day it starts.", refusal.Message);
    }

    [Fact]
    public async Task The_document_draws_the_figures_as_charts_with_their_tables()
    {
        var document = await ReportServices.For(_database, Secretariat).ProduceAsync(new ReportRequest(ReportKind.Pipeline, From: From, To: To));

        var stages = document.Sections.Single(s => s.Heading == "Time in each stage").Blocks.OfType<ChartBlock>().Single();
        Assert.Equal(["Stage", "Requests", "Median days", "90th percentile days"], stages.Table.Columns.Select(c => c.Header));
        Assert.Equal([PipelineReportService.Acknowledged, 5, 3.0, 8.8], stages.Table.Rows[0].Select(c => c is double d ? Math.Round(d, 6) : c));
        Assert.Equal("pipeline-2026-01-01-to-2026-06-30-report-2026-11-24.docx", document.FileNameFor(ReportFormat.Docx));
        Assert.DoesNotContain(document.Tables, t => t.Key == "requests");

        var withList = await ReportServices.For(_database, Secretariat).ProduceAsync(new ReportRequest(ReportKind.Pipeline, From: From, To: To), withDataTables: true);
        var requests = withList.Table("requests")!;
        Assert.Equal(7, requests.Rows.Count);
        Assert.Equal("R1", requests.Rows[0][1]);
    }

    private static DateTimeOffset At(int month, int day, int year = 2026) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static SupportRequestDetails Details(string title, string country, params string[] themes) =>
        new(title, country, null, "Requesting body", "Contact person", "contact@example.org", themes, "The challenge.", HopedInstrument.NotSure, Urgency.Normal);

    private async Task BuildAsync()
    {
        await using var db = _database.CreateContext();
        db.Countries.AddRange(
            new Country("ES", "Spain", true, CountrySize.Large, ["es"]),
            new Country("FR", "France", true, CountrySize.Large, ["fr"]),
            new Country("HU", "Hungary", true, CountrySize.Medium, ["hu"]),
            new Country("NO", "Norway", false, CountrySize.Small, ["no"]));
        db.Themes.AddRange(
            new Theme("teacher-shortage", "Teacher shortage", null),
            new Theme("girls-in-stem", "Girls and women in STEM", null),
            new Theme("data", "Data", null));
        var organisation = new MemberOrganisation("Óbuda University", "HU", null, OrganisationRole.NationalLeadPartner, HelixSector.Education, null, null, null);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var expert = new Expert("Zsófia Kovács", organisation.Id, "HU", HelixSector.Education, "zsofia@example.org", null, ["hu", "en"], 4, null);
        db.Experts.Add(expert);

        var r1 = SupportRequest.Submit(Details("R1", "ES", "teacher-shortage"), RequestChannel.Portal, Setup, At(1, 5));
        var r2 = SupportRequest.Submit(Details("R2", "ES", "teacher-shortage", "girls-in-stem"), RequestChannel.Portal, Setup, At(2, 2));
        var r3 = SupportRequest.Submit(Details("R3", "FR", "girls-in-stem"), RequestChannel.Portal, Setup, At(3, 2));
        var r4 = SupportRequest.Submit(Details("R4", "FR", "data"), RequestChannel.Portal, Setup, At(4, 1));
        var r5 = SupportRequest.Submit(Details("R5", "HU", "data"), RequestChannel.Portal, Setup, At(5, 4));
        var r6 = SupportRequest.Submit(Details("R6", "HU", "teacher-shortage"), RequestChannel.Portal, Setup, At(6, 1));
        var r7 = SupportRequest.Submit(Details("R7", "NO", "data"), RequestChannel.Portal, Setup, At(12, 20, 2025));
        var r8 = SupportRequest.Submit(Details("R8", "ES", "girls-in-stem"), RequestChannel.Portal, Setup, At(6, 29));
        r1.Acknowledge(Setup, At(1, 6));
        r2.Acknowledge(Setup, At(2, 4));
        r3.Acknowledge(Setup, At(3, 5));
        r4.Acknowledge(Setup, At(4, 8));
        r5.Acknowledge(Setup, At(5, 14));
        r7.Acknowledge(Setup, At(12, 21, 2025));
        r4.Decline("Outside the coalition's scope.", Setup, At(4, 9));
        r8.Withdraw(null, Setup, At(6, 30));
        db.SupportRequests.AddRange(r1, r2, r3, r4, r5, r6, r7, r8);
        await db.SaveChangesAsync();

        var b1 = r1.Accept(CaseKind.PolicyBriefing, Setup, At(1, 10)).Briefing!;
        Deliver(b1, At(1, 12), At(1, 25));
        var t2 = r2.Accept(CaseKind.Taskforce, Setup, At(2, 10)).Taskforce!;
        var b3 = r3.Accept(CaseKind.PolicyBriefing, Setup, At(3, 6)).Briefing!;
        Deliver(b3, At(3, 8), At(3, 12));
        var standalone = PolicyBriefing.Draft("Standalone draft", "HU", null, null, ["data"], "A challenge.", Setup, At(9, 1));
        standalone.Edit("Standalone draft", ["data"], "A challenge.", null, null, new DateOnly(2026, 10, 1), Setup, At(9, 2));
        db.PolicyBriefings.AddRange(b1, b3, standalone);
        db.Taskforces.Add(t2);
        await db.SaveChangesAsync();

        // Proposed from the briefing without a request link of its own: the report finds R3 through the briefing.
        var t3 = Taskforce.Propose(new TaskforceDetails("R3 taskforce", "FR", null, "Host", null, null, [], ["girls-in-stem"]), null, b3.Id, Setup, At(3, 20));
        db.Taskforces.Add(t3);
        await db.SaveChangesAsync();

        var team = new List<ExpertAssignment>();
        foreach (var taskforce in new[] { t2, t3 })
        {
            var lead = ExpertAssignment.Invite(expert, organisation, new CaseRef(CaseKind.Taskforce, taskforce.Id, taskforce.Title, taskforce.CountryCode, []),
                AssignmentRole.Lead, team.Count, ExpertAssignment.DefaultWorkloadCap, team, AssignmentOverrides.None, Setup, At(2, 11));
            lead.Accept(Setup, At(2, 12));
            team.Add(lead);
        }

        db.Assignments.AddRange(team);
        await db.SaveChangesAsync();
        t2.Activate(new DateOnly(2026, 3, 4), team, Setup, At(3, 4));
        t3.Activate(new DateOnly(2026, 4, 11), team, Setup, At(4, 11));
        t2.AddDeliverable("Strategy draft", new DateOnly(2026, 9, 30), Setup, At(4, 1));
        t2.AddDeliverable("Platform design", new DateOnly(2027, 1, 31), Setup, At(4, 1));

        var meeting = Meeting.Schedule(t2.Id, null,
            new MeetingDetails("Working session", At(10, 1), At(10, 1).AddHours(2), "Europe/Madrid", MeetingFormat.Online, null, null, null, null, null, null),
            [expert.Id], Setup, At(9, 20));
        meeting.AddActionItem("Send the draft to the ministry", ActionItemOwner.Secretariat, new DateOnly(2026, 11, 1), Setup, At(10, 2));
        meeting.AddActionItem("Plan the next visit", ActionItemOwner.Secretariat, new DateOnly(2026, 12, 31), Setup, At(10, 2));
        var done = meeting.AddActionItem("Share the minutes", ActionItemOwner.Secretariat, new DateOnly(2026, 10, 15), Setup, At(10, 2));
        meeting.CompleteActionItem(done.Id, Setup, At(10, 3));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
    }

    private static void Deliver(PolicyBriefing briefing, DateTimeOffset reviewAt, DateTimeOffset deliverAt)
    {
        briefing.Edit(briefing.Title, briefing.ThemeCodes, briefing.Challenge, "Context.", "Recommendations.", null, Setup, reviewAt);
        briefing.SubmitForReview(Setup, reviewAt);
        briefing.Deliver(Setup, deliverAt);
    }
}
