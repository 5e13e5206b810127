using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.Benchmarks;

/// <summary>How much data to make: the coalition's scale ×100, times <see cref="Scale"/> (tests use a small fraction).</summary>
public sealed record BenchDataSize(double Scale = 1.0)
{
    public const int Countries = 40;
    public int Requests => Scaled(50_000);
    public int Briefings => Scaled(5_000);
    public int Taskforces => Scaled(5_000);
    public int Roundtables => Scaled(2_000);
    public int Meetings => Scaled(20_000);
    public int ActionItems => Scaled(100_000);
    public int Experts => Scaled(2_000);
    public int Practices => Scaled(500);
    public int Organisations => Math.Max(Countries, Scaled(400));

    /// <summary>The meetings of the one taskforce the progress report is measured on.</summary>
    public int MeetingsOfReportTaskforce => Math.Min(100, Meetings);

    private int Scaled(int full) => Math.Max(1, (int)Math.Round(full * Scale));
}

/// <summary>
/// Fills a freshly migrated database with the benchmark data set, deterministically (fixed seed, fixed clock), through
/// the real EF model and the domain's own constructors and transitions, so every record is one the app could have made.
/// Records are saved in batches with the change tracker cleared in between.
/// </summary>
public sealed class BenchDataGenerator
{
    /// <summary>Change it whenever the generated data changes: the benchmark's cached database is keyed by it.</summary>
    public const int Version = 2;
    public const int Seed = 20261124;

    /// <summary>
    /// Records per save. AppDbContext finds the owner of each changed owned part through an index of the tracked entries
    /// built once per save, so a save's cost grows with what it tracks, not its square (saves of 20 and of 200 records
    /// generated the data set at a fifth of its scale in the same time).
    /// </summary>
    public const int BatchSize = 200;

    /// <summary>The clock the data is generated against (the tests' clock): Tuesday 24 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Secretariat = new("bench-secretariat", "Benchmark Secretariat");

    /// <summary>The title of the taskforce with <see cref="BenchDataSize.MeetingsOfReportTaskforce"/> meetings.</summary>
    public const string ReportTaskforceTitle = "Benchmark taskforce with a long meeting record";

    private static readonly (string Code, string Name, bool Eu, CountrySize Size, string Language)[] CountryList =
    [
        ("AT", "Austria", true, CountrySize.Medium, "de"), ("BE", "Belgium", true, CountrySize.Medium, "nl"),
        ("BG", "Bulgaria", true, CountrySize.Medium, "bg"), ("HR", "Croatia", true, CountrySize.Small, "hr"),
        ("CY", "Cyprus", true, CountrySize.Small, "el"), ("CZ", "Czechia", true, CountrySize.Medium, "cs"),
        ("DK", "Denmark", true, CountrySize.Small, "da"), ("EE", "Estonia", true, CountrySize.Small, "et"),
        ("FI", "Finland", true, CountrySize.Small, "fi"), ("FR", "France", true, CountrySize.Large, "fr"),
        ("DE", "Germany", true, CountrySize.Large, "de"), ("GR", "Greece", true, CountrySize.Medium, "el"),
        ("HU", "Hungary", true, CountrySize.Medium, "hu"), ("IE", "Ireland", true, CountrySize.Small, "en"),
        ("IT", "Italy", true, CountrySize.Large, "it"), ("LV", "Latvia", true, CountrySize.Small, "lv"),
        ("LT", "Lithuania", true, CountrySize.Small, "lt"), ("LU", "Luxembourg", true, CountrySize.Small, "fr"),
        ("MT", "Malta", true, CountrySize.Small, "mt"), ("NL", "Netherlands", true, CountrySize.Medium, "nl"),
        ("PL", "Poland", true, CountrySize.Large, "pl"), ("PT", "Portugal", true, CountrySize.Medium, "pt"),
        ("RO", "Romania", true, CountrySize.Medium, "ro"), ("SK", "Slovakia", true, CountrySize.Small, "sk"),
        ("SI", "Slovenia", true, CountrySize.Small, "sl"), ("ES", "Spain", true, CountrySize.Large, "es"),
        ("SE", "Sweden", true, CountrySize.Medium, "sv"), ("NO", "Norway", false, CountrySize.Small, "no"),
        ("IS", "Iceland", false, CountrySize.Small, "is"), ("CH", "Switzerland", false, CountrySize.Medium, "de"),
        ("GB", "United Kingdom", false, CountrySize.Large, "en"), ("RS", "Serbia", false, CountrySize.Medium, "sr"),
        ("AL", "Albania", false, CountrySize.Small, "sq"), ("ME", "Montenegro", false, CountrySize.Small, "sr"),
        ("MK", "North Macedonia", false, CountrySize.Small, "mk"), ("BA", "Bosnia and Herzegovina", false, CountrySize.Small, "bs"),
        ("UA", "Ukraine", false, CountrySize.Large, "uk"), ("MD", "Moldova", false, CountrySize.Small, "ro"),
        ("TR", "Türkiye", false, CountrySize.Large, "tr"), ("LI", "Liechtenstein", false, CountrySize.Small, "de"),
    ];

