using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Features.Seeding;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Dashboard;

/// <summary>
/// Every figure on the dashboard equals the same figure worked out independently: the demo records loaded whole and
/// counted with the domain's own rules (overdue, due dates, history), not with the service's queries.
/// </summary>
public sealed class DashboardServiceTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private TestDatabase Database => seeded.Database;

    private DateTimeOffset Now => Database.Clock.GetUtcNow();

    [Fact]
    public async Task CountsByStatus_EqualTheRecordsInEachState()
    {
        await using var db = Database.CreateContext();
        var requests = await db.SupportRequests.AsNoTracking().ToListAsync();
        var briefings = await db.PolicyBriefings.AsNoTracking().ToListAsync();
        var taskforces = await db.Taskforces.AsNoTracking().ToListAsync();
        var roundtables = await db.Roundtables.AsNoTracking().ToListAsync();
        var meetings = await db.Meetings.AsNoTracking().ToListAsync();

        var view = await Service(SecretariatViewer).GetAsync();

        AssertCounts(view, "requests", Enum.GetValues<SupportRequestStatus>().ToDictionary(s => s.ToString(), s => requests.Count(r => r.Status == s)));
        AssertCounts(view, "briefings", Enum.GetValues<PolicyBriefingStatus>().ToDictionary(s => s.ToString(), s => briefings.Count(b => b.Status == s)));
        AssertCounts(view, "taskforces", Enum.GetValues<TaskforceStatus>().ToDictionary(s => s.ToString(), s => taskforces.Count(t => t.Status == s)));
        AssertCounts(view, "roundtables", Enum.GetValues<RoundtableStatus>().ToDictionary(s => s.ToString(), s => roundtables.Count(r => r.Status == s)));
        AssertCounts(view, "meeting-logs", Enum.GetValues<OutcomeStatus>().ToDictionary(
            s => s.ToString(), s => meetings.Count(m => m.Status == MeetingStatus.Scheduled && m.OutcomeStatus == s)));
        Assert.Equal(requests.Count, view.ByStatus.Single(b => b.Kind == "requests").Total);
    }

    [Fact]
    public async Task AttentionFigures_EqualTheDomainsOwnReckoning()
    {
        await using var db = Database.CreateContext();
        var requests = await db.SupportRequests.AsNoTracking().ToListAsync();
        var meetings = await db.Meetings.AsNoTracking().ToListAsync();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);

        var counts = (await Service(SecretariatViewer).GetAsync()).Counts;

        Assert.Equal(requests.Count(r => r.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, Now)), counts.OverdueRequests);
        Assert.Equal(meetings.Count(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= Now && m.StartsAt < Now.AddDays(14)), counts.UpcomingMeetings);
        Assert.Equal(meetings.SelectMany(m => m.ActionItems).Count(i => i.IsOverdue(today)), counts.OverdueActionItems);
        Assert.Equal(meetings.Count(m => m.OutcomeStatus == OutcomeStatus.Submitted), counts.LogsAwaitingReview);
        Assert.True(counts.OverdueRequests > 0, "The demo data has overdue requests; the dashboard should find them.");
        Assert.True(counts.UpcomingMeetings > 0, "The demo data has meetings in the coming two weeks.");
        // The count is SQL of its own: it must find the overdue items and leave out the open ones not yet due.
        Assert.True(counts.OverdueActionItems > 0, "The demo data has overdue action items.");
        Assert.True(meetings.SelectMany(m => m.ActionItems).Count(i => i.Status == ActionItemStatus.Open) > counts.OverdueActionItems,
            "The demo data also has open action items that are not overdue.");
    }

    [Fact]
    public async Task TaskforcesByCountry_EqualTheTaskforcesOfEachCountryInEachState()
    {
        await using var db = Database.CreateContext();
        var taskforces = await db.Taskforces.AsNoTracking().ToListAsync();
        var names = await db.Countries.ToDictionaryAsync(c => c.Code, c => c.Name);

        var byCountry = (await Service(SecretariatViewer).GetAsync()).TaskforcesByCountry;

        Assert.Equal(taskforces.Select(t => t.CountryCode).Distinct().Order(), byCountry.Select(c => c.CountryCode).Order());
        foreach (var country in byCountry)
        {
            Assert.Equal(names[country.CountryCode], country.CountryName);
            foreach (var status in Enum.GetValues<TaskforceStatus>())
            {
                Assert.Equal(taskforces.Count(t => t.CountryCode == country.CountryCode && t.Status == status),
                    country.Counts.Single(c => c.Status == status.ToString()).Count);
            }
        }
    }

    [Fact]
    public async Task RequestsByTheme_CountEachRequestOncePerThemeItNames()
    {
        await using var db = Database.CreateContext();
        var requests = await db.SupportRequests.AsNoTracking().ToListAsync();
        var expected = requests.SelectMany(r => r.ThemeCodes).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        var byTheme = (await Service(SecretariatViewer).GetAsync()).RequestsByTheme;

        Assert.Equal(expected.OrderBy(e => e.Key), byTheme.Select(t => KeyValuePair.Create(t.Code, t.Count)).OrderBy(e => e.Key));
        Assert.Equal(byTheme.Select(t => t.Count).OrderDescending(), byTheme.Select(t => t.Count));
        Assert.Equal("Teacher shortage", byTheme.Single(t => t.Code == "teacher-shortage").Name);
    }

    [Fact]
    public async Task Timeline_CountsEachTaskforcesStateAtTheEndOfEachYear()
    {
        await using var db = Database.CreateContext();
        var taskforces = await db.Taskforces.AsNoTracking().ToListAsync();
        var states = Enum.GetNames<TaskforceStatus>();
        var moves = taskforces.ToDictionary(t => t.Id, t => t.History.Where(h => h.ToState is not null && states.Contains(h.ToState)).OrderBy(h => h.At).ToList());
        var firstYear = moves.Values.SelectMany(h => h).Min(h => h.At).Year;

        var timeline = (await Service(SecretariatViewer).GetAsync()).Timeline;

        Assert.Equal(Now.Year - firstYear + 1, timeline.Periods.Count);
        Assert.Equal(firstYear.ToString(System.Globalization.CultureInfo.InvariantCulture), timeline.Periods[0]);
        Assert.Equal($"{Now.Year} (to date)", timeline.Periods[^1]);
        for (var i = 0; i < timeline.Periods.Count; i++)
        {
            var year = firstYear + i;
            var end = year == Now.Year ? Now : new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var stateAtEnd = moves.Values.Select(h => h.LastOrDefault(m => m.At < end)?.ToState).Where(s => s is not null).ToList();
            foreach (var series in timeline.Series)
            {
                Assert.Equal(stateAtEnd.Count(s => s == series.Status), series.Counts[i]);
            }
        }

        Assert.Equal(taskforces.Count(t => t.Status == TaskforceStatus.Active), timeline.Series.Single(s => s.Status == "Active").Counts[^1]);
    }

    [Theory]
    [InlineData("contact")]
    [InlineData("expert")]
    [InlineData("anonymous")]
    public async Task NobodyButTheSecretariat_MayReadTheDashboard(string who)
    {
        var viewer = who switch
        {
            "contact" => Viewer.Contact("u-es", "Miren", "ES", null),
            "expert" => Viewer.ForExpert("u-nl", "Anna", 1),
            _ => Viewer.Anonymous,
        };

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => Service(viewer).GetAsync());
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => Service(viewer).GetCountsAsync());
    }

    private static readonly Viewer SecretariatViewer = Viewer.Secretariat("u-sec", "Sofia Secretariat");

    private DashboardService Service(Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(Database.Options, user, Database.Clock);
        return new DashboardService(factory, new AccessPolicy(user, factory, Database.Clock, NullLogger<AccessPolicy>.Instance), AcknowledgementPolicy.Default, Database.Clock);
    }

    private static void AssertCounts(DashboardView view, string kind, Dictionary<string, int> expected)
    {
        var breakdown = view.ByStatus.Single(b => b.Kind == kind);
        Assert.Equal(expected, breakdown.Counts.ToDictionary(c => c.Status, c => c.Count));
    }
}
