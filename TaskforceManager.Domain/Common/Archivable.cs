namespace TaskforceManager.Domain.Common;

/// <summary>
/// Reference data is never deleted once a case may refer to it: it is archived, which hides it from choices for new
/// work while old records keep pointing at it.
/// </summary>
public interface IArchivable
{
    bool IsArchived { get; }

    void Archive();

    void Restore();
}

public static class Archiving
{
    /// <summary>The archived flag after archiving or restoring; refuses a move to the state it is already in.</summary>
    public static bool Move(bool isArchived, bool toArchived, string name) =>
        isArchived == toArchived
            ? throw new DomainException(toArchived ? $"{name} is already archived." : $"{name} is not archived.")
            : toArchived;
}
