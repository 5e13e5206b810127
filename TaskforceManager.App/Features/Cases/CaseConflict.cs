namespace TaskforceManager.App.Features.Cases;

/// <summary>
/// A save that lost the race to someone else's: the fields that differ, the record as it is saved now, and the
/// user's change, kept so that it can be re-applied on top of the saved version.
/// </summary>
public sealed record CaseConflict<TView>(
    IReadOnlyList<FieldConflict> Rows,
    TView Fresh,
    Func<Guid, Task<TView>>? Retry,
    string Success,
    IReadOnlyList<FieldValue>? Yours,
    Action? OnSuccess)
{
    public bool CanReapply => Retry is not null;
}
