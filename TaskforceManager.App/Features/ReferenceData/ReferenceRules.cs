using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>How many open cases or active people use an item, in words ("3 open requests").</summary>
public sealed record ReferenceUse(int Count, string One, string Many)
{
    public override string ToString() => $"{Count} {(Count == 1 ? One : Many)}";
}

/// <summary>What the reference data services share: who may manage it, when it may be archived, and how a clash reads.</summary>
internal static class ReferenceRules
{
    /// <summary>The states in which a case is still open, so the reference data it uses must stay choosable.</summary>
    public static readonly SupportRequestStatus[] OpenRequests = [SupportRequestStatus.Submitted, SupportRequestStatus.InReview];
    public static readonly PolicyBriefingStatus[] OpenBriefings = [PolicyBriefingStatus.Draft, PolicyBriefingStatus.InReview];
    public static readonly TaskforceStatus[] OpenTaskforces = [TaskforceStatus.Proposed, TaskforceStatus.Active, TaskforceStatus.Suspended];
    public static readonly RoundtableStatus[] OpenRoundtables = [RoundtableStatus.Planned, RoundtableStatus.Held];

    public static bool CanManage(Viewer v) => v.IsSecretariat;

    /// <summary>The viewer, if they may manage reference data; otherwise the refusal is audited and thrown.</summary>
    public static async Task<Viewer> EnsureManagerAsync(this AccessPolicy access, string entity, object key, string action)
    {
        var viewer = await access.ViewerAsync();
        if (!CanManage(viewer))
        {
            throw await access.NotAllowedAsync(viewer, entity, key, action, "Only the secretariat manages reference data.");
        }

        return viewer;
    }

    /// <summary>Refuses to archive an item that open cases or active people still use, saying which.</summary>
    public static void RefuseArchiveIfUsed(string name, IEnumerable<ReferenceUse> uses)
    {
        var used = uses.Where(u => u.Count > 0).Select(u => u.ToString()).ToList();
        if (used.Count > 0)
        {
            throw new DomainException($"{name} is used by {JoinWords(used)}; archive refused.");
        }
    }

    public static string JoinWords(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    /// <summary>
    /// Saves; a lost race on the version is a conflict, and a unique index refusing the row (someone created the same
    /// name a moment ago) becomes the same field message the check before saving gives.
    /// </summary>
    public static async Task SaveAsync(this AppDbContext db, string what, Func<FieldValidationException> onDuplicate, CancellationToken ct)
    {
        try
        {
            await db.SaveOrConflictAsync(what, ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && IsUniqueViolation(ex))
        {
            throw onDuplicate();
        }
    }

    public static FieldValidationException FieldError(string field, string message) => new([(field, message)]);

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE constraint failed", StringComparison.OrdinalIgnoreCase) == true ||
        ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
