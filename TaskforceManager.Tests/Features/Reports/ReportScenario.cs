using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Access;
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
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>
/// A small coalition for the documents and the access rules, with names that need more than ASCII: a Basque taskforce
/// (lead Zsófia Kovács of Óbuda University, member Iñaki Ñúñez) with a published, a submitted and a draft meeting log
/// and a meeting to come; a roundtable it convened; a delivered briefing for Bretagne that cites the Fréhel model;
/// a Norwegian taskforce for the "other country". Internal notes and experts' e-mail addresses are marked so tests can
/// look for them.
/// </summary>
public sealed class ReportScenario : IAsyncDisposable
{
    public const string InternalNote = "INTERNAL-NOTE-do-not-show";
    public const string PublishedDecision = "Adopt the Fréhel model for school–company days";
    public const string SubmittedDecision = "SUBMITTED-ONLY decision";
    public const string DraftDecision = "DRAFT-ONLY decision";
    public const string LeadEmail = "zsofia.kovacs@obuda.example";

    private static readonly Actor Setup = new("setup", "Scenario setup");

    private ReportScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public int BasqueRegionId { get; private set; }
    public int TaskforceId { get; private set; }
    public int NorwegianTaskforceId { get; private set; }
    public int BriefingId { get; private set; }
    public int RoundtableId { get; private set; }

    public static Viewer Secretariat { get; } = Viewer.Secretariat("u-sec", "Sofia Secretariat");

    public Viewer BasqueContact => Viewer.Contact("u-es", "Miren Etxeberria", "ES", BasqueRegionId);

    public static Viewer NorwegianContact { get; } = Viewer.Contact("u-no", "Kari Nordmann", "NO", null);

