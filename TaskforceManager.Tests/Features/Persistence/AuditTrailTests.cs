using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Persistence.PersistenceFixture;

namespace TaskforceManager.Tests.Features.Persistence;

/// <summary>Every insert, update and delete of a record leaves audit rows: who, when (UTC), entity, field, old and new value.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await AddReferenceDataAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Insert_IsAuditedPerField_WithUserAndUtcTime()
    {
        _database.Actor = new Actor("sec-7", "Marta Secretariat");
        var id = await SubmitRequestAsync();

        await using var db = _database.CreateContext();
        var rows = await db.AuditEntries.Where(a => a.Entity == "SupportRequest" && a.EntityKey == id.ToString()).ToListAsync();
        Assert.All(rows, r => Assert.Equal(AuditOperation.Insert, r.Operation));
        Assert.All(rows, r => Assert.Equal("sec-7", r.UserId));
        Assert.All(rows, r => Assert.Equal(TestDatabase.Start, r.At));
        Assert.Contains(rows, r => r.Field == "Title" && r.OldValue == null && r.NewValue == "Teacher shortage in Norway");
        Assert.Contains(rows, r => r.Field == "Status" && r.NewValue == "Submitted");
        Assert.Contains(rows, r => r.Field == "ThemeCodes" && r.NewValue == "[\"teacher-shortage\"]");
    }

    [Fact]
    public async Task Update_RecordsOldAndNewValueOfEachChangedField()
    {
        var id = await SubmitRequestAsync();
        _database.Clock.Advance(TimeSpan.FromHours(5));
        _database.Actor = new Actor("sec-8", "Jonas Secretariat");
        await using (var db = _database.CreateContext())
        {
            var request = await db.SupportRequests.SingleAsync(r => r.Id == id);
            request.Acknowledge(_database.Actor, _database.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var updates = await read.AuditEntries
            .Where(a => a.Entity == "SupportRequest" && a.EntityKey == id.ToString() && a.Operation == AuditOperation.Update)
            .ToListAsync();
        var status = Assert.Single(updates, u => u.Field == "Status");
        Assert.Equal("Submitted", status.OldValue);
        Assert.Equal("InReview", status.NewValue);
        Assert.Equal("sec-8", status.UserId);
        Assert.Equal("Jonas Secretariat", status.UserName);
        Assert.Equal(TestDatabase.Start.AddHours(5), status.At);
        Assert.Contains(updates, u => u.Field == "AcknowledgedAt" && u.OldValue == null && u.NewValue!.StartsWith("2026-11-24T14:00:00", StringComparison.Ordinal));
        Assert.DoesNotContain(updates, u => u.Field == "Title");
    }

    [Fact]
    public async Task Delete_RecordsTheOldValues()
    {
        await using (var db = _database.CreateContext())
        {
            var norway = await db.Countries.SingleAsync(c => c.Code == "NO");
            db.Countries.Remove(norway);
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var rows = await read.AuditEntries.Where(a => a.Entity == "Country" && a.EntityKey == "NO" && a.Operation == AuditOperation.Delete).ToListAsync();
        Assert.Contains(rows, r => r.Field == "Name" && r.OldValue == "Norway" && r.NewValue == null);
    }

    [Fact]
    public async Task AuditRows_CannotBeChangedThroughTheContext()
    {
        await SubmitRequestAsync();
        await using var db = _database.CreateContext();
        var row = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(row);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("cannot be changed or deleted", refused.Message);
    }

    [Fact]
    public async Task AuditRows_CannotBeChangedInTheDatabaseEither()
    {
        await SubmitRequestAsync();
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE AuditEntries SET NewValue = 'forged'";
        var refusedUpdate = await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync());
        Assert.Contains("Audit rows cannot be changed", refusedUpdate.Message);

        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM AuditEntries";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task FailedSave_LeavesNoAuditRowsAndNoChange()
    {
        await using var db = _database.CreateContext();
        var before = await db.AuditEntries.CountAsync();
        var request = SupportRequest.Submit(
            new SupportRequestDetails("Unknown country", "ZZ", null, "Org", "Name", "a@b.org", ["teacher-shortage"], "Challenge", HopedInstrument.NotSure, Urgency.Low),
            RequestChannel.Portal, Secretariat, _database.Clock.GetUtcNow());
        db.SupportRequests.Add(request);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var read = _database.CreateContext();
        Assert.Equal(before, await read.AuditEntries.CountAsync());
        Assert.Equal(0, await read.SupportRequests.CountAsync());
    }

    private async Task<int> SubmitRequestAsync()
    {
        await using var db = _database.CreateContext();
        var request = SupportRequest.Submit(
            new SupportRequestDetails("Teacher shortage in Norway", "NO", null, "NCR", "Kari Nordmann", "kari@example.org",
                ["teacher-shortage"], "Too few maths teachers.", HopedInstrument.PolicyBriefing, Urgency.High),
            RequestChannel.Portal, Secretariat, _database.Clock.GetUtcNow());
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
