namespace TaskforceManager.Domain.Common;

/// <summary>One step in a record's history: who did what, when, from which state to which, and why.</summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string Action,
    string? FromState,
    string? ToState,
    string? Reason)
{
    public const int ActionMaxLength = 80;
    public const int StateMaxLength = 40;
    public const int ReasonMaxLength = 2000;

    internal static HistoryEntry Create(Actor by, DateTimeOffset at, string action, string? from, string? to, string? reason) =>
        new(at.ToUniversalTime(), by.Id, by.Name, action, from, to, reason);
}