    private static readonly (string Code, string Name)[] ThemeList =
    [
        ("stem-strategy", "National STEM strategy"), ("teacher-training", "Teacher training"), ("girls-in-stem", "Girls in STEM"),
        ("vocational", "Vocational pathways"), ("industry-links", "Industry and school links"), ("digital-skills", "Digital skills"),
        ("early-years", "Early years science"), ("inclusion", "Inclusion and equity"), ("careers", "STEM careers guidance"),
        ("regional-platforms", "Regional STEM platforms"), ("monitoring", "Monitoring and indicators"), ("green-skills", "Green skills"),
    ];

    private static readonly string[] Words =
    [
        "regional", "teacher", "coalition", "pathway", "engineering", "mathematics", "apprenticeship", "laboratory", "outreach",
        "curriculum", "mentoring", "industry", "digital", "robotics", "climate", "science", "talent", "pipeline", "school",
        "university", "platform", "network", "strategy", "equity", "girls", "vocational", "careers", "coding", "innovation",
    ];

    private readonly BenchDataSize _size;
    private readonly Random _random = new(Seed);
    private readonly List<string> _countryCodes = [];
    private readonly Dictionary<string, List<int>> _regions = new(StringComparer.Ordinal);
    private readonly List<(int Id, string Country)> _organisations = [];
    private readonly List<(int Id, string Name)> _experts = [];
    private readonly List<(int Id, DateTimeOffset CreatedAt, string Host)> _taskforces = [];

    public BenchDataGenerator(BenchDataSize size) => _size = size;

    /// <summary>Writes the audit trail as the app does (one row per changed field); off by default, since it multiplies the rows written.</summary>
    public bool Audit { get; init; }

