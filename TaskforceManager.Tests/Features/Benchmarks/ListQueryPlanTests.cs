using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.Benchmarks;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Benchmarks;

/// <summary>The benchmark data at small scale, generated once for the query-plan tests.</summary>
public sealed class SmallBenchDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await new BenchDataGenerator(new BenchDataSize(Scale: 1.0 / 500)).GenerateAsync(Database.Options);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// Each list's SQL, for each filter the list offers, reads the large tables through an index: SQLite's EXPLAIN QUERY
/// PLAN shows no bare <c>SCAN</c> of them (a scan that walks an index in the sort's order and stops when the page is
/// full is allowed). The database has no statistics (no ANALYZE), so the planner takes an index whenever one fits the
/// query: the test checks that the index exists, not how selective the small data makes it.
/// </summary>
/// <remarks>
/// Not covered, because no B-tree index can serve them: theme and language filters (themes and languages are JSON arrays
/// in the row, read with json_each), the requests list's search shorter than three characters (LIKE, see
/// RequestSearch), and the text searches of the smaller lists (taskforces, briefings, roundtables, experts: LIKE over at
/// most a few thousand rows).
/// </remarks>
public sealed partial class ListQueryPlanTests(SmallBenchDatabase data) : IClassFixture<SmallBenchDatabase>
{
    private static readonly HashSet<string> LargeTables =
    [
        "SupportRequests", "PolicyBriefings", "Taskforces", "Roundtables", "Meetings", "ActionItems", "Experts",
        "SupportRequestHistory", "TaskforceHistory", "PolicyBriefingHistory", "RoundtableHistory", "Assignments",
    ];

    [Fact]
    public async Task Requests_list_uses_an_index_for_every_filter()
    {
        var (country, owner) = await FirstAsync(db => db.SupportRequests.Where(r => r.OwnerId != null)
            .Select(r => new Tuple<string, string?>(r.CountryCode, r.OwnerId)).FirstAsync());
        RequestListQuery[] queries =
        [
            new(),
            new() { Statuses = [SupportRequestStatus.Submitted] },
            new() { Statuses = [SupportRequestStatus.Submitted, SupportRequestStatus.InReview] },
            new() { Country = country },
            new() { Country = country, Statuses = [SupportRequestStatus.Declined], Page = 3 },
            new() { Instrument = HopedInstrument.Taskforce },
            new() { Urgency = Urgency.High },
            new() { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 6, 30) },
            new() { OverdueOnly = true },
            new() { Owner = owner },
            new() { Owner = RequestListQuery.NoOwner },
            new() { Text = "robotics" },
            new() { Text = "robotics", Country = country },
            new() { Text = "SR-2026-0001" },
            new() { Page = 4, Sort = RequestSort.Received, Descending = false },
        ];

        await AssertIndexedAsync(queries, (sp, q) => sp.GetRequiredService<RequestListService>().ListAsync(q));
    }

    [Fact]
    public async Task Case_lists_use_an_index_for_every_filter()
    {
        var country = await FirstAsync(db => db.Taskforces.Select(t => t.CountryCode).FirstAsync());
        var paging = new ListPaging(Page: 2, Size: 10);

        await AssertIndexedAsync(
            [new TaskforceListFilter(Status: TaskforceStatus.Active), new(Country: country), new(TaskforceStatus.Active, country)],
            (sp, f) => sp.GetRequiredService<TaskforceListService>().ListAsync(f, paging));
        await AssertIndexedAsync(
            [new BriefingListFilter(), new(Status: PolicyBriefingStatus.Delivered), new(Country: country), new(PolicyBriefingStatus.Delivered, country)],
            (sp, f) => sp.GetRequiredService<BriefingListService>().ListAsync(f, paging));
        await AssertIndexedAsync(
            [new RoundtableListFilter(Status: RoundtableStatus.Held), new(Country: country), new(RoundtableStatus.Held, country)],
            (sp, f) => sp.GetRequiredService<RoundtableListService>().ListAsync(f, paging));
    }

    [Fact]
    public async Task Meeting_action_item_and_expert_lists_use_an_index_for_every_filter()
    {
        var (country, organisation) = await FirstAsync(db => db.Experts.Select(e => new Tuple<string, int>(e.CountryCode, e.OrganisationId)).FirstAsync());
        var paging = new ListPaging(Page: 2, Size: 10);

        await AssertIndexedAsync(
            [new MeetingListFilter(), new(UpcomingDays: 30), new(Outcome: OutcomeStatus.Published)],
            (sp, f) => sp.GetRequiredService<MeetingListService>().ListAsync(f, paging));
        await AssertIndexedAsync(
            [new ActionItemListFilter(OverdueOnly: true), new(Status: ActionItemStatus.Open)],
            (sp, f) => sp.GetRequiredService<ActionItemListService>().ListAsync(f, paging));
        await AssertIndexedAsync(
            [new ExpertListFilter(), new(Country: country), new(OrganisationId: organisation), new(Sector: HelixSector.Education)],
            (sp, f) => sp.GetRequiredService<ExpertDirectoryService>().ListAsync(f, paging));
    }

    private async Task<T> FirstAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var db = data.Database.CreateContext();
        return await read(db);
    }

    private async Task AssertIndexedAsync<TQuery>(IEnumerable<TQuery> queries, Func<IServiceProvider, TQuery, Task> list)
    {
        var recorder = new CommandRecorder { Recording = true };
        var options = new DbContextOptionsBuilder<AppDbContext>(data.Database.Options).AddInterceptors(recorder).Options;
        await using var services = BenchProgram.BuildServices(options);
        var failures = new List<string>();
        foreach (var query in queries)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                await list(scope.ServiceProvider, query);
            }

            foreach (var (sql, parameters) in recorder.TakeAll())
            {
                var plan = Plan(sql, parameters);
                var scanned = FullScans(sql, plan).ToList();
                if (scanned.Count > 0)
                {
                    failures.Add($"{query}: full scan of {string.Join(", ", scanned)}\n{sql}\n{string.Join("\n", plan)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private List<string> Plan(string sql, List<(string Name, object? Value)> parameters)
    {
        using var connection = new SqliteConnection(data.Database.ConnectionString);
        connection.Open();
        using (var prepare = connection.CreateCommand())
        {
            // The requests list's text search keeps what the index found in a temporary table of its own connection.
            prepare.CommandText = "CREATE TEMP TABLE SearchHits (Id INTEGER PRIMARY KEY)";
            prepare.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>The large tables the plan reads whole without an index (EF names each table with an alias: "Taskforces" AS "t").</summary>
    private static IEnumerable<string> FullScans(string sql, IEnumerable<string> plan)
    {
        var tables = TableAlias().Matches(sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        foreach (var line in plan)
        {
            if (BareScan().Match(line) is { Success: true } scan)
            {
                var name = scan.Groups["name"].Value;
                var table = tables.GetValueOrDefault(name, name);
                if (LargeTables.Contains(table))
                {
                    yield return table;
                }
            }
        }
    }

    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"^SCAN (?<name>\w+)$")]
    private static partial Regex BareScan();
}
