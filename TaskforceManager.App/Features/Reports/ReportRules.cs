using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;

namespace TaskforceManager.App.Features.Reports;

/// <summary>What the rule needs to know about a report's subject: its country, and whether its report has been published.</summary>
public sealed record ReportSubjectFacts(string? CountryCode, bool IsReportPublished = false);

/// <summary>
/// Who may produce which report. The secretariat produces every report. A member-state contact produces the overview
/// of their own country (what the portal shows them) and the briefing, taskforce or roundtable report of their country
/// once the secretariat has published it (the spec: contacts see "published outcomes and reports"); the pipeline is
/// the secretariat's alone. Experts produce none. The record itself must also be in the viewer's scope: the report
/// services read it through the access policy first, so another country's record is "not found" before this rule asks.
/// </summary>
public static class ReportRules
{
    public static bool CanProduce(Viewer viewer, ReportKind report, ReportSubjectFacts subject) => report switch
    {
        _ when viewer.IsSecretariat => true,
        ReportKind.Pipeline => false,
        ReportKind.CountryOverview => viewer.IsContact && string.Equals(viewer.CountryCode, subject.CountryCode, StringComparison.OrdinalIgnoreCase),
        _ => viewer.IsContact && subject.IsReportPublished && string.Equals(viewer.CountryCode, subject.CountryCode, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>The reports the viewer may choose on the page (each subject is checked again when produced).</summary>
    public static IReadOnlyList<ReportKind> Available(Viewer viewer) =>
        ReportKinds.All.Where(k => CanProduce(viewer, k, new ReportSubjectFacts(viewer.CountryCode, IsReportPublished: true))).ToList();

    /// <summary>Refuses, audited, when <see cref="CanProduce"/> says no; <paramref name="entity"/>/<paramref name="key"/> name the subject in the audit log.</summary>
    public static async Task EnsureCanProduceAsync(AccessPolicy access, Viewer viewer, ReportKind report, ReportSubjectFacts subject, string entity, object key)
    {
        if (CanProduce(viewer, report, subject))
        {
            return;
        }

        var name = ReportKinds.Name(report).ToLowerInvariant();
        var message = report switch
        {
            ReportKind.CountryOverview => "You can only produce the overview of your own country.",
            ReportKind.Pipeline => $"Only the secretariat can produce the {name}.",
            _ when viewer.IsContact => $"This {name} has not been published to you yet.",
            _ => $"Only the secretariat can produce the {name}.",
        };
        throw await access.NotAllowedAsync(viewer, entity, key, $"produce the {name}", message);
    }
}

/// <summary>A member of a case's team as reports show them: name, organisation and role, never contact details.</summary>
public sealed record TeamMember(int CaseId, string Name, string Organisation, AssignmentRole Role, DateTimeOffset? Since);

/// <summary>Queries the report services share.</summary>
internal static class ReportQueries
{
    /// <summary>The accepted team members of these cases, as the viewer may see them (lead first, then by name).</summary>
    public static async Task<IReadOnlyList<TeamMember>> TeamAsync(AppDbContext db, AccessPolicy access, Viewer v, CaseKind kind, IReadOnlyCollection<int> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0)
        {
            return [];
        }

        var rows = await (
            from a in access.Assignments(db, v).AsNoTracking()
            where a.CaseKind == kind && caseIds.Contains(a.CaseId) && a.Status == AssignmentStatus.Accepted
            join e in db.Experts on a.ExpertId equals e.Id
            join o in db.Organisations on e.OrganisationId equals o.Id
            select new TeamMember(a.CaseId, e.FullName, o.Name, a.Role, a.RespondedAt)).ToListAsync(ct);
        return rows.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>"Basque Country, Spain", "Spain", or "Europe-wide" when there is no country.</summary>
    public static async Task<string> PlaceAsync(AppDbContext db, string? countryCode, int? regionId, CancellationToken ct)
    {
        if (countryCode is null)
        {
            return "Europe-wide";
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Code == countryCode).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? countryCode;
        var region = regionId is null ? null : await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(ct);
        return region is null ? country : $"{region}, {country}";
    }

    public static async Task<Dictionary<string, string>> CountryNamesAsync(AppDbContext db, CancellationToken ct) =>
        await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);

    public static async Task<Dictionary<string, string>> ThemeNamesAsync(AppDbContext db, CancellationToken ct) =>
        await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);

    /// <summary>The reference a request carries everywhere, e.g. SR-2026-0042 (as <c>SupportRequest.Reference</c>).</summary>
    public static string RequestReference(int id, DateTimeOffset receivedAt) => $"SR-{receivedAt.Year}-{id:D4}";

    public static string Names(IEnumerable<string> codes, IReadOnlyDictionary<string, string> names) =>
        string.Join(", ", codes.Select(c => names.GetValueOrDefault(c, c)));
}
