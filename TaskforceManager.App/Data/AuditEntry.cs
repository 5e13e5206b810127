namespace TaskforceManager.App.Data;

public enum AuditOperation
{
    Insert,
    Update,
    Delete,

    /// <summary>A sign-in, a lockout, an account change or a refused access; <see cref="AuditEntry.Field"/> names the event.</summary>
    SecurityEvent,
}

/// <summary>One changed field of one record: who, when, what it was and what it became. Written only by the context; never edited.</summary>
public sealed class AuditEntry
{
    public const int EntityMaxLength = 100;
    public const int KeyMaxLength = 100;
    public const int FieldMaxLength = 100;

    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public required string Entity { get; init; }
    public required string EntityKey { get; init; }
    public AuditOperation Operation { get; init; }
    public required string Field { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
}