    /// <summary>Reports progress (e.g. to the console).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// Brings a generated database up to the app's latest migration (a cached file may predate an index) and gives the
    /// query planner its statistics, as the app's start-up does (<see cref="DatabaseInitializer"/>).
    /// </summary>
    public static async Task BringUpToDateAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(options, new FixedActor(Secretariat), new FixedClock(Now));
        await db.Database.MigrateAsync(ct);
        await DatabaseInitializer.OptimizeAsync(db, ct);
    }

    /// <summary>Migrates the database at <paramref name="options"/> and fills it.</summary>
    public async Task GenerateAsync(DbContextOptions<AppDbContext> options, CancellationToken ct = default)
    {
        var clock = new FixedClock(Now);
        AppDbContext NewContext() => new(options, new FixedActor(Secretariat), clock) { AuditEnabled = Audit };

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
            {
                // As the app runs its database (DatabaseInitializer).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            if (await db.Countries.AnyAsync(ct))
            {
                throw new InvalidOperationException("The benchmark data goes into an empty database.");
            }

            await ReferenceDataAsync(db, ct);
        }

        await InBatchesAsync(NewContext, _size.Organisations, AddOrganisation, ct);
        Log?.Invoke($"{_size.Organisations} organisations");
        await InBatchesAsync(NewContext, _size.Practices, AddPractice, ct);
        Log?.Invoke($"{_size.Practices} best practices");
        await InBatchesAsync(NewContext, _size.Experts, AddExpert, ct);
        Log?.Invoke($"{_size.Experts} experts");
        await RequestsAndCasesAsync(NewContext, ct);
        Log?.Invoke($"{_size.Requests} requests, {_size.Briefings} briefings, {_size.Taskforces} taskforces, {_size.Roundtables} roundtables");
        await MeetingsAsync(NewContext, ct);
        Log?.Invoke($"{_size.Meetings} meetings, {_size.ActionItems} action items");
    }

    private async Task ReferenceDataAsync(AppDbContext db, CancellationToken ct)
    {
        var countries = new List<Country>();
        foreach (var c in CountryList)
        {
            var country = new Country(c.Code, c.Name, c.Eu, c.Size, [c.Language]);
            var regions = c.Size switch { CountrySize.Large => 4, CountrySize.Medium => 2, _ => 0 };
            for (var r = 1; r <= regions; r++)
            {
                country.AddRegion($"{c.Name} region {r}");
            }

            countries.Add(country);
        }

        db.Countries.AddRange(countries);
        db.Themes.AddRange(ThemeList.Select(t => new Theme(t.Code, t.Name, null)));
        await db.SaveChangesAsync(ct);
        foreach (var country in countries)
        {
            _countryCodes.Add(country.Code);
            _regions[country.Code] = country.Regions.Select(r => r.Id).ToList();
        }

        db.ChangeTracker.Clear();
    }

    private async Task InBatchesAsync(Func<AppDbContext> newContext, int count, Func<AppDbContext, int, object> add, CancellationToken ct)
    {
        for (var start = 0; start < count; start += BatchSize)
        {
            await using var db = newContext();
            var added = new List<object>();
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                added.Add(add(db, i));
            }

            db.AddRange(added);
            await db.SaveChangesAsync(ct);
            Remember(added);
            db.ChangeTracker.Clear();
        }
    }

    private void Remember(IEnumerable<object> added)
    {
        foreach (var entity in added)
        {
            switch (entity)
            {
                case MemberOrganisation o:
                    _organisations.Add((o.Id, o.CountryCode));
                    break;
                case Expert e:
                    _experts.Add((e.Id, e.FullName));
                    break;
            }
        }
    }

    private object AddOrganisation(AppDbContext db, int i)
    {
        // Every country has at least one organisation; larger ones more.
        var country = i < _countryCodes.Count ? _countryCodes[i] : Country();
        return new MemberOrganisation($"{Cap(Word())} {Cap(Word())} organisation {i + 1}", country, null,
            Pick<OrganisationRole>(), Pick<HelixSector>(), null, null, null);
    }

    private object AddPractice(AppDbContext db, int i) =>
        new BestPractice(new BestPracticeDetails(
            $"{Cap(Word())} {Word()} practice {i + 1}", _random.Next(10) == 0 ? null : Country(), $"{Cap(Word())} foundation",
            Pick<EducationLevel>(), Themes(1, 3), Sentence(6), Sentence(8), null, null, Pick<FundingModel>(), 2005 + _random.Next(20),
            Pick<PracticeStatus>(), Sentence(20)));

    private object AddExpert(AppDbContext db, int i)
    {
        var organisation = _organisations[_random.Next(_organisations.Count)];
        var expert = new Expert($"{Cap(Word())} {Cap(Word())}-{i + 1}", organisation.Id, organisation.Country, Pick<HelixSector>(),
            $"expert{i + 1}@bench.example.org", null, [Language(organisation.Country), "en"], 1 + _random.Next(8), Sentence(15));
        foreach (var theme in Themes(1, 4))
        {
            expert.SetExpertise(theme, Pick<ExpertiseLevel>());
        }

        return expert;
    }

    /// <summary>
    /// Requests in batches; each batch is saved (the ids are needed), then decided: a share is accepted, which opens the
    /// briefings, taskforces and roundtables, others are acknowledged, declined or withdrawn, and the newest stay new.
    /// </summary>
    private async Task RequestsAndCasesAsync(Func<AppDbContext> newContext, CancellationToken ct)
    {
        var total = _size.Requests;
        var outcomes = new CaseKind?[total];
        var kinds = Enumerable.Repeat(CaseKind.PolicyBriefing, _size.Briefings)
            .Concat(Enumerable.Repeat(CaseKind.Taskforce, _size.Taskforces))
            .Concat(Enumerable.Repeat(CaseKind.Roundtable, _size.Roundtables))
            .Take(total)
            .ToList();

        // Accepted requests are spread over all but the newest tenth (which are still waiting for a decision).
        var decidable = Enumerable.Range(0, Math.Max(kinds.Count, total * 9 / 10)).OrderBy(_ => _random.Next()).Take(kinds.Count).ToList();
        for (var k = 0; k < kinds.Count; k++)
        {
            outcomes[decidable[k]] = kinds[k];
        }

        var span = TimeSpan.FromDays(3 * 365);
        for (var start = 0; start < total; start += BatchSize)
        {
            await using var db = newContext();
            var batch = new List<(SupportRequest Request, int Index)>();
            for (var i = start; i < Math.Min(total, start + BatchSize); i++)
            {
                // Oldest first: request i of n was received at a steadily later time, with some jitter.
                var received = Now - span + span * ((i + _random.NextDouble()) / total);
                if (received > Now.AddHours(-1))
                {
                    received = Now.AddHours(-1);
                }

                var country = Country();
                var regions = _regions[country];
                var regionId = regions.Count > 0 && _random.Next(3) == 0 ? regions[_random.Next(regions.Count)] : (int?)null;
                var details = new SupportRequestDetails(
                    $"{Cap(Word())} {Word()} {Word()} support {i + 1}", country, regionId, $"{Cap(Word())} ministry of {Word()}",
                    $"{Cap(Word())} {Cap(Word())}", $"contact{i + 1}@requests.example.org", Themes(1, 3), Sentence(25),
                    Pick<HopedInstrument>(), Pick<Urgency>());
                var channel = _random.Next(4) == 0 ? RequestChannel.Secretariat : RequestChannel.Portal;
                batch.Add((SupportRequest.Submit(details, channel, Secretariat, received), i));
            }

            db.SupportRequests.AddRange(batch.Select(b => b.Request));
            await db.SaveChangesAsync(ct);

            foreach (var (request, i) in batch)
            {
                Decide(db, request, outcomes[i], i >= total * 9 / 10);
            }

            await db.SaveChangesAsync(ct);
            // Meetings go to the taskforces that were not cancelled.
            foreach (var taskforce in db.ChangeTracker.Entries<Domain.Taskforces.Taskforce>().Select(e => e.Entity)
                         .Where(t => t.Status != Domain.Taskforces.TaskforceStatus.Cancelled))
            {
                _taskforces.Add((taskforce.Id, taskforce.CreatedAt, taskforce.HostOrganisation));
            }

            db.ChangeTracker.Clear();
        }
    }

    private void Decide(AppDbContext db, SupportRequest request, CaseKind? acceptAs, bool recent)
    {
        var received = request.ReceivedAt;
        DateTimeOffset After(int maxDays) => Min(received.AddHours(1 + _random.Next(Math.Max(1, maxDays * 24))));
        if (acceptAs is { } kind)
        {
            if (_random.Next(3) > 0)
            {
                request.AssignOwner(Secretariat, Secretariat, After(2));
            }

            request.Acknowledge(Secretariat, After(3));
            var opened = request.Accept(kind, Secretariat, Min(request.History.Max(h => h.At).AddDays(1 + _random.Next(20))));
            if (opened.Briefing is { } briefing)
            {
                db.PolicyBriefings.Add(briefing);
                if (_random.Next(12) == 0)
                {
                    briefing.Cancel("The ministry has commissioned the work elsewhere.", Secretariat, Min(briefing.CreatedAt.AddDays(30)));
                }
            }

            if (opened.Taskforce is { } taskforce)
            {
                db.Taskforces.Add(taskforce);
                if (_random.Next(10) == 0)
                {
                    taskforce.Cancel("The host organisation withdrew its support.", Secretariat, Min(taskforce.CreatedAt.AddDays(45)));
                }
            }

            if (opened.Roundtable is { } roundtable)
            {
                db.Roundtables.Add(roundtable);
                if (_random.Next(10) == 0)
                {
                    roundtable.Cancel("Too few stakeholders could attend.", Secretariat, Min(roundtable.CreatedAt.AddDays(20)));
                }
            }

            return;
        }

        // Not accepted: the recent ones are mostly still open (some of them overdue), older ones were decided.
        var roll = _random.Next(100);
        if (recent ? roll < 55 : roll < 3)
        {
            return; // still submitted, not acknowledged
        }

        if (recent ? roll < 65 : roll < 5)
        {
            request.Withdraw("We found support elsewhere.", Secretariat, After(5));
            return;
        }

        request.Acknowledge(Secretariat, After(4));
        if (recent ? roll < 95 : roll < 10)
        {
            return; // in review
        }

        if (roll < 85 || recent)
        {
            request.Decline("The request falls outside the coalition's remit.", Secretariat, Min(request.History.Max(h => h.At).AddDays(1 + _random.Next(30))));
        }
        else
        {
            request.Withdraw("Our priorities have changed.", Secretariat, Min(request.History.Max(h => h.At).AddDays(1 + _random.Next(30))));
        }
    }

    /// <summary>
    /// Taskforce meetings: one taskforce gets <see cref="BenchDataSize.MeetingsOfReportTaskforce"/> meetings, the rest are
    /// spread over the others. Meetings that have taken place carry the action items, some of them done.
    /// </summary>
    private async Task MeetingsAsync(Func<AppDbContext> newContext, CancellationToken ct)
    {
        var active = _taskforces.OrderBy(t => t.Id).ToList();
        var reportTaskforce = active[0];
        await using (var db = newContext())
        {
            var taskforce = await db.Taskforces.SingleAsync(t => t.Id == reportTaskforce.Id, ct);
            taskforce.Edit(new Domain.Taskforces.TaskforceDetails(ReportTaskforceTitle, taskforce.CountryCode, taskforce.RegionId,
                taskforce.HostOrganisation, taskforce.Summary, taskforce.Background, taskforce.Objectives, taskforce.ThemeCodes), Secretariat, Now.AddDays(-400));
            await db.SaveChangesAsync(ct);
        }

        var total = _size.Meetings;
        var owners = new List<(DateTimeOffset CreatedAt, int TaskforceId, string Host)>(total);
        for (var m = 0; m < total; m++)
        {
            var t = m < _size.MeetingsOfReportTaskforce || active.Count == 1 ? reportTaskforce : active[1 + _random.Next(active.Count - 1)];
            owners.Add((t.CreatedAt, t.Id, t.Host));
        }

        // Starts: most in the past (they can be logged), about one in ten still to come.
        var starts = owners.Select(o =>
        {
            var earliest = o.CreatedAt.AddDays(7);
            var future = _random.Next(10) == 0;
            var start = future
                ? Now.AddDays(1 + _random.Next(90))
                : earliest < Now.AddDays(-1) ? earliest + (Now.AddDays(-1) - earliest) * _random.NextDouble() : Now.AddDays(-1);
            return new DateTimeOffset(start.Year, start.Month, start.Day, 9 + _random.Next(8), 0, 0, TimeSpan.Zero);
        }).ToList();

        var past = starts.Count(s => s < Now);
        var itemsLeft = _size.ActionItems;
        var pastLeft = past;
        for (var start = 0; start < total; start += BatchSize)
        {
            await using var db = newContext();
            var batch = new List<Meeting>();
            for (var m = start; m < Math.Min(total, start + BatchSize); m++)
            {
                var (_, taskforceId, host) = owners[m];
                var startsAt = starts[m];
                var meeting = Meeting.Schedule(taskforceId, null,
                    new MeetingDetails($"Working meeting {m + 1}", startsAt, startsAt.AddHours(2), "Europe/Brussels",
                        Pick<MeetingFormat>(), "Brussels", null, null, host, Sentence(8), null),
                    _experts.Count > 0 ? [_experts[_random.Next(_experts.Count)].Id] : [], Secretariat, Min(startsAt.AddDays(-14)));
                if (startsAt < Now)
                {
                    var items = pastLeft == 0 ? 0 : (int)Math.Ceiling((double)itemsLeft / pastLeft);
                    itemsLeft -= items;
                    pastLeft--;
                    var loggedAt = Min(startsAt.AddDays(1));
                    meeting.WriteMinutes(Sentence(15), Sentence(60), Secretariat, loggedAt);
                    for (var n = 0; n < items; n++)
                    {
                        var owner = _random.Next(3) switch
                        {
                            0 => ActionItemOwner.Secretariat,
                            1 => ActionItemOwner.Host(host),
                            _ when _experts.Count > 0 => ExpertOwner(),
                            _ => ActionItemOwner.Secretariat,
                        };
                        var item = meeting.AddActionItem($"{Cap(Word())} the {Word()} {Word()} plan", owner,
                            DateOnly.FromDateTime(startsAt.AddDays(7 + _random.Next(60)).UtcDateTime), Secretariat, loggedAt);
                        if (_random.Next(2) == 0 && loggedAt.AddDays(3) < Now)
                        {
                            meeting.CompleteActionItem(item.Id, Secretariat, loggedAt.AddDays(3));
                        }
                    }
                }

                batch.Add(meeting);
            }

            db.Meetings.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private ActionItemOwner ExpertOwner()
    {
        var expert = _experts[_random.Next(_experts.Count)];
        return ActionItemOwner.Expert(expert.Id, expert.Name);
    }

    private static DateTimeOffset Min(DateTimeOffset at) => at < Now ? at : Now.AddMinutes(-1);

    /// <summary>Countries weighted by size: large countries ask more often.</summary>
    private string Country()
    {
        while (true)
        {
            var c = CountryList[_random.Next(CountryList.Length)];
            var weight = c.Size switch { CountrySize.Large => 6, CountrySize.Medium => 3, _ => 1 };
            if (_random.Next(6) < weight)
            {
                return c.Code;
            }
        }
    }

    private static string Language(string country) => CountryList.First(c => c.Code == country).Language;

    private List<string> Themes(int min, int max)
    {
        var count = min + _random.Next(max - min + 1);
        var list = new List<string>();
        while (list.Count < count)
        {
            // The first themes are the most asked for.
            var index = Math.Min(_random.Next(ThemeList.Length), _random.Next(ThemeList.Length));
            if (!list.Contains(ThemeList[index].Code))
            {
                list.Add(ThemeList[index].Code);
            }
        }

        return list;
    }

    private T Pick<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[_random.Next(values.Length)];
    }

    private string Word() => Words[_random.Next(Words.Length)];

    private string Sentence(int words) => Cap(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()))) + ".";

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
