namespace TaskforceManager.App.Infrastructure.Access;

/// <summary>
/// The record does not exist, or the user may not know it exists: both read the same, so that probing ids reveals
/// nothing.
/// </summary>
public sealed class RecordNotFoundException(string what) : Exception($"We could not find that {what}. It may not exist, or it is not shared with you.")
{
    public string What { get; } = what;
}

/// <summary>The user may see the record but not do this to it.</summary>
public sealed class ActionNotAllowedException(string message) : Exception(message);
