using TaskforceManager.Domain.Common;

namespace TaskforceManager.Tests.Domain;

/// <summary>Asserts what the last step of a record's history says: who, when (in UTC), from which state to which, and why.</summary>
internal static class Recorded
{
    public static HistoryEntry Last(IReadOnlyList<HistoryEntry> history, Actor by, DateTimeOffset at, string? from, string? to, string? reason = null)
    {
        Assert.NotEmpty(history);
        var entry = history[^1];
        Assert.Equal(by.Id, entry.ActorId);
        Assert.Equal(by.Name, entry.ActorName);
        Assert.Equal(at, entry.At);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(from, entry.FromState);
        Assert.Equal(to, entry.ToState);
        Assert.Equal(reason, entry.Reason);
        Assert.False(string.IsNullOrWhiteSpace(entry.Action));
        return entry;
    }
}
