namespace TaskforceManager.Domain.Common;

/// <summary>
/// Which action is legal from which state, for one record type. The record asks it before every
/// transition and the UI asks it which buttons to show, so the two can never disagree.
/// </summary>
public sealed class TransitionTable<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly string _recordName;
    private readonly List<(TAction Action, string Done, TState[] From)> _rules = [];

    public TransitionTable(string recordName) => _recordName = recordName;

    /// <param name="done">How the action reads after "cannot be", e.g. "acknowledged".</param>
    public TransitionTable<TState, TAction> Allow(TAction action, string done, params TState[] from)
    {
        _rules.Add((action, done, from));
        return this;
    }

    public bool Can(TState state, TAction action) =>
        _rules.Any(r => EqualityComparer<TAction>.Default.Equals(r.Action, action) && r.From.Contains(state));

    public IReadOnlyList<TAction> Permitted(TState state) =>
        _rules.Where(r => r.From.Contains(state)).Select(r => r.Action).Distinct().ToList();

    public void Ensure(TState state, TAction action)
    {
        if (Can(state, action))
        {
            return;
        }

        var rule = _rules.FirstOrDefault(r => EqualityComparer<TAction>.Default.Equals(r.Action, action));
        var done = rule.Done ?? Words.Of(action);
        var allowedFrom = rule.From is { Length: > 0 }
            ? $" Only {Article(_recordName)} {_recordName} that is {string.Join(" or ", rule.From.Select(s => Words.Of(s)))} can be {done}."
            : string.Empty;
        throw new DomainException($"This {_recordName} is {Words.Of(state)}, so it cannot be {done}.{allowedFrom}");
    }

    private static string Article(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an" : "a";
}
