using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Infrastructure.Access;

/// <summary>
/// The one place that decides what the current user may see and do. Read scopes are queries, so lists are filtered
/// in the database; every feature service starts from them and asks the Can… rules before changing anything.
/// <list type="bullet">
/// <item>Secretariat: everything.</item>
/// <item>Member-state contact: records of their country (only their region's, if bound to one); published outcomes
/// only; no internal notes; experts' names, organisations and roles only.</item>
/// <item>Expert: cases they have accepted (and roundtables their taskforces convened), their meetings, the requests
/// behind them, their own assignments and profile; no internal notes.</item>
/// <item>Anonymous: nothing here; the public overview has its own service with public fields only.</item>
/// </list>
/// </summary>
public sealed class AccessPolicy(ICurrentUser currentUser, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<AccessPolicy> logger)
{
    public Task<Viewer> ViewerAsync() => currentUser.GetViewerAsync();

    public IQueryable<SupportRequest> Requests(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.SupportRequests;
        }

        if (v.IsContact)
        {
            return db.SupportRequests.Where(r => r.CountryCode == v.CountryCode && (v.RegionId == null || r.RegionId == v.RegionId));
        }

        if (v.IsExpert)
        {
            var briefings = Briefings(db, v).Select(b => b.SupportRequestId);
            var taskforces = Taskforces(db, v).Select(t => t.SupportRequestId);
            var roundtables = Roundtables(db, v).Select(r => r.SupportRequestId);
            return db.SupportRequests.Where(r =>
                briefings.Contains(r.Id) || taskforces.Contains(r.Id) || roundtables.Contains(r.Id));
        }

