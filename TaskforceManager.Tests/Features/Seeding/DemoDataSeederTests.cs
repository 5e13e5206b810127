using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Data.Seeding;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Seeding;

public sealed class DemoDataSeederTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    [Fact]
    public async Task Seeding_AnEmptyDatabase_LoadsEveryRecordOfTheSeedFiles()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeds = SeedSet.Load(SeedsFolder.Path);

        await using (var db = database.CreateContext())
        {
            Assert.True(await Seeder(database).SeedAsync(db));
        }

        await using var check = database.CreateContext();
        Assert.Equal(seeds.Countries.Count, await check.Countries.CountAsync());
        Assert.Equal(27, await check.Countries.CountAsync(c => c.IsEuMember));
        Assert.Equal(seeds.Countries.Sum(c => c.Regions.Count), await check.Regions.CountAsync());
        Assert.Equal(seeds.Themes.Count, await check.Themes.CountAsync());
        Assert.Equal(seeds.Organisations.Count, await check.Organisations.CountAsync());
        Assert.Equal(seeds.Practices.Count, await check.BestPractices.CountAsync());
        Assert.Equal(seeds.Experts.Count, await check.Experts.CountAsync());
        Assert.Equal(seeds.Requests.Count, await check.SupportRequests.CountAsync());
        Assert.Equal(seeds.Briefings.Count, await check.PolicyBriefings.CountAsync());
        Assert.Equal(seeds.Taskforces.Count, await check.Taskforces.CountAsync());
        Assert.Equal(seeds.Roundtables.Count, await check.Roundtables.CountAsync());
        Assert.Equal(seeds.Meetings.Count, await check.Meetings.CountAsync());
        Assert.Equal(seeds.Taskforces.Sum(t => t.Team.Count) + seeds.Roundtables.Sum(r => r.Team.Count), await check.Assignments.CountAsync());
        Assert.InRange(seeds.Experts.Count, 12, 20);
        Assert.All(await check.Experts.ToListAsync(), e => Assert.True(e.IsDemo));
    }

    [Fact]
    public async Task Seeding_LoadsTheRealInnoBasqueTaskforce_ActiveInTheBasqueCountrySince7February2018()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var taskforce = await db.Taskforces.SingleAsync(t => t.HostOrganisation == "InnoBasque");
        var region = await db.Regions.SingleAsync(r => r.Id == taskforce.RegionId);
        Assert.False(taskforce.IsDemo);
        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
        Assert.Equal("ES", taskforce.CountryCode);
        Assert.Equal("Basque Country", region.Name);
        Assert.Equal(new DateOnly(2018, 2, 7), taskforce.StartDate);
        Assert.True(taskforce.IsListedPublicly);
        var activated = Assert.Single(taskforce.History, h => h.Action == "Activated");
        Assert.Equal(new DateOnly(2018, 2, 7), DateOnly.FromDateTime(activated.At.UtcDateTime));
    }

    [Fact]
    public async Task Seeding_LoadsTheRealBretagneTaskforce_ListedPubliclySince1May2020()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var taskforce = await db.Taskforces.SingleAsync(t => t.HostOrganisation == "Institut de Locarn (AlertEducation)");
        Assert.Equal(TaskforceStatus.Active, taskforce.Status);
        Assert.Equal("FR", taskforce.CountryCode);
        Assert.Equal("Bretagne", (await db.Regions.SingleAsync(r => r.Id == taskforce.RegionId)).Name);
        Assert.Equal(new DateOnly(2020, 5, 1), taskforce.StartDate);
        Assert.True(taskforce.IsListedPublicly);
        Assert.Equal(2, await db.Taskforces.CountAsync(t => t.IsListedPublicly));
    }

    [Fact]
    public async Task Seeding_RecordsJetNetsTransferToDenmarkIn2012()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var jetNet = await db.BestPractices.SingleAsync(p => p.Name == "Jet-Net");
        Assert.Equal("NL", jetNet.CountryCode);
        Assert.Equal(2002, jetNet.StartYear);
        var transfer = Assert.Single(jetNet.Transfers);
        Assert.Equal("DK", transfer.ToCountryCode);
        Assert.Equal(2012, transfer.Year);
    }

    [Fact]
    public async Task Seeding_LoadsTheClimateRoundtableOf8June2021_Reported()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var roundtable = await db.Roundtables.SingleAsync(r => r.Title == "Climate, diversity and the role of STEM");
        Assert.False(roundtable.IsDemo);
        Assert.Equal(RoundtableStatus.Reported, roundtable.Status);
        Assert.Equal("European Commission", roundtable.RequestedBy);
        Assert.Equal(RoundtableFormat.Online, roundtable.Format);
        Assert.Equal(new DateOnly(2021, 6, 8), roundtable.HeldOn);
        Assert.Null(roundtable.CountryCode);
        Assert.Contains(StakeholderType.EuropeanInstitution, roundtable.PeopleByStakeholderType().Keys);
        Assert.NotEmpty(roundtable.Bottlenecks);
        Assert.NotEmpty(roundtable.Recommendations);
        Assert.Contains(roundtable.Recommendations, r => r.BestPracticeId is not null);
    }

    [Fact]
    public async Task Seeding_ClosesTheRealTaskforces_AsTheCoalitionRecordsThem()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();
        var taskforces = await db.Taskforces.ToDictionaryAsync(t => t.Title);

        var danish = taskforces["Danish Technology Pact"];
        Assert.Equal(TaskforceStatus.Concluded, danish.Status);
        Assert.Equal(new DateOnly(2016, 9, 29), danish.StartDate);
        Assert.Equal(new DateOnly(2018, 4, 22), danish.EndDate);
        Assert.Equal(TaskforceStatus.Concluded, taskforces["Hungarian STEM platform"].Status);
        Assert.Equal(TaskforceStatus.Concluded, taskforces["Input to the Baltic Assembly"].Status);

        var norwegianPact = taskforces["Norwegian Technology Pact"];
        Assert.Equal(TaskforceStatus.Cancelled, norwegianPact.Status);
        Assert.Contains("cabinet crisis", norwegianPact.CancellationReason);

        var strategy = taskforces["Towards a New Norwegian STEM Strategy"];
        Assert.Equal(TaskforceStatus.Active, strategy.Status);
        Assert.Equal(new DateOnly(2021, 6, 29), strategy.StartDate);
        Assert.Contains(strategy.Deliverables, d => d.Title.Contains("policy briefing", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(strategy.Deliverables, d => d.Title.Contains("petition", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SeedingTwice_ChangesNothing_AndReturnsFalse()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True(await Seeder(database).SeedAsync(db));
        }

        Dictionary<string, long> before;
        await using (var db = database.CreateContext())
        {
            before = await CountRowsOfEveryTableAsync(db);
        }

        await using (var db = database.CreateContext())
        {
            Assert.False(await Seeder(database).SeedAsync(db));
        }

        await using var check = database.CreateContext();
        Assert.Equal(before, await CountRowsOfEveryTableAsync(check));
        Assert.Contains(before, t => t.Key == "Countries" && t.Value > 0);
    }

    [Fact]
    public async Task Seeding_ShowsEveryStateOfEveryRecordType()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();
        var meetings = await db.Meetings.AsNoTracking().ToListAsync();
        var taskforces = await db.Taskforces.AsNoTracking().ToListAsync();

        AssertEveryValue(await db.SupportRequests.Select(r => r.Status).ToListAsync());
        AssertEveryValue(await db.PolicyBriefings.Select(b => b.Status).ToListAsync());
        AssertEveryValue(taskforces.Select(t => t.Status));
        AssertEveryValue(await db.Roundtables.Select(r => r.Status).ToListAsync());
        AssertEveryValue(meetings.Select(m => m.OutcomeStatus));
        AssertEveryValue(meetings.Select(m => m.Status));
        AssertEveryValue(meetings.SelectMany(m => m.ActionItems).Select(i => i.Status));
        AssertEveryValue(taskforces.SelectMany(t => t.Deliverables).Select(d => d.Status));
        AssertEveryValue(await db.Assignments.Select(a => a.Status).ToListAsync());
    }

    [Fact]
    public async Task Seeding_ShowsTheCasePathsTheSecretariatFollows()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();
        var now = database.Clock.GetUtcNow();
        var requests = await db.SupportRequests.ToListAsync();

        AssertEveryValue(requests.Where(r => r.Status == SupportRequestStatus.Accepted).Select(r => r.AcceptedAs!.Value));
        var waiting = requests.Where(r => r.Status == SupportRequestStatus.Submitted).ToList();
        Assert.Contains(waiting, r => r.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, now));
        Assert.Contains(waiting, r => !r.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, now));

        var escalated = Assert.Single(await db.PolicyBriefings.Where(b => b.IsEscalated).ToListAsync());
        Assert.Equal(PolicyBriefingStatus.Delivered, escalated.Status);
        var fromBriefing = await db.Taskforces.SingleAsync(t => t.Id == escalated.EscalatedToTaskforceId);
        Assert.Equal(escalated.Id, fromBriefing.PolicyBriefingId);
        Assert.Equal(escalated.SupportRequestId, fromBriefing.SupportRequestId);

        Assert.Contains(await db.Meetings.ToListAsync(), m => m.Status == MeetingStatus.Scheduled && m.StartsAt > now);
        Assert.Contains(await db.Roundtables.ToListAsync(), r => r.TaskforceId is not null);
    }

    [Fact]
    public async Task TheDutchDemoExpert_HasAnAcceptedTaskforceAssignment_AndTheDanishOneHasNoneActive()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var dutch = await db.Experts.SingleAsync(e => e.Email == "expert.nl@demo.stemcoalition.eu");
        Assert.Equal("NL", dutch.CountryCode);
        Assert.Equal("Platform Talent voor Technologie", (await db.Organisations.SingleAsync(o => o.Id == dutch.OrganisationId)).Name);
        Assert.Contains(await db.Assignments.Where(a => a.ExpertId == dutch.Id).ToListAsync(),
            a => a.CaseKind == CaseKind.Taskforce && a.Status == AssignmentStatus.Accepted);

        var danish = await db.Experts.SingleAsync(e => e.Email == "expert.dk@demo.stemcoalition.eu");
        Assert.Equal("DK", danish.CountryCode);
        Assert.DoesNotContain(await db.Assignments.Where(a => a.ExpertId == danish.Id).ToListAsync(), a => a.IsActive);
    }

    [Fact]
    public async Task TheDemoContactsOfSpainAndNorway_EachFindARequestOfTheirOwn()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();

        var basque = await db.Regions.SingleAsync(r => r.CountryCode == "ES" && r.Name == "Basque Country");
        Assert.Contains(await db.SupportRequests.Where(r => r.ContactEmail == "contact.es@demo.stemcoalition.eu").ToListAsync(),
            r => r.CountryCode == "ES" && r.RegionId == basque.Id);
        Assert.Contains(await db.SupportRequests.Where(r => r.ContactEmail == "contact.no@demo.stemcoalition.eu").ToListAsync(),
            r => r.CountryCode == "NO");
    }

    [Fact]
    public async Task EverySeededHistory_RunsForwardInTime()
    {
        var database = seeded.Database;
        await using var db = database.CreateContext();
        var histories = new List<(string Record, IReadOnlyList<HistoryEntry> History)>();
        histories.AddRange((await db.SupportRequests.ToListAsync()).Select(r => ($"request {r.Title}", r.History)));
        histories.AddRange((await db.PolicyBriefings.ToListAsync()).Select(b => ($"briefing {b.Title}", b.History)));
        histories.AddRange((await db.Taskforces.ToListAsync()).Select(t => ($"taskforce {t.Title}", t.History)));
        histories.AddRange((await db.Roundtables.ToListAsync()).Select(r => ($"roundtable {r.Title}", r.History)));
        histories.AddRange((await db.Meetings.ToListAsync()).Select(m => ($"meeting {m.Title}", m.History)));
        histories.AddRange((await db.Assignments.ToListAsync()).Select(a => ($"assignment {a.CaseTitle} #{a.ExpertId}", a.History)));

        var now = database.Clock.GetUtcNow();
        foreach (var (record, history) in histories)
        {
            Assert.NotEmpty(history);
            var backwards = history.Zip(history.Skip(1)).Where(p => p.Second.At < p.First.At).ToList();
            Assert.True(backwards.Count == 0,
                $"{record}: '{backwards.FirstOrDefault().Second?.Action}' is dated before '{backwards.FirstOrDefault().First?.Action}'.");
            Assert.All(history, h => Assert.True(h.At <= now, $"{record}: '{h.Action}' is dated in the future."));
        }
    }

    [Theory]
    [InlineData("experts.json", "\"girls-in-stem\": \"Leading\"", "\"girls-in-stme\": \"Leading\"", "katrin.vogel@demo.stemcoalition.eu", "girls-in-stme")]
    [InlineData("taskforces.json", "\"role\": \"Lead\"", "\"role\": \"Boss\"", "taskforce 'danish-technology-pact'", "Boss")]
    [InlineData("meetings.json", "\"themes\": [\"school-company-cooperation\"], \"bestPractice\": \"Jet-Net\"", "\"themes\": [\"school-company-coop\"], \"bestPractice\": \"Jet-Net\"", "Jet-Net study visit", "school-company-coop")]
    [InlineData("requests.json", "\"acknowledgedAt\": \"2026-10-07T14:00:00Z\",", "", "request 'cz-teacher-shortage'", "cannot be accepted")]
    public async Task ABrokenSeedFile_IsRefusedWithItsFileAndRecord_AndLeavesTheDatabaseEmpty(
        string file, string find, string replace, string record, string detail)
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = Path.Combine(Path.GetTempPath(), "tfm-seeds", Guid.NewGuid().ToString("N"));
        try
        {
            CopySeeds(folder);
            var path = Path.Combine(folder, file);
            var text = await File.ReadAllTextAsync(path);
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The test expects {file} to contain {find}.");
            await File.WriteAllTextAsync(path, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));

            await using (var db = database.CreateContext())
            {
                var error = await Assert.ThrowsAsync<SeedDataException>(() => new DemoDataSeeder(folder, database.Clock).SeedAsync(db));
                Assert.StartsWith(file, error.Message);
                Assert.Contains(record, error.Message);
                Assert.Contains(detail, error.Message);
            }

            await using var check = database.CreateContext();
            Assert.All((await CountRowsOfEveryTableAsync(check)).Where(t => t.Key != "__EFMigrationsHistory"), t => Assert.Equal(0, t.Value));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AMisspeltFieldName_IsRefusedWithTheFileName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = Path.Combine(Path.GetTempPath(), "tfm-seeds", Guid.NewGuid().ToString("N"));
        try
        {
            CopySeeds(folder);
            var path = Path.Combine(folder, "themes.json");
            var text = await File.ReadAllTextAsync(path);
            await File.WriteAllTextAsync(path, text.Replace("\"description\"", "\"descripton\"", StringComparison.Ordinal));

            await using var db = database.CreateContext();
            var error = await Assert.ThrowsAsync<SeedDataException>(() => new DemoDataSeeder(folder, database.Clock).SeedAsync(db));
            Assert.StartsWith("themes.json", error.Message);
            Assert.Contains("descripton", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DemoDataSeeder Seeder(TestDatabase database) => new(SeedsFolder.Path, database.Clock);

    private static void AssertEveryValue<T>(IEnumerable<T> seen) where T : struct, Enum
    {
        var missing = Enum.GetValues<T>().Except(seen).ToList();
        Assert.True(missing.Count == 0, $"No seeded record has {typeof(T).Name} {string.Join(", ", missing)}.");
    }

    private static async Task<Dictionary<string, long>> CountRowsOfEveryTableAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            // Ordinary tables only: a full-text index's own shadow tables hold its settings even when it indexes nothing.
            command.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static void CopySeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(SeedsFolder.Path, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }
}
