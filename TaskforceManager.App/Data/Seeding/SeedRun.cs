using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using static TaskforceManager.App.Data.Seeding.SeedSet;

namespace TaskforceManager.App.Data.Seeding;

/// <summary>
/// One seeding pass. The database gives the ids, so records are saved in stages — reference data, members and
/// experts, requests, cases, teams, meetings, closings — and later stages link to what earlier ones saved.
/// </summary>
internal sealed partial class SeedRun(AppDbContext db, SeedSet seeds, SeedTime time, Actor secretariat)
{
    private readonly Dictionary<string, Country> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MemberOrganisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BestPractice> _practices = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Expert> _experts = new(StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteAsync(CancellationToken ct)
    {
        SeedCountriesAndThemes();
        await db.SaveChangesAsync(ct);

        SeedOrganisations();
        SeedPractices();
        await db.SaveChangesAsync(ct);

        SeedExperts();
        await db.SaveChangesAsync(ct);

        SubmitRequests();
        await db.SaveChangesAsync(ct);

        DecideRequests();
        await db.SaveChangesAsync(ct);

        OpenBriefings();
        await db.SaveChangesAsync(ct);

        AdvanceBriefings();
        await db.SaveChangesAsync(ct);

        OpenTaskforces();
        await db.SaveChangesAsync(ct);

        PlanAssignments();
        InviteTaskforceTeams();
        await db.SaveChangesAsync(ct);

        AdvanceTaskforces();
        OpenRoundtables();
        await db.SaveChangesAsync(ct);

        AdvanceRoundtables();
        InviteRoundtableTeams();
        await db.SaveChangesAsync(ct);

        ScheduleMeetings();
        await db.SaveChangesAsync(ct);

        CloseTaskforces();
        ReleaseAssignments();
        CheckEveryAcceptedRequestHasItsCase();
        await db.SaveChangesAsync(ct);
    }

    private void SeedCountriesAndThemes()
    {
        foreach (var (seed, i) in seeds.Countries.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(CountriesFile, "country", seed.Code, i);
            var code = scope.Required(seed.Code, "code").ToUpperInvariant();
            if (_countries.ContainsKey(code))
            {
                throw scope.Error("is listed twice.");
            }

            foreach (var language in seed.Languages.Where(l => !IsLanguageCode(l)))
            {
                throw scope.Error($"'{language}' is not a two-letter ISO 639-1 language code.");
            }

            var country = scope.Do(() => new Country(code, scope.Required(seed.Name, "name"), scope.Flag(seed.IsEuMember, "isEuMember"),
                scope.Enum<CountrySize>(seed.Size, "size"), seed.Languages));
            foreach (var region in seed.Regions)
            {
                scope.Do(() => country.AddRegion(region));
            }

            _countries[code] = country;
            db.Countries.Add(country);
        }

        foreach (var (seed, i) in seeds.Themes.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(ThemesFile, "theme", seed.Code, i);
            var theme = scope.Do(() => new Theme(scope.Required(seed.Code, "code"), scope.Required(seed.Name, "name"), seed.Description));
            if (theme.Code != seed.Code!.Trim())
            {
                throw scope.Error("a theme's code is written in lower case.");
            }

            if (!_themes.Add(theme.Code))
            {
                throw scope.Error("is listed twice.");
            }

            db.Themes.Add(theme);
        }
    }

    private void SeedOrganisations()
    {
        foreach (var (seed, i) in seeds.Organisations.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(OrganisationsFile, "organisation", seed.Name, i);
            var name = scope.Required(seed.Name, "name");
            if (_organisations.ContainsKey(name))
            {
                throw scope.Error("is listed twice.");
            }

            var country = CountryCode(seed.Country, scope, "country");
            var organisation = scope.Do(() => new MemberOrganisation(name, country, RegionId(country, seed.Region, scope),
                scope.Enum<OrganisationRole>(seed.Role, "role"), scope.Enum<HelixSector>(seed.Sector, "sector"),
                seed.Type, seed.Website, seed.Description, scope.Flag(seed.IsDemo, "isDemo")));
            _organisations[name] = organisation;
            db.Organisations.Add(organisation);
        }
    }

    private void SeedPractices()
    {
        foreach (var (seed, i) in seeds.Practices.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(PracticesFile, "practice", seed.Name, i);
            var name = scope.Required(seed.Name, "name");
            if (_practices.ContainsKey(name))
            {
                throw scope.Error("is listed twice.");
            }

            var details = new BestPracticeDetails(
                name,
                string.IsNullOrWhiteSpace(seed.Country) ? null : CountryCode(seed.Country, scope, "country"),
                scope.Required(seed.Organisation, "organisation"),
                scope.Enum<EducationLevel>(seed.EducationLevel, "educationLevel"),
                ThemeCodes(seed.Themes, scope),
                seed.Focus,
                seed.Impact,
                seed.Reach,
                seed.Budget,
                scope.Enum<FundingModel>(seed.FundingModel, "fundingModel"),
                seed.StartYear,
                scope.Enum<PracticeStatus>(seed.Status, "status"),
                seed.Summary);
            var practice = scope.Do(() => new BestPractice(details, scope.Flag(seed.IsDemo, "isDemo")));
            foreach (var transfer in seed.Transfers)
            {
                var to = CountryCode(transfer.To, scope, "transfers.to");
                scope.Do(() => practice.RecordTransfer(to, scope.Number(transfer.Year, "transfers.year"), transfer.Note));
            }

            _practices[name] = practice;
            db.BestPractices.Add(practice);
        }
    }

    private void SeedExperts()
    {
        foreach (var (seed, i) in seeds.Experts.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(ExpertsFile, "expert", seed.Email ?? seed.FullName, i);
            var email = scope.Required(seed.Email, "email");
            if (_experts.ContainsKey(email))
            {
                throw scope.Error("is listed twice (e-mail addresses are unique).");
            }

            var organisation = FindOrganisation(seed.Organisation, scope);
            foreach (var language in seed.Languages.Where(l => !IsLanguageCode(l)))
            {
                throw scope.Error($"'{language}' is not a two-letter ISO 639-1 language code.");
            }

            var expert = scope.Do(() => new Expert(scope.Required(seed.FullName, "fullName"), organisation.Id,
                CountryCode(seed.Country, scope, "country"), scope.Enum<HelixSector>(seed.Sector, "sector"), email, seed.Phone,
                seed.Languages, scope.Number(seed.AvailableDaysPerMonth, "availableDaysPerMonth"), seed.Bio, scope.Flag(seed.IsDemo, "isDemo")));
            foreach (var (theme, level) in seed.Expertise)
            {
                var code = ThemeCodes([theme], scope).Single();
                scope.Do(() => expert.SetExpertise(code, scope.Enum<ExpertiseLevel>(level, $"expertise level for {theme}")));
            }

            foreach (var period in seed.Unavailable)
            {
                scope.Do(() => expert.AddUnavailablePeriod(time.Date(period.From, scope, "unavailable.from"),
                    time.Date(period.To, scope, "unavailable.to"), period.Note));
            }

            foreach (var conflict in seed.Conflicts)
            {
                var kind = scope.Enum<ConflictKind>(conflict.Kind, "conflicts.kind");
                var subject = kind == ConflictKind.Country
                    ? CountryCode(conflict.Subject, scope, "conflicts.subject")
                    : scope.Required(conflict.Subject, "conflicts.subject");
                scope.Do(() => expert.DeclareConflict(kind, subject, conflict.Note));
            }

            _experts[email] = expert;
            db.Experts.Add(expert);
        }
    }

    private static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    private string CountryCode(string? code, SeedScope scope, string field)
    {
        var value = scope.Required(code, field).ToUpperInvariant();
        return _countries.ContainsKey(value)
            ? value
            : throw scope.Error($"{field} '{code}' is not a country in {CountriesFile}.");
    }

    private int? RegionId(string countryCode, string? region, SeedScope scope)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        var found = _countries[countryCode].Regions.FirstOrDefault(r => string.Equals(r.Name, region.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw scope.Error($"region '{region}' is not listed under {countryCode} in {CountriesFile}.");
        return found.Id;
    }

    private List<string> ThemeCodes(IEnumerable<string> codes, SeedScope scope)
    {
        var list = codes.Select(c => c.Trim()).ToList();
        foreach (var code in list.Where(c => !_themes.Contains(c)))
        {
            throw scope.Error($"theme '{code}' is not a theme in {ThemesFile}.");
        }

        return list;
    }

    private MemberOrganisation FindOrganisation(string? name, SeedScope scope) =>
        _organisations.TryGetValue(scope.Required(name, "organisation"), out var organisation)
            ? organisation
            : throw scope.Error($"organisation '{name}' is not in {OrganisationsFile}.");

    private Expert FindExpert(string? email, SeedScope scope, string field = "expert") =>
        _experts.TryGetValue(scope.Required(email, field), out var expert)
            ? expert
            : throw scope.Error($"{field} '{email}' is not an e-mail address in {ExpertsFile}.");

    private int? PracticeId(string? name, SeedScope scope)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return _practices.TryGetValue(name.Trim(), out var practice)
            ? practice.Id
            : throw scope.Error($"best practice '{name}' is not in {PracticesFile}.");
    }

    private static Actor ExpertActor(Expert expert) => new($"demo-expert:{expert.Email}", expert.FullName);

    private List<(string Text, List<string> Themes, int? PracticeId)> Recommendations(IEnumerable<RecommendationSeed> recommendations, SeedScope scope) =>
        recommendations.Select(r => (scope.Required(r.Text, "recommendations.text"), ThemeCodes(r.Themes, scope), PracticeId(r.BestPractice, scope))).ToList();

    /// <summary>Runs a record's dated steps oldest first, so its history reads in the order things happened.</summary>
    private static void RunInOrder(IEnumerable<Step> steps)
    {
        foreach (var step in steps.OrderBy(s => s.At))
        {
            step.Scope.Do(step.Action);
        }
    }

    private readonly record struct Step(DateTimeOffset At, SeedScope Scope, Action Action);
}