        return db.SupportRequests.Where(_ => false);
    }

    public IQueryable<PolicyBriefing> Briefings(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.PolicyBriefings;
        }

        if (v.IsContact)
        {
            return db.PolicyBriefings.Where(b => b.CountryCode == v.CountryCode && (v.RegionId == null || b.RegionId == v.RegionId));
        }

        if (v.IsExpert)
        {
            var mine = AcceptedCaseIds(db, v, CaseKind.PolicyBriefing);
            return db.PolicyBriefings.Where(b => mine.Contains(b.Id));
        }

        return db.PolicyBriefings.Where(_ => false);
    }

    public IQueryable<Taskforce> Taskforces(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.Taskforces;
        }

        if (v.IsContact)
        {
            return db.Taskforces.Where(t => t.CountryCode == v.CountryCode && (v.RegionId == null || t.RegionId == v.RegionId));
        }

        if (v.IsExpert)
        {
            var mine = AcceptedCaseIds(db, v, CaseKind.Taskforce);
            return db.Taskforces.Where(t => mine.Contains(t.Id));
        }

        return db.Taskforces.Where(_ => false);
    }

    public IQueryable<Roundtable> Roundtables(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.Roundtables;
        }

        var taskforces = Taskforces(db, v).Select(t => (int?)t.Id);
        if (v.IsContact)
        {
            // A roundtable has no region of its own: a region-bound contact sees those their region's taskforces convened.
            return db.Roundtables.Where(r => taskforces.Contains(r.TaskforceId)
                || (v.RegionId == null && r.CountryCode == v.CountryCode));
        }

        if (v.IsExpert)
        {
            var mine = AcceptedCaseIds(db, v, CaseKind.Roundtable);
            return db.Roundtables.Where(r => mine.Contains(r.Id) || taskforces.Contains(r.TaskforceId));
        }

        return db.Roundtables.Where(_ => false);
    }

    public IQueryable<Meeting> Meetings(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.Meetings;
        }

        if (v.IsAnonymous)
        {
            return db.Meetings.Where(_ => false);
        }

        var taskforces = Taskforces(db, v).Select(t => (int?)t.Id);
        var roundtables = Roundtables(db, v).Select(r => (int?)r.Id);
        return db.Meetings.Where(m => taskforces.Contains(m.TaskforceId) || roundtables.Contains(m.RoundtableId));
    }

    /// <summary>Assignments the viewer may see: all for the secretariat; an expert's own; accepted team members of visible cases.</summary>
    public IQueryable<ExpertAssignment> Assignments(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.Assignments;
        }

        if (v.IsAnonymous)
        {
            return db.Assignments.Where(_ => false);
        }

        var briefings = Briefings(db, v).Select(b => b.Id);
        var taskforces = Taskforces(db, v).Select(t => t.Id);
        var roundtables = Roundtables(db, v).Select(r => r.Id);
        return db.Assignments.Where(a =>
            (v.ExpertId != null && a.ExpertId == v.ExpertId) ||
            (a.Status == AssignmentStatus.Accepted && (
                (a.CaseKind == CaseKind.PolicyBriefing && briefings.Contains(a.CaseId)) ||
                (a.CaseKind == CaseKind.Taskforce && taskforces.Contains(a.CaseId)) ||
                (a.CaseKind == CaseKind.Roundtable && roundtables.Contains(a.CaseId)))));
    }

    /// <summary>Experts whose public profile (name, organisation, country, expertise) the viewer may see.</summary>
    public IQueryable<Expert> Experts(AppDbContext db, Viewer v)
    {
        if (v.IsSecretariat)
        {
            return db.Experts;
        }

        if (v.IsAnonymous)
        {
            return db.Experts.Where(_ => false);
        }

        var team = Assignments(db, v).Where(a => a.Status == AssignmentStatus.Accepted).Select(a => a.ExpertId);
        return db.Experts.Where(e => e.Id == v.ExpertId || team.Contains(e.Id));
    }

    public static bool CanManageCases(Viewer v) => v.IsSecretariat;

    public static bool CanSeeInternalNotes(Viewer v) => v.IsSecretariat;

    /// <summary>An expert's e-mail and phone: only the secretariat and the expert themselves.</summary>
    public static bool CanSeePrivateContact(Viewer v, int expertId) => v.IsSecretariat || (v.IsExpert && v.ExpertId == expertId);

    public static bool CanEditExpertProfile(Viewer v, int expertId) => CanSeePrivateContact(v, expertId);

    /// <summary>Contacts see a meeting's outcomes only once published; the team and the secretariat see drafts too.</summary>
    public static bool CanSeeOutcomes(Viewer v, OutcomeStatus status) => !v.IsContact || status == OutcomeStatus.Published;

    /// <summary>The secretariat, or an expert with an accepted place on the meeting's case (checked by the caller's query).</summary>
    public static bool CanLogMeetings(Viewer v) => v.IsSecretariat || v.IsExpert;

    public static bool CanRespondToAssignment(Viewer v, ExpertAssignment assignment) =>
        v.IsSecretariat || (v.IsExpert && assignment.ExpertId == v.ExpertId);

    /// <summary>The secretariat for any request; a contact for requests of their own country and region.</summary>
    public static bool CanWithdrawRequest(Viewer v, SupportRequest request) =>
        v.IsSecretariat || v.CoversPlace(request.CountryCode, request.RegionId);

    public static bool CanSubmitRequestFor(Viewer v, string countryCode, int? regionId) =>
        v.IsSecretariat || v.CoversPlace(countryCode, regionId);

    /// <summary>The one record matching <paramref name="match"/> within the viewer's scope; otherwise the refusal is audited and "not found" thrown.</summary>
    public async Task<T> SingleVisibleAsync<T>(IQueryable<T> scope, Expression<Func<T, bool>> match, Viewer v, object key, string action, CancellationToken ct)
        where T : class =>
        await scope.SingleOrDefaultAsync(match, ct) ?? throw await NotFoundAsync(v, typeof(T).Name, key, action);

    /// <summary>Records a refused access in the audit log and returns the "not found" to throw, which reveals nothing.</summary>
    public async Task<RecordNotFoundException> NotFoundAsync(Viewer v, string entity, object key, string action)
    {
        await RecordRefusalAsync(v, entity, key, action);
        return new RecordNotFoundException(Domain.Common.Words.Split(entity));
    }

    /// <summary>Records a refused action on a record the user may see, and returns the exception to throw.</summary>
    public async Task<ActionNotAllowedException> NotAllowedAsync(Viewer v, string entity, object key, string action, string message)
    {
        await RecordRefusalAsync(v, entity, key, action);
        return new ActionNotAllowedException(message);
    }

    /// <summary>Writes a security event (sign-in, lockout, refusal, account change) to the audit log, in its own save.</summary>
    public async Task RecordSecurityEventAsync(string userId, string userName, string @event, string subject, string? detail)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = Truncate(userId, Actor.IdMaxLength),
            UserName = Truncate(userName, Actor.NameMaxLength),
            Entity = "Security",
            EntityKey = Truncate(subject, AuditEntry.KeyMaxLength),
            Operation = AuditOperation.SecurityEvent,
            Field = @event,
            NewValue = detail,
        });
        await db.SaveChangesAsync();
    }

    private async Task RecordRefusalAsync(Viewer v, string entity, object key, string action)
    {
        var subject = $"{entity}/{Convert.ToString(key, CultureInfo.InvariantCulture)}";
        logger.LogWarning("Refused {Action} on {Subject} for {User} ({Role}).", action, subject, v.UserId ?? "anonymous", v.Role?.ToString() ?? "anonymous");
        await RecordSecurityEventAsync(v.UserId ?? "anonymous", v.Name, "AccessRefused", subject, $"{action} refused for {v.Role?.ToString() ?? "an anonymous visitor"}");
    }

    private static IQueryable<int> AcceptedCaseIds(AppDbContext db, Viewer v, CaseKind kind) =>
        db.Assignments.Where(a => a.ExpertId == v.ExpertId && a.Status == AssignmentStatus.Accepted && a.CaseKind == kind).Select(a => a.CaseId);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
