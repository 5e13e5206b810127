using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Cases;

/// <summary>One step of a case's history as a sentence, e.g. "Anna Visser moved the taskforce from Proposed to Active on 12 March 2026, 14:05 UTC".</summary>
public sealed record CaseHistoryItem(DateTimeOffset At, string Sentence, string? Detail);

/// <summary>
/// A case's history in words, newest first: the record's own history, and for the secretariat also its team's
/// (invitations, responses, releases, overrides), which fields each edit changed and when the internal notes changed
/// (both from the audit trail).
/// </summary>
public static partial class CaseHistory
{
    // A save stamps the audit rows a moment after the domain stamped its history entry.
    private static readonly TimeSpan SameSave = TimeSpan.FromSeconds(10);

    public static CaseHistoryItem Describe(HistoryEntry entry, string subject, string? prefix = null)
    {
        var when = CaseFormat.DateTime(entry.At);
        if (entry.FromState is { } from && entry.ToState is { } to)
        {
            var what = DeliverableUpdate().Match(entry.Action) is { Success: true } m ? $"the deliverable {m.Groups[1].Value}" : subject;
            return new CaseHistoryItem(entry.At, $"{entry.ActorName} moved {what} from {CaseFormat.State(from)} to {CaseFormat.State(to)} on {when}", entry.Reason);
        }

        return new CaseHistoryItem(entry.At, $"{prefix}{entry.Action} by {entry.ActorName} on {when}", entry.Reason);
    }

    public static async Task<IReadOnlyList<CaseHistoryItem>> BuildAsync(
        AppDbContext db, AccessPolicy access, Viewer v, CaseKind kind, int id, string noun, IEnumerable<HistoryEntry> own, CancellationToken ct = default)
    {
        var items = new List<CaseHistoryItem>();
        var secretariat = AccessPolicy.CanManageCases(v);
        var audit = secretariat ? await AuditOfAsync(db, kind, id, ct) : [];

        foreach (var entry in own)
        {
            var item = Describe(entry, $"the {noun}");
            if (entry.Action == "Edited")
            {
                var fields = audit
                    .Where(a => a.UserId == entry.ActorId && a.Field != "InternalNotes" && (a.At - entry.At).Duration() <= SameSave)
                    .Select(a => Words.Split(a.Field))
                    .Distinct()
                    .ToList();
                if (fields.Count > 0)
                {
                    item = item with { Detail = $"Changed: {string.Join(", ", fields)}." };
                }
            }

            items.Add(item);
        }

        foreach (var notes in audit.Where(a => a.Field == "InternalNotes"))
        {
            items.Add(new CaseHistoryItem(notes.At, $"Internal notes changed by {notes.UserName} on {CaseFormat.DateTime(notes.At)}", null));
        }

        if (secretariat)
        {
            var team = await access.Assignments(db, v).AsNoTracking().Where(a => a.CaseKind == kind && a.CaseId == id).ToListAsync(ct);
            var expertIds = team.Select(a => a.ExpertId).Distinct().ToList();
            var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.FullName, ct);
            foreach (var assignment in team)
            {
                var name = names.GetValueOrDefault(assignment.ExpertId, "An expert");
                items.AddRange(assignment.History.Select(h => Describe(h, $"{name}'s assignment", $"{name}: ")));
            }
        }

        // Steps saved in the same instant keep their order, newest first.
        return items.Select((item, index) => (item, index)).OrderByDescending(x => x.item.At).ThenByDescending(x => x.index).Select(x => x.item).ToList();
    }

    private static async Task<List<AuditEntry>> AuditOfAsync(AppDbContext db, CaseKind kind, int id, CancellationToken ct)
    {
        var entity = kind switch
        {
            CaseKind.PolicyBriefing => nameof(Domain.Briefings.PolicyBriefing),
            CaseKind.Taskforce => nameof(Domain.Taskforces.Taskforce),
            _ => nameof(Domain.Roundtables.Roundtable),
        };
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key && a.Operation == AuditOperation.Update)
            .ToListAsync(ct);
    }

    [GeneratedRegex("^Deliverable (\".*\") updated$")]
    private static partial Regex DeliverableUpdate();
}
