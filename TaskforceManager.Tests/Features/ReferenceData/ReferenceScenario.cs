using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.ReferenceData;

/// <summary>
/// A small coalition on real SQLite whose reference data is partly in use: an open Spanish request and an active
/// Danish expert on teacher shortage, a declined request on girls in STEM, an open taskforce hosted by InnoBasque,
/// and Jet-Net recommended by a held roundtable.
/// </summary>
public sealed class ReferenceScenario : IAsyncDisposable
{
    public static readonly Viewer Secretariat = Viewer.Secretariat("u-sec", "Sofia Secretariat");
    public static readonly Viewer Contact = Viewer.Contact("u-es", "Miren (ES)", "ES", null);
    private static readonly Actor Setup = new("setup", "Scenario setup");

    private ReferenceScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public int BasqueRegionId { get; private set; }
    public int FlandersRegionId { get; private set; }
    public int AstraId { get; private set; }
    public int InnoBasqueId { get; private set; }
    public int JetNetId { get; private set; }
    public int UnusedPracticeId { get; private set; }

    public static async Task<ReferenceScenario> CreateAsync()
    {
        var scenario = new ReferenceScenario(await TestDatabase.CreateAsync());
        await scenario.BuildAsync();
        return scenario;
    }

    public ThemeAdminService Themes(Viewer? viewer = null) => new(Factory(viewer), Access(viewer));

    public OrganisationAdminService Organisations(Viewer? viewer = null) => new(Factory(viewer), Access(viewer));

    public CountryAdminService Countries(Viewer? viewer = null) => new(Factory(viewer), Access(viewer));

    public PracticeAdminService Practices(Viewer? viewer = null) => new(Factory(viewer), Access(viewer));

    public ReferenceDataService Reference(Viewer? viewer = null) => new(Factory(viewer), Access(viewer));

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private AppDbContextFactory Factory(Viewer? viewer) => new(Database.Options, new FixedUser(viewer ?? Secretariat), Database.Clock);

    private AccessPolicy Access(Viewer? viewer)
    {
        var user = new FixedUser(viewer ?? Secretariat);
        return new AccessPolicy(user, Factory(viewer), Database.Clock, NullLogger<AccessPolicy>.Instance);
    }

    private async Task BuildAsync()
    {
        var now = Database.Clock.GetUtcNow();
        await using var db = Database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es", "ca", "eu", "gl"]);
        var basque = spain.AddRegion("Basque Country");
        var belgium = new Country("BE", "Belgium", true, CountrySize.Medium, ["nl", "fr", "de"]);
        var flanders = belgium.AddRegion("Flanders");
        db.Countries.AddRange(spain, belgium,
            new Country("DK", "Denmark", true, CountrySize.Small, ["da"]),
            new Country("NL", "Netherlands", true, CountrySize.Medium, ["nl"]),
            new Country("LU", "Luxembourg", true, CountrySize.Small, ["lb", "fr", "de"]));
        db.Themes.AddRange(
            new Theme("teacher-shortage", "Teacher shortage", "Too few qualified STEM teachers."),
            new Theme("girls-in-stem", "Girls and women in STEM", null),
            new Theme("stem-strategy", "National and regional STEM strategy", null),
            new Theme("data", "Data and monitoring", null));
        var astra = new MemberOrganisation("Astra", "DK", null, OrganisationRole.NationalStemPlatform, HelixSector.Education, "Foundation", "https://astra.dk", null);
        var innoBasque = new MemberOrganisation("InnoBasque", "ES", null, OrganisationRole.RegionalStemPlatform, HelixSector.Industry, null, null, null);
        db.Organisations.AddRange(astra, innoBasque);
        await db.SaveChangesAsync();
        (BasqueRegionId, FlandersRegionId, AstraId, InnoBasqueId) = (basque.Id, flanders.Id, astra.Id, innoBasque.Id);

        var expert = new Expert("Lars Jensen", astra.Id, "DK", HelixSector.Education, "lars@example.org", null, ["da", "en"], 3, null);
        expert.SetExpertise("teacher-shortage", ExpertiseLevel.Leading);
        db.Experts.Add(expert);

        db.SupportRequests.Add(SupportRequest.Submit(Request("Teacher shortage in Gipuzkoa", "teacher-shortage"), RequestChannel.Portal, Setup, now.AddDays(-2)));
        var declined = SupportRequest.Submit(Request("Girls in vocational programmes", "girls-in-stem"), RequestChannel.Portal, Setup, now.AddDays(-30));
        declined.Acknowledge(Setup, now.AddDays(-29));
        declined.Decline("Out of scope for this year.", Setup, now.AddDays(-20));
        db.SupportRequests.Add(declined);

        db.Taskforces.Add(Taskforce.Propose(new TaskforceDetails("STEAM strategy for the Basque Country", "ES", null, "InnoBasque", null, null, ["A strategy"], ["stem-strategy"]),
            null, null, Setup, now));

        var jetNet = new BestPractice(new BestPracticeDetails("Jet-Net", "NL", "Platform Talent voor Technologie", EducationLevel.Secondary, ["stem-strategy"],
            null, null, null, null, FundingModel.PublicPrivate, 2002, PracticeStatus.Running, null));
        var unused = new BestPractice(new BestPracticeDetails("Science bus", "DK", "Astra", EducationLevel.Primary, ["data"],
            null, null, null, null, FundingModel.Public, 2010, PracticeStatus.Completed, null));
        db.BestPractices.AddRange(jetNet, unused);
        await db.SaveChangesAsync();
        (JetNetId, UnusedPracticeId) = (jetNet.Id, unused.Id);

        var roundtable = Roundtable.Plan(new RoundtableDetails("Teacher shortage in Denmark", "data", "DK", "Astra", null, RoundtableFormat.InPerson, "Copenhagen"),
            null, null, Setup, now.AddDays(-10));
        roundtable.RecordHeld(DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime), Setup, now.AddDays(-3));
        roundtable.AddRecommendation("Link schools and companies as Jet-Net does.", ["data"], jetNet.Id, Setup, now.AddDays(-2));
        db.Roundtables.Add(roundtable);
        await db.SaveChangesAsync();
    }

    private static SupportRequestDetails Request(string title, string theme) =>
        new(title, "ES", null, "Basque Government", "Miren Etxeberria", "miren@example.org", [theme], "The challenge.", HopedInstrument.Taskforce, Urgency.Normal);
}
