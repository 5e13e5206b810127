using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Dashboard;

/// <summary>The figures on the home dashboard's tiles, counted in the database.</summary>
public sealed record DashboardCounts(
    int OpenRequests,
    int OverdueRequests,
    int BriefingsInProgress,
    int ActiveTaskforces,
    int ProposedTaskforces,
    int PlannedRoundtables,
    int UpcomingMeetings,
    int LogsAwaitingReview,
    int Experts,
    int BestPractices,
    int MemberOrganisations,
    int OverdueActionItems = 0);

/// <summary>How many records of one kind are in one state; <see cref="Status"/> is the enum name the list's URL takes.</summary>
public sealed record StatusCount(string Status, string Label, int Count);

/// <summary>One record type's counts by state, in workflow order, and the list they link to.</summary>
public sealed record StatusBreakdown(string Kind, string Title, string ListPath, string StatusParameter, IReadOnlyList<StatusCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

/// <summary>A country's taskforces by state.</summary>
public sealed record CountryTaskforces(string CountryCode, string CountryName, IReadOnlyList<StatusCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

public sealed record ThemeCount(string Code, string Name, int Count);

/// <summary>One state's count at the end of each period of <see cref="TaskforceTimeline.Periods"/>.</summary>
public sealed record TimelineSeries(string Status, string Label, IReadOnlyList<int> Counts);

/// <summary>How many taskforces were in each state at the end of each year (or quarter, for a short history).</summary>
public sealed record TaskforceTimeline(IReadOnlyList<string> Periods, IReadOnlyList<TimelineSeries> Series);

public sealed record DashboardView(
    DashboardCounts Counts,
    IReadOnlyList<StatusBreakdown> ByStatus,
    IReadOnlyList<CountryTaskforces> TaskforcesByCountry,
    TaskforceTimeline Timeline,
    IReadOnlyList<ThemeCount> RequestsByTheme);

/// <summary>The secretariat's dashboard figures; they count every country's records, so no other role may read them.</summary>
public sealed class DashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, AcknowledgementPolicy policy, TimeProvider clock)
{
    /// <summary>The window of "upcoming" meetings, in days; the tile links to <c>/meetings?upcoming=14</c>.</summary>
    public const int UpcomingDays = 14;

    public async Task<DashboardCounts> GetCountsAsync(CancellationToken ct = default)
    {
        await EnsureSecretariatAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountAsync(db, ct);
    }

    public async Task<DashboardView> GetAsync(CancellationToken ct = default)
    {
        await EnsureSecretariatAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new DashboardView(
            await CountAsync(db, ct),
            await ByStatusAsync(db, ct),
            await TaskforcesByCountryAsync(db, ct),
            await TimelineAsync(db, ct),
            await RequestsByThemeAsync(db, ct));
    }

    private async Task EnsureSecretariatAsync()
    {
        var viewer = await access.ViewerAsync();
        if (!AccessPolicy.CanManageCases(viewer))
        {
            throw await access.NotAllowedAsync(viewer, "Dashboard", "secretariat", "read", "The dashboard is for the secretariat.");
        }
    }

    private async Task<DashboardCounts> CountAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var overdueBefore = new DateTimeOffset(policy.LatestOverdueReceiptDate(today).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var upcomingUntil = now.AddDays(UpcomingDays);

        return new DashboardCounts(
            OpenRequests: await db.SupportRequests.CountAsync(r => r.Status == SupportRequestStatus.Submitted || r.Status == SupportRequestStatus.InReview, ct),
            OverdueRequests: await db.SupportRequests.CountAsync(r => r.Status == SupportRequestStatus.Submitted && r.ReceivedAt < overdueBefore, ct),
            BriefingsInProgress: await db.PolicyBriefings.CountAsync(b => b.Status == PolicyBriefingStatus.Draft || b.Status == PolicyBriefingStatus.InReview, ct),
            ActiveTaskforces: await db.Taskforces.CountAsync(t => t.Status == TaskforceStatus.Active, ct),
            ProposedTaskforces: await db.Taskforces.CountAsync(t => t.Status == TaskforceStatus.Proposed, ct),
            PlannedRoundtables: await db.Roundtables.CountAsync(r => r.Status == RoundtableStatus.Planned, ct),
            UpcomingMeetings: await db.Meetings.CountAsync(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now && m.StartsAt < upcomingUntil, ct),
            LogsAwaitingReview: await db.Meetings.CountAsync(m => m.OutcomeStatus == OutcomeStatus.Submitted, ct),
            Experts: await db.Experts.CountAsync(e => e.IsActive, ct),
            BestPractices: await db.BestPractices.CountAsync(p => !p.IsArchived, ct),
            MemberOrganisations: await db.Organisations.CountAsync(o => !o.IsArchived, ct),
            OverdueActionItems: await OverdueActionItemsAsync(db, today, ct));
    }

    /// <summary>
    /// Open action items due before today, counted in the index on (Status, DueOn) alone. Through the meetings (the items'
    /// owner in the model) each of tens of thousands of items would also look up its meeting, to no purpose.
    /// </summary>
    private static Task<int> OverdueActionItemsAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var open = nameof(ActionItemStatus.Open);
        return db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM ActionItems WHERE Status = {open} AND DueOn IS NOT NULL AND DueOn < {today}")
            .SingleAsync(ct);
    }

    private static async Task<IReadOnlyList<StatusBreakdown>> ByStatusAsync(AppDbContext db, CancellationToken ct)
    {
        var requests = await db.SupportRequests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var briefings = await db.PolicyBriefings.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var taskforces = await db.Taskforces.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var roundtables = await db.Roundtables.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        // A cancelled meeting has no log to write.
        var logs = await db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled)
            .GroupBy(m => m.OutcomeStatus).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        return
        [
            new("requests", "Support requests", "/requests", "status", Counted(requests)),
            new("briefings", "Policy briefings", "/briefings", "status", Counted(briefings)),
            new("taskforces", "Taskforces", "/taskforces", "status", Counted(taskforces)),
            new("roundtables", "Roundtables", "/roundtables", "status", Counted(roundtables)),
            new("meeting-logs", "Meeting logs", "/meetings", "outcome", Counted(logs)),
        ];
    }

    private static async Task<IReadOnlyList<CountryTaskforces>> TaskforcesByCountryAsync(AppDbContext db, CancellationToken ct)
    {
        var counts = await db.Taskforces.GroupBy(t => new { t.CountryCode, t.Status })
            .Select(g => new { g.Key.CountryCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var codes = counts.Select(c => c.CountryCode).Distinct().ToList();
        var names = await db.Countries.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return counts.GroupBy(c => c.CountryCode)
            .Select(g => new CountryTaskforces(g.Key, names.GetValueOrDefault(g.Key, g.Key), Counted(g.ToDictionary(c => c.Status, c => c.Count))))
            .OrderByDescending(c => c.Total).ThenBy(c => c.CountryName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>
    /// Replays each taskforce's state changes (its history rows, not the taskforces themselves) to count how many were
    /// in each state at the end of every year, or every quarter when the history spans less than three years.
    /// </summary>
    private async Task<TaskforceTimeline> TimelineAsync(AppDbContext db, CancellationToken ct)
    {
        var states = Enum.GetNames<TaskforceStatus>();
        var changes = await db.Taskforces.AsNoTracking()
            .SelectMany(t => t.History, (t, h) => new { t.Id, h.At, h.ToState })
            .Where(c => c.ToState != null && states.Contains(c.ToState))
            .ToListAsync(ct);
        if (changes.Count == 0)
        {
            return new TaskforceTimeline([], []);
        }

        var now = clock.GetUtcNow();
        var periods = Periods(changes.Min(c => c.At), now);
        var byTaskforce = changes.GroupBy(c => c.Id).Select(g => g.OrderBy(c => c.At).ToList()).ToList();
        var counts = Enum.GetValues<TaskforceStatus>().ToDictionary(s => s, _ => new int[periods.Count]);
        for (var i = 0; i < periods.Count; i++)
        {
            foreach (var history in byTaskforce)
            {
                var last = history.LastOrDefault(c => c.At < periods[i].End);
                if (last is not null)
                {
                    counts[Enum.Parse<TaskforceStatus>(last.ToState!)][i]++;
                }
            }
        }

        return new TaskforceTimeline(
            periods.Select(p => p.Label).ToList(),
            counts.Select(c => new TimelineSeries(c.Key.ToString(), Label(c.Key), c.Value)).ToList());
    }

    private static List<(string Label, DateTimeOffset End)> Periods(DateTimeOffset first, DateTimeOffset now)
    {
        var periods = new List<(string Label, DateTimeOffset End)>();
        if (now.Year - first.Year >= 3)
        {
            for (var year = first.Year; year <= now.Year; year++)
            {
                var end = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
                periods.Add(end > now ? ($"{year} (to date)", now) : (year.ToString(System.Globalization.CultureInfo.InvariantCulture), end));
            }

            return periods;
        }

        var start = new DateTimeOffset(first.Year, (first.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var q = start; q <= now; q = q.AddMonths(3))
        {
            var end = q.AddMonths(3);
            var label = $"Q{(q.Month - 1) / 3 + 1} {q.Year}";
            periods.Add(end > now ? ($"{label} (to date)", now) : (label, end));
        }

        return periods;
    }

    /// <summary>
    /// How many requests name each theme (a request names a theme at most once, and may name several). The JSON arrays of
    /// codes are read in one pass over the requests and grouped by code, not searched once per theme.
    /// </summary>
    private static async Task<IReadOnlyList<ThemeCount>> RequestsByThemeAsync(AppDbContext db, CancellationToken ct)
    {
        // EF cannot group the elements of a JSON column on SQLite (it would need APPLY), so the one pass is written out.
        var perCode = await db.Database
            .SqlQuery<CodeCount>($"SELECT j.value AS Code, COUNT(*) AS Count FROM SupportRequests AS s, json_each(s.ThemeCodes) AS j GROUP BY j.value")
            .ToDictionaryAsync(c => c.Code, c => c.Count, StringComparer.Ordinal, ct);
        var themes = await db.Themes.Select(t => new { t.Code, t.Name }).ToListAsync(ct);
        return themes.Where(t => perCode.ContainsKey(t.Code))
            .Select(t => new ThemeCount(t.Code, t.Name, perCode[t.Code]))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private sealed record CodeCount(string Code, int Count);

    private static List<StatusCount> Counted<T>(IReadOnlyDictionary<T, int> counts) where T : struct, Enum =>
        Enum.GetValues<T>().Select(s => new StatusCount(s.ToString(), Label(s), counts.GetValueOrDefault(s))).ToList();

    private static string Label<T>(T status) where T : struct, Enum => Words.Capitalised(Words.Of(status));
}
