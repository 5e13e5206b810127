using Microsoft.EntityFrameworkCore;
using TaskforceManager.Benchmarks;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Benchmarks;

/// <summary>The benchmark's data generator at 1/500 of its full size, so it cannot rot between benchmark runs.</summary>
public sealed class BenchDataGeneratorTests
{
    private static readonly BenchDataSize Size = new(Scale: 1.0 / 500);

    [Fact]
    public async Task Fills_a_fresh_database_with_the_asked_for_counts_of_consistent_records()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new BenchDataGenerator(Size).GenerateAsync(database.Options);

        await using var db = database.CreateContext();
        Assert.Equal(BenchDataSize.Countries, await db.Countries.CountAsync());
        Assert.Equal(Size.Requests, await db.SupportRequests.CountAsync());
        Assert.Equal(Size.Briefings, await db.PolicyBriefings.CountAsync());
        Assert.Equal(Size.Taskforces, await db.Taskforces.CountAsync());
        Assert.Equal(Size.Roundtables, await db.Roundtables.CountAsync());
        Assert.Equal(Size.Meetings, await db.Meetings.CountAsync());
        Assert.Equal(Size.Experts, await db.Experts.CountAsync());
        Assert.Equal(Size.Practices, await db.BestPractices.CountAsync());
        var meetings = await db.Meetings.AsNoTracking().ToListAsync();
        Assert.Equal(Size.ActionItems, meetings.Sum(m => m.ActionItems.Count));

        // Every record points at what exists: countries, requests, taskforces.
        var countries = (await db.Countries.Select(c => c.Code).ToListAsync()).ToHashSet();
        Assert.All(await db.SupportRequests.Select(r => r.CountryCode).Distinct().ToListAsync(), c => Assert.Contains(c, countries));
        Assert.All(await db.Taskforces.Select(t => t.CountryCode).Distinct().ToListAsync(), c => Assert.Contains(c, countries));
        Assert.All(await db.PolicyBriefings.Select(b => b.CountryCode).Distinct().ToListAsync(), c => Assert.Contains(c, countries));
        Assert.All(await db.Experts.Select(e => e.CountryCode).Distinct().ToListAsync(), c => Assert.Contains(c, countries));
        var taskforces = (await db.Taskforces.Select(t => t.Id).ToListAsync()).ToHashSet();
        Assert.All(meetings, m => Assert.Contains(m.TaskforceId!.Value, taskforces));

        // Each accepted request opened exactly one case, and every case comes from an accepted request.
        var accepted = await db.SupportRequests.Where(r => r.Status == SupportRequestStatus.Accepted).Select(r => r.Id).ToListAsync();
        var caseRequests = (await db.PolicyBriefings.Select(b => b.SupportRequestId).ToListAsync())
            .Concat(await db.Taskforces.Select(t => t.SupportRequestId).ToListAsync())
            .Concat(await db.Roundtables.Select(r => r.SupportRequestId).ToListAsync())
            .ToList();
        Assert.Equal(accepted.Order(), caseRequests.Select(id => id!.Value).Order());

        // Realistic spreads: every status occurs, and some open requests are overdue for acknowledgement.
        var statuses = await db.SupportRequests.Select(r => r.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<SupportRequestStatus>().Order(), statuses.Order());
        Assert.True(await db.SupportRequests.Select(r => r.CountryCode).Distinct().CountAsync() >= 10);

        // The progress report's taskforce has its long meeting record.
        var reportTaskforce = await db.Taskforces.SingleAsync(t => t.Title == BenchDataGenerator.ReportTaskforceTitle);
        Assert.Equal(Size.MeetingsOfReportTaskforce, meetings.Count(m => m.TaskforceId == reportTaskforce.Id));

        // Bulk data is nobody's change: the audit trail stays empty unless asked for.
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Makes_the_same_data_every_time()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();
        var tiny = new BenchDataSize(Scale: 1.0 / 2000);
        await new BenchDataGenerator(tiny).GenerateAsync(first.Options);
        await new BenchDataGenerator(tiny).GenerateAsync(second.Options);

        static async Task<List<string>> Rows(TestDatabase database)
        {
            await using var db = database.CreateContext();
            return await db.SupportRequests.OrderBy(r => r.Id)
                .Select(r => r.Id + r.Title + r.CountryCode + r.Status + r.ReceivedAt).ToListAsync();
        }

        Assert.Equal(await Rows(first), await Rows(second));
    }

    [Fact]
    public async Task Can_write_the_audit_trail_as_the_app_does()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new BenchDataGenerator(new BenchDataSize(Scale: 1.0 / 2000)) { Audit = true }.GenerateAsync(database.Options);

        await using var db = database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "SupportRequest"));
    }
}
