using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Matching;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;

namespace TaskforceManager.App.Features.Matching;

/// <summary>What suggestions are asked for: a support request (Kind is null) or a case of one kind.</summary>
public sealed record SuggestionFor(CaseKind? Kind, int Id)
{
    public static SuggestionFor Request(int id) => new(null, id);

    public static SuggestionFor Case(CaseKind kind, int id) => new(kind, id);
}

/// <summary>A ranked expert with what the panel shows beside the reasons: their workload against the cap and their monthly availability.</summary>
public sealed record ExpertSuggestionView(ExpertSuggestion Suggestion, string CountryName, int WorkloadCap, int AvailableDaysPerMonth)
{
    public ExpertCandidate Expert => Suggestion.Expert;
}

/// <summary>The secretariat's suggestions for one request or case: the best experts, those excluded with the reason, the best practices.</summary>
public sealed record CaseSuggestions(
    IReadOnlyList<ExpertSuggestionView> Experts,
    IReadOnlyList<ExpertSuggestionView> Excluded,
    IReadOnlyList<PracticeSuggestion> Practices,
    bool CanInvite);

/// <summary>
/// Ranked experts and best practices for a request or case, by the domain's <see cref="ExpertRanking"/> and
/// <see cref="PracticeRanking"/>. Only the secretariat may ask; a refusal is audited like every other.
/// </summary>
public sealed class SuggestionService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public const int TopExperts = 10;
    public const int TopPractices = 5;

    /// <summary>How far ahead a case without dates is assumed to run, to check availability.</summary>
    private static readonly int DefaultPeriodMonths = 6;

    public async Task<CaseSuggestions> ForAsync(SuggestionFor target, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        var entity = target.Kind?.ToString() ?? "SupportRequest";
        if (!AccessPolicy.CanManageCases(v))
        {
            throw await access.NotAllowedAsync(v, entity, target.Id, "see suggestions for", "Only the secretariat sees suggestions for a case.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = await CaseFactsAsync(db, v, target, today, ct);

        var team = await db.Assignments.AsNoTracking()
            .Where(a => target.Kind != null && a.CaseKind == target.Kind && a.CaseId == target.Id
                        && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { e.Id, e.Sector })
            .ToListAsync(ct);

        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.Name, c.Size, c.LanguageCodes }).ToDictionaryAsync(c => c.Code, ct);
        var country = facts.CountryCode is not null && countries.TryGetValue(facts.CountryCode, out var c0) ? c0 : null;

        // The ranking writes its reasons with the themes it is given: give it their names, the same on both sides, so users read words, not codes.
        var themeNames = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        string ThemeName(string code) => themeNames.GetValueOrDefault(code, code);
        var caseThemes = facts.Themes.Select(ThemeName).ToList();

        var profile = new CaseProfile(facts.CountryCode, country?.LanguageCodes ?? [], caseThemes, facts.Organisations,
            facts.From, facts.To, team.Select(t => t.Sector).Distinct().ToList(), team.Select(t => t.Id).ToList());

        // Only what the ranking reads: a whole expert carries a biography and contact details it has no use for.
        var experts = await access.Experts(db, v).AsNoTracking()
            .Where(e => e.IsActive)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new CandidateRow(
                e.Id, e.FullName, e.CountryCode, e.Sector, e.LanguageCodes, e.AvailableDaysPerMonth, o.Name, o.Membership,
                e.Expertise.Select(t => new ThemeRow(t.ThemeCode, t.Level)).ToList(),
                e.UnavailablePeriods.Select(p => new PeriodRow(p.From, p.To)).ToList(),
                e.Conflicts.Select(k => new ConflictRow(k.Kind, k.Subject)).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);
        var active = await db.Assignments.AsNoTracking()
            .Where(a => a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var similar = await SimilarPastCasesAsync(db, target, facts.Themes, ct);

        var candidates = experts.Select(x => new ExpertCandidate(
            x.Id, x.FullName, x.Organisation, x.Membership == MembershipStatus.Active, x.Sector,
            x.Themes.Select(t => (ThemeName(t.ThemeCode), t.Level)).ToList(), x.LanguageCodes,
            active.GetValueOrDefault(x.Id),
            x.Periods.Select(p => (p.From, p.To)).ToList(),
            x.Conflicts.Select(k => (k.Kind, k.Subject)).ToList(),
            similar.GetValueOrDefault(x.Id))).ToList();
        var byId = experts.ToDictionary(x => x.Id);
        var cap = ExpertAssignment.DefaultWorkloadCap;
        var ranked = ExpertRanking.Rank(profile, candidates, cap)
            .Select(s => new ExpertSuggestionView(s, countries.TryGetValue(byId[s.Expert.ExpertId].CountryCode, out var ec) ? ec.Name : byId[s.Expert.ExpertId].CountryCode,
                cap, byId[s.Expert.ExpertId].AvailableDaysPerMonth))
            .ToList();

        var practices = await db.BestPractices.AsNoTracking().Where(p => !p.IsArchived)
            .Select(p => new PracticeRow(p.Id, p.Name, p.CountryCode, p.EducationLevel, p.ThemeCodes, p.Status,
                p.Transfers.Select(t => new TransferRow(t.ToCountryCode, t.Year)).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);
        var practiceRanking = PracticeRanking.Rank(
            new PracticeContext(facts.CountryCode, country?.Size, caseThemes, null),
            practices.Select(p => new PracticeCandidate(p.Id, p.Name, p.CountryCode, SizeOf(p.CountryCode), p.EducationLevel, p.ThemeCodes.Select(ThemeName).ToList(), p.Status,
                p.Transfers.Select(t => (t.ToCountryCode, SizeOf(t.ToCountryCode), t.Year)).ToList())));

        return new CaseSuggestions(
            ranked.Where(s => !s.Suggestion.IsExcluded).Take(TopExperts).ToList(),
            ranked.Where(s => s.Suggestion.IsExcluded).ToList(),
            practiceRanking.Take(TopPractices).ToList(),
            CanInvite: target.Kind is not null);

        Domain.Reference.CountrySize? SizeOf(string? code) => code is not null && countries.TryGetValue(code, out var pc) ? pc.Size : null;
    }

    private sealed record CandidateRow(
        int Id, string FullName, string CountryCode, HelixSector Sector, List<string> LanguageCodes, int AvailableDaysPerMonth, string Organisation,
        MembershipStatus Membership, List<ThemeRow> Themes, List<PeriodRow> Periods, List<ConflictRow> Conflicts);

    private sealed record ThemeRow(string ThemeCode, ExpertiseLevel Level);

    private sealed record PeriodRow(DateOnly From, DateOnly To);

    private sealed record ConflictRow(ConflictKind Kind, string Subject);

    private sealed record PracticeRow(
        int Id, string Name, string? CountryCode, EducationLevel EducationLevel, List<string> ThemeCodes, PracticeStatus Status, List<TransferRow> Transfers);

    private sealed record TransferRow(string ToCountryCode, int Year);

    private sealed record Facts(string? CountryCode, IReadOnlyList<string> Themes, IReadOnlyList<string> Organisations, DateOnly From, DateOnly To);

    /// <summary>The facts of the request or case the ranking needs, read within the viewer's scope (a case out of scope is "not found", audited).</summary>
    private async Task<Facts> CaseFactsAsync(AppDbContext db, Viewer v, SuggestionFor target, DateOnly today, CancellationToken ct)
    {
        var id = target.Id;
        var later = today.AddMonths(DefaultPeriodMonths);
        switch (target.Kind)
        {
            case null:
                var r = await access.SingleVisibleAsync(access.Requests(db, v).AsNoTracking(), x => x.Id == id, v, id, "see suggestions for", ct);
                return new Facts(r.CountryCode, r.ThemeCodes, Names(r.RequestingOrganisation), today, later);
            case CaseKind.PolicyBriefing:
                var b = await access.SingleVisibleAsync(access.Briefings(db, v).AsNoTracking(), x => x.Id == id, v, id, "see suggestions for", ct);
                return new Facts(b.CountryCode, b.ThemeCodes, Names(b.RequestingOrganisation), today, Later(today, b.DueOn));
            case CaseKind.Taskforce:
                var t = await access.SingleVisibleAsync(access.Taskforces(db, v).AsNoTracking(), x => x.Id == id, v, id, "see suggestions for", ct);
                var requester = await db.SupportRequests.Where(x => x.Id == t.SupportRequestId).Select(x => x.RequestingOrganisation).SingleOrDefaultAsync(ct);
                var from = t.StartDate is { } s && s > today ? s : today;
                return new Facts(t.CountryCode, t.ThemeCodes, Names(t.HostOrganisation, requester), from, t.EndDate is { } e && e >= from ? e : from.AddMonths(DefaultPeriodMonths));
            default:
                var rt = await access.SingleVisibleAsync(access.Roundtables(db, v).AsNoTracking(), x => x.Id == id, v, id, "see suggestions for", ct);
                var host = await db.Taskforces.Where(x => x.Id == rt.TaskforceId).Select(x => x.HostOrganisation).SingleOrDefaultAsync(ct);
                var day = rt.PlannedOn is { } p && p >= today ? p : today;
                return new Facts(rt.CountryCode, [rt.ThemeCode], Names(rt.RequestedBy, host), day, rt.PlannedOn is null ? later : day);
        }
    }

    private static DateOnly Later(DateOnly today, DateOnly? due) => due is { } d && d >= today ? d : today.AddMonths(DefaultPeriodMonths);

    private static IReadOnlyList<string> Names(params string?[] names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Per expert, how many other cases on at least one of these themes they accepted (whether still on them or released).</summary>
    private static async Task<Dictionary<int, int>> SimilarPastCasesAsync(AppDbContext db, SuggestionFor target, IReadOnlyList<string> themes, CancellationToken ct)
    {
        var codes = themes.ToList();
        var briefings = db.PolicyBriefings.Where(b => b.ThemeCodes.Any(c => codes.Contains(c))).Select(b => b.Id);
        var taskforces = db.Taskforces.Where(t => t.ThemeCodes.Any(c => codes.Contains(c))).Select(t => t.Id);
        var roundtables = db.Roundtables.Where(r => codes.Contains(r.ThemeCode)).Select(r => r.Id);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Released)
                        && !(a.CaseKind == target.Kind && a.CaseId == target.Id)
                        && ((a.CaseKind == CaseKind.PolicyBriefing && briefings.Contains(a.CaseId))
                            || (a.CaseKind == CaseKind.Taskforce && taskforces.Contains(a.CaseId))
                            || (a.CaseKind == CaseKind.Roundtable && roundtables.Contains(a.CaseId))))
            .Select(a => new { a.ExpertId, a.CaseKind, a.CaseId })
            .Distinct()
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ExpertId).ToDictionary(g => g.Key, g => g.Count());
    }
}
