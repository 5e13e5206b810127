using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Common;

/// <summary>One history step as pages show it.</summary>
public sealed record HistoryItem(DateTimeOffset At, string ActorName, string Action, string? FromState, string? ToState, string? Reason)
{
    public static IReadOnlyList<HistoryItem> From(IEnumerable<HistoryEntry> history) =>
        history.OrderByDescending(h => h.At).Select(h => new HistoryItem(h.At, h.ActorName, h.Action, h.FromState, h.ToState, h.Reason)).ToList();
}