    public static async Task<ReportScenario> CreateAsync()
    {
        var scenario = new ReportScenario(await TestDatabase.CreateAsync());
        await scenario.BuildAsync();
        return scenario;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>The secretariat publishes the Basque taskforce's report to the contact.</summary>
    public async Task PublishTaskforceReportAsync()
    {
        await using var db = Database.CreateContext();
        var taskforce = await db.Taskforces.SingleAsync(t => t.Id == TaskforceId);
        taskforce.PublishReport(Setup, At(11, 20));
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private async Task BuildAsync()
    {
        await using var db = Database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es", "eu"]);
        var basque = spain.AddRegion("Basque Country");
        var france = new Country("FR", "France", true, CountrySize.Large, ["fr"]);
        var bretagne = france.AddRegion("Bretagne");
        db.Countries.AddRange(spain, france,
            new Country("HU", "Hungary", true, CountrySize.Medium, ["hu"]),
            new Country("NL", "Netherlands", true, CountrySize.Medium, ["nl"]),
            new Country("DK", "Denmark", true, CountrySize.Small, ["da"]),
            new Country("NO", "Norway", false, CountrySize.Small, ["no"]));
        db.Themes.AddRange(new Theme("girls-in-stem", "Girls and women in STEM", null), new Theme("stem-strategy", "STEM strategy", null));
        var obuda = new MemberOrganisation("Óbuda University", "HU", null, OrganisationRole.NationalLeadPartner, HelixSector.Education, null, null, null);
        var ikerbasque = new MemberOrganisation("Ikerbasque", "ES", null, OrganisationRole.RegionalStemPlatform, HelixSector.Research, null, null, null);
        db.Organisations.AddRange(obuda, ikerbasque);
        var jetNet = new BestPractice(new BestPracticeDetails("Jet-Net", "NL", "Jet-Net & TechNet", EducationLevel.Secondary, ["girls-in-stem"],
            "School–company partnerships", null, null, null, FundingModel.PublicPrivate, 2002, PracticeStatus.Running, null));
        jetNet.RecordTransfer("DK", 2012, "Adopted as Jet-Net Denmark");
        db.BestPractices.Add(jetNet);
        await db.SaveChangesAsync();
        BasqueRegionId = basque.Id;

        var lead = new Expert("Zsófia Kovács", obuda.Id, "HU", HelixSector.Education, LeadEmail, "+36 1 000 0000", ["hu", "en"], 4, null);
        var member = new Expert("Iñaki Ñúñez", ikerbasque.Id, "ES", HelixSector.Research, "inaki@ikerbasque.example", null, ["es", "eu", "en"], 2, null);
        db.Experts.AddRange(lead, member);

        var basqueRequest = SupportRequest.Submit(
            new SupportRequestDetails("STEAM strategy for Euskadi", "ES", basque.Id, "InnoBasque", "Miren Etxeberria", "miren@innobasque.example",
                ["stem-strategy"], "Too few young people choose technical studies.", HopedInstrument.Taskforce, Urgency.Normal),
            RequestChannel.Portal, Setup, At(1, 5));
        basqueRequest.Acknowledge(Setup, At(1, 6));
        var bretonRequest = SupportRequest.Submit(
            new SupportRequestDetails("Girls in STEM in Bretagne", "FR", bretagne.Id, "AlertEducation", "Anne Le Fréhel", "anne@alerteducation.example",
                ["girls-in-stem"], "Girls leave technical tracks after the first year.", HopedInstrument.PolicyBriefing, Urgency.High),
            RequestChannel.Portal, Setup, At(2, 2));
        bretonRequest.Acknowledge(Setup, At(2, 3));
        var norwegianRequest = SupportRequest.Submit(
            new SupportRequestDetails("Norwegian technology pact", "NO", null, "NHO", "Kari Nordmann", "kari@nho.example",
                ["stem-strategy"], "A national pact.", HopedInstrument.Taskforce, Urgency.Low),
            RequestChannel.Portal, Setup, At(3, 2));
        norwegianRequest.Acknowledge(Setup, At(3, 3));
        db.SupportRequests.AddRange(basqueRequest, bretonRequest, norwegianRequest);
        await db.SaveChangesAsync();

        var taskforce = basqueRequest.Accept(CaseKind.Taskforce, Setup, At(1, 10)).Taskforce!;
        taskforce.Edit(new TaskforceDetails("InnoBasque", "ES", basque.Id, "InnoBasque", "A STEAM strategy for the Basque Country.", null,
            ["A regional STEAM strategy", "A platform that joins schools and companies"], ["stem-strategy"]), Setup, At(1, 11));
        taskforce.SetInternalNotes(InternalNote);
        var briefing = bretonRequest.Accept(CaseKind.PolicyBriefing, Setup, At(2, 10)).Briefing!;
        briefing.Edit("Girls in STEM in Bretagne", ["girls-in-stem"], "Girls leave technical tracks after the first year.",
            "Bretagne's schools already run company days in Fréhel and Saint-Brieuc.",
            "Build on the Fréhel model.\n- Pair every school with a company.\n- Train teachers with engineers.", new DateOnly(2026, 3, 31), Setup, At(2, 12));
        briefing.SetInternalNotes(InternalNote);
        briefing.SubmitForReview(Setup, At(2, 13));
        briefing.Deliver(Setup, At(2, 20));
        var norwegian = norwegianRequest.Accept(CaseKind.Taskforce, Setup, At(3, 10)).Taskforce!;
        db.Taskforces.AddRange(taskforce, norwegian);
        db.PolicyBriefings.Add(briefing);
        await db.SaveChangesAsync();
        (TaskforceId, NorwegianTaskforceId, BriefingId) = (taskforce.Id, norwegian.Id, briefing.Id);

        var team = new List<ExpertAssignment>();
        var cases = new[]
        {
            (Case: new CaseRef(CaseKind.Taskforce, taskforce.Id, taskforce.Title, "ES", ["InnoBasque"]), Expert: lead, Organisation: obuda, Role: AssignmentRole.Lead),
            (Case: new CaseRef(CaseKind.Taskforce, taskforce.Id, taskforce.Title, "ES", ["InnoBasque"]), Expert: member, Organisation: ikerbasque, Role: AssignmentRole.Member),
            (Case: new CaseRef(CaseKind.PolicyBriefing, briefing.Id, briefing.Title, "FR", ["AlertEducation"]), Expert: lead, Organisation: obuda, Role: AssignmentRole.Member),
        };
        foreach (var c in cases)
        {
            var assignment = ExpertAssignment.Invite(c.Expert, c.Organisation, c.Case, c.Role, team.Count(a => a.ExpertId == c.Expert.Id),
                ExpertAssignment.DefaultWorkloadCap, team, AssignmentOverrides.None, Setup, At(1, 12));
            assignment.Accept(Setup, At(1, 13));
            team.Add(assignment);
        }

        db.Assignments.AddRange(team);
        await db.SaveChangesAsync();

        taskforce.Activate(new DateOnly(2026, 1, 15), team, Setup, At(1, 15));
        var strategy = taskforce.AddDeliverable("Strategy draft", new DateOnly(2026, 6, 30), Setup, At(1, 16));
        var platform = taskforce.AddDeliverable("Platform design", new DateOnly(2026, 9, 30), Setup, At(1, 16));
        taskforce.SetDeliverableStatus(platform.Id, DeliverableStatus.Delivered, null, Setup, At(9, 20));
        _ = strategy;

        var roundtable = taskforce.ConveneRoundtable(new RoundtableDetails("Girls in STEM in Euskadi", "girls-in-stem", "ES", "InnoBasque",
            new DateOnly(2026, 10, 1), RoundtableFormat.InPerson, "Bilbao"), Setup, At(5, 1));
        roundtable.AddParticipant("Confebask", StakeholderType.EmployerOrganisation, 3, Setup, At(9, 1));
        roundtable.AddParticipant("Ikerbasque", StakeholderType.Research, 2, Setup, At(9, 1));
        roundtable.AddParticipant("Eusko Jaurlaritza – Gobierno Vasco", StakeholderType.Government, 1, Setup, At(9, 1));
        roundtable.AddParticipant("Mondragon Unibertsitatea", StakeholderType.EducationInstitution, 2, Setup, At(9, 1));
        roundtable.RecordHeld(new DateOnly(2026, 10, 1), Setup, At(10, 2));
        roundtable.AddBottleneck("Too few female role models in vocational schools.", Setup, At(10, 3));
        roundtable.AddRecommendation("Start a Jet-Net style programme with Basque companies.", ["girls-in-stem"], jetNet.Id, Setup, At(10, 3));
        roundtable.Report(Setup, At(10, 5));
        roundtable.SetInternalNotes(InternalNote);
        db.Roundtables.Add(roundtable);
        await db.SaveChangesAsync();
        RoundtableId = roundtable.Id;

        var published = Meeting.Schedule(taskforce.Id, null, Details("Kick-off in Bilbao", At(2, 3, 10)), [lead.Id, member.Id], Setup, At(1, 20));
        published.WriteMinutes("We agreed the plan for the year.", "Minutes of the kick-off.", Setup, At(2, 4));
        published.AddDecision(PublishedDecision, Setup, At(2, 4));
        published.AddRecommendation("Invite Ñ-Tech and the Óbuda lab to the next meeting.", ["stem-strategy"], jetNet.Id, Setup, At(2, 4));
        published.AddActionItem("Draft the strategy outline", ActionItemOwner.Expert(lead.Id, lead.FullName), new DateOnly(2026, 12, 15), Setup, At(2, 4));
        published.AddActionItem("Book the venue in Donostia", ActionItemOwner.Host("InnoBasque"), new DateOnly(2026, 3, 1), Setup, At(2, 4));
        published.SubmitLog(Setup, At(2, 5));
        published.Publish(Setup, At(2, 6));

        var submitted = Meeting.Schedule(taskforce.Id, null, Details("Working session", At(6, 2, 10)), [lead.Id], Setup, At(5, 20));
        submitted.WriteMinutes("Working session summary.", null, Setup, At(6, 3));
        submitted.AddDecision(SubmittedDecision, Setup, At(6, 3));
        submitted.SubmitLog(Setup, At(6, 4));

        var draft = Meeting.Schedule(taskforce.Id, null, Details("Visit to Mondragon", At(9, 10, 10)), [lead.Id], Setup, At(9, 1));
        draft.AddDecision(DraftDecision, Setup, At(9, 11));

        var upcoming = Meeting.Schedule(taskforce.Id, null, Details("Strategy workshop", At(12, 10, 10)), [lead.Id], Setup, At(11, 1));
        db.Meetings.AddRange(published, submitted, draft, upcoming);
        await db.SaveChangesAsync();
    }

    private static MeetingDetails Details(string title, DateTimeOffset start) =>
        new(title, start, start.AddHours(2), "Europe/Madrid", MeetingFormat.InPerson, "Bilbao", "Bizkaia Aretoa", null, "InnoBasque", null, null);
}

/// <summary>One <see cref="ReportScenario"/> shared by the tests of a class that only read it.</summary>
public sealed class ReportScenarioFixture : IAsyncLifetime
{
    public ReportScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync() => Scenario = await ReportScenario.CreateAsync();

    public async Task DisposeAsync() => await Scenario.DisposeAsync();
}
