using Microsoft.EntityFrameworkCore;

namespace TaskforceManager.App.Data;

/// <summary>Someone else saved the same record first; the message tells the user what to do.</summary>
public sealed class ConcurrencyConflictException(string message, Exception inner) : Exception(message, inner);

public static class SaveExtensions
{
    /// <summary>Saves, turning a lost race with another user's save into a conflict message; nothing of this save is kept.</summary>
    public static async Task SaveOrConflictAsync(this AppDbContext db, string what, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(
                $"Someone else changed this {what} after you opened it, so your change was not saved. Reload to see their changes, then make yours again.",
                ex);
        }
    }
}
