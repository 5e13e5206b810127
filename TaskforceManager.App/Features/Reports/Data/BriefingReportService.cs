using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Matching;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.Reports;

/// <summary>A best practice the briefing points to, with why it fits (the matching's reasons, in words).</summary>
public sealed record PracticeMatch(string Name, string Country, string Organisation, string Why, string TransferredTo);

public sealed record BriefingReportData(
    int Id,
    string Title,
    string Place,
    string? RequestingOrganisation,
    IReadOnlyList<string> Themes,
    PolicyBriefingStatus Status,
    DateOnly? DueOn,
    DateTimeOffset? DeliveredAt,
    string Challenge,
    string? Context,
    string? Recommendations,
    string? RequestReference,
    string? OwnerName,
    IReadOnlyList<TeamMember> Authors,
    IReadOnlyList<PracticeMatch> Practices);

/// <summary>
/// The policy briefing document: challenge, context, recommendations, matched best practices and authors. Never its
/// internal notes: the document goes to the requester.
/// </summary>
public sealed class BriefingReportService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access)
{
    /// <summary>How many matched practices the document lists.</summary>
    public const int PracticeCount = 5;

    public async Task<BriefingReportData> GetAsync(int briefingId, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var b = await access.Briefings(db, v).AsNoTracking().Where(x => x.Id == briefingId)
            .Select(x => new
            {
                x.Id, x.Title, x.CountryCode, x.RegionId, x.RequestingOrganisation, x.ThemeCodes, x.Status, x.DueOn, x.DeliveredAt,
                x.Challenge, x.Context, x.Recommendations, x.SupportRequestId, x.OwnerName, x.IsReportPublished,
            })
            .SingleOrDefaultAsync(ct)
            ?? throw await access.NotFoundAsync(v, nameof(PolicyBriefing), briefingId, "produce the briefing document of");
        await ReportRules.EnsureCanProduceAsync(access, v, ReportKind.Briefing, new ReportSubjectFacts(b.CountryCode, b.IsReportPublished), nameof(PolicyBriefing), briefingId);

        var themes = await ReportQueries.ThemeNamesAsync(db, ct);
        var request = await access.Requests(db, v).AsNoTracking().Where(r => r.Id == b.SupportRequestId)
            .Select(r => new { r.Id, r.ReceivedAt }).SingleOrDefaultAsync(ct);
        return new BriefingReportData(
            b.Id,
            b.Title,
            await ReportQueries.PlaceAsync(db, b.CountryCode, b.RegionId, ct),
            b.RequestingOrganisation,
            b.ThemeCodes.Select(c => themes.GetValueOrDefault(c, c)).ToList(),
            b.Status,
            b.DueOn,
            b.DeliveredAt,
            b.Challenge,
            b.Context,
            b.Recommendations,
            request is null ? null : ReportQueries.RequestReference(request.Id, request.ReceivedAt),
            b.OwnerName,
            await ReportQueries.TeamAsync(db, access, v, CaseKind.PolicyBriefing, [b.Id], ct),
            await PracticesAsync(db, b.CountryCode, b.ThemeCodes, themes, ct));
    }

    /// <summary>The best practices the matching ranks highest for the briefing's country and themes.</summary>
    private static async Task<IReadOnlyList<PracticeMatch>> PracticesAsync(AppDbContext db, string countryCode, IReadOnlyCollection<string> themeCodes,
        IReadOnlyDictionary<string, string> themeNames, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.Name, c.Size }).ToDictionaryAsync(c => c.Code, ct);
        var practices = await db.BestPractices.AsNoTracking().Where(p => !p.IsArchived)
            .Select(p => new
            {
                p.Id, p.Name, p.CountryCode, p.Organisation, p.EducationLevel, p.ThemeCodes, p.Status,
                Transfers = p.Transfers.Select(t => new { t.ToCountryCode, t.Year }).ToList(),
            })
            .ToListAsync(ct);
        CountrySize? SizeOf(string? code) => code is not null && countries.TryGetValue(code, out var c) ? c.Size : null;
        string NameOf(string? code) => code is null ? "Europe-wide" : countries.TryGetValue(code, out var c) ? c.Name : code;

        var candidates = practices.Select(p => new PracticeCandidate(p.Id, p.Name, p.CountryCode, SizeOf(p.CountryCode), p.EducationLevel, p.ThemeCodes, p.Status,
            p.Transfers.Select(t => (t.ToCountryCode, SizeOf(t.ToCountryCode), t.Year)).ToList()));
        var ranked = PracticeRanking.Rank(new PracticeContext(countryCode, SizeOf(countryCode), themeCodes, null), candidates);
        var byId = practices.ToDictionary(p => p.Id);
        return ranked.Take(PracticeCount).Select(s =>
        {
            var p = byId[s.Practice.PracticeId];
            var transfers = p.Transfers.OrderBy(t => t.Year).Select(t => $"{NameOf(t.ToCountryCode)} ({t.Year})");
            // The ranking names shared themes by code ("Theme girls-in-stem matches"); a document names them in words.
            var shared = p.ThemeCodes.Where(c => themeCodes.Contains(c, StringComparer.OrdinalIgnoreCase)).Select(c => themeNames.GetValueOrDefault(c, c));
            var others = s.Reasons.Where(r => !(r.Text.StartsWith("Theme ", StringComparison.Ordinal) && r.Text.EndsWith(" matches", StringComparison.Ordinal)));
            var why = string.Join("; ", [$"Shares the theme{(shared.Count() > 1 ? "s" : string.Empty)} {string.Join(", ", shared)}", .. others.Select(r => r.Text)]);
            return new PracticeMatch(p.Name, NameOf(p.CountryCode), p.Organisation, why, string.Join(", ", transfers));
        }).ToList();
    }
}
