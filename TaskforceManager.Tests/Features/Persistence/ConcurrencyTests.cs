using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Persistence.PersistenceFixture;

namespace TaskforceManager.Tests.Features.Persistence;

/// <summary>Two people saving the same record: the second gets a conflict, never a silent overwrite.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _taskforceId;

    private DateTimeOffset Now => _database.Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await AddReferenceDataAsync(_database);
        await using var db = _database.CreateContext();
        var taskforce = Taskforce.Propose(Details("InnoBasque"), null, null, Secretariat, Now);
        db.Taskforces.Add(taskforce);
        await db.SaveChangesAsync();
        _taskforceId = taskforce.Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SecondSaveOfTheSameRecord_IsAConflict_AndKeepsTheFirst()
    {
        await using var alice = _database.CreateContext();
        await using var bob = _database.CreateContext();
        var aliceCopy = await alice.Taskforces.SingleAsync(t => t.Id == _taskforceId);
        var bobCopy = await bob.Taskforces.SingleAsync(t => t.Id == _taskforceId);

        aliceCopy.Edit(Details("Alice's title"), Secretariat, Now);
        await alice.SaveOrConflictAsync("taskforce");
        bobCopy.Edit(Details("Bob's title"), Secretariat, Now);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveOrConflictAsync("taskforce"));
        Assert.Contains("Someone else changed this taskforce", conflict.Message);
        await using var read = _database.CreateContext();
        Assert.Equal("Alice's title", (await read.Taskforces.SingleAsync()).Title);
    }

    [Fact]
    public async Task ChangingOnlyAnOwnedPart_StillBumpsTheRecordsVersion()
    {
        await using var alice = _database.CreateContext();
        await using var bob = _database.CreateContext();
        var aliceCopy = await alice.Taskforces.SingleAsync(t => t.Id == _taskforceId);
        var bobCopy = await bob.Taskforces.SingleAsync(t => t.Id == _taskforceId);
        var before = alice.VersionOf(aliceCopy);

        aliceCopy.AddDeliverable("Strategy draft", null, Secretariat, Now);
        await alice.SaveOrConflictAsync("taskforce");
        Assert.NotEqual(before, alice.VersionOf(aliceCopy));

        bobCopy.AddDeliverable("Platform design", null, Secretariat, Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveOrConflictAsync("taskforce"));
        await using var read = _database.CreateContext();
        Assert.Equal(["Strategy draft"], (await read.Taskforces.SingleAsync()).Deliverables.Select(d => d.Title));
    }

    [Fact]
    public async Task OneSaveOfSeveralRecords_BumpsTheVersionOfEachRecordWhosePartsChanged_AndNoOther()
    {
        await using (var setUp = _database.CreateContext())
        {
            setUp.Taskforces.AddRange(
                Taskforce.Propose(Details("Second"), null, null, Secretariat, Now),
                Taskforce.Propose(Details("Third"), null, null, Secretariat, Now));
            await setUp.SaveChangesAsync();
        }

        await using var db = _database.CreateContext();
        var all = await db.Taskforces.OrderBy(t => t.Id).ToListAsync();
        var before = all.Select(t => db.VersionOf(t)).ToList();

        all[0].AddDeliverable("Strategy draft", null, Secretariat, Now);
        all[2].AddDeliverable("Platform design", null, Secretariat, Now);
        await db.SaveOrConflictAsync("taskforce");

        Assert.NotEqual(before[0], db.VersionOf(all[0]));
        Assert.Equal(before[1], db.VersionOf(all[1]));
        Assert.NotEqual(before[2], db.VersionOf(all[2]));
    }

    [Fact]
    public async Task EditFromAStaleVersion_IsAConflict()
    {
        Guid versionTheUserSaw;
        await using (var db = _database.CreateContext())
        {
            versionTheUserSaw = db.VersionOf(await db.Taskforces.SingleAsync());
        }

        await using (var other = _database.CreateContext())
        {
            (await other.Taskforces.SingleAsync()).Edit(Details("Changed meanwhile"), Secretariat, Now);
            await other.SaveOrConflictAsync("taskforce");
        }

        // A later request carries the version the user's form was loaded with.
        await using var late = _database.CreateContext();
        var taskforce = await late.Taskforces.SingleAsync();
        late.ExpectVersion(taskforce, versionTheUserSaw);
        taskforce.Edit(Details("Late edit"), Secretariat, Now);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => late.SaveOrConflictAsync("taskforce"));
    }

    [Fact]
    public async Task EditFromTheCurrentVersion_Saves()
    {
        await using var db = _database.CreateContext();
        var taskforce = await db.Taskforces.SingleAsync();
        db.ExpectVersion(taskforce, db.VersionOf(taskforce));
        taskforce.Edit(Details("Fresh edit"), Secretariat, Now);
        await db.SaveOrConflictAsync("taskforce");

        await using var read = _database.CreateContext();
        Assert.Equal("Fresh edit", (await read.Taskforces.SingleAsync()).Title);
    }

    private static TaskforceDetails Details(string title) =>
        new(title, "ES", null, "InnoBasque", "Summary", null, ["Objective"], ["stem-strategy"]);
}
