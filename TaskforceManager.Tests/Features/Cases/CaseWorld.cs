using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>The feature services of the case pages, acting for one viewer.</summary>
public sealed record CaseServices(
    BriefingService Briefings,
    TaskforceService Taskforces,
    RoundtableService Roundtables,
    ExpertService Experts,
    CaseReferenceService Reference);

/// <summary>
/// A small coalition on real SQLite for the case pages: Spain with the Basque Country, the Netherlands and Denmark;
/// a Dutch platform whose expert can lead, a Danish one, a Spanish expert with a declared conflict with Spain, an
/// expert whose workload is full, and an expert of a lapsed member. Cases are added by each test.
/// </summary>
public sealed class CaseWorld : IAsyncDisposable
{
    public static readonly Viewer Secretariat = ComponentTestContext.Secretariat;
    public static readonly Viewer OtherSecretariat = Viewer.Secretariat("user-sec-2", "Anna Visser");

    private static readonly Actor Setup = new("setup", "Scenario setup");

    private CaseWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public int BasqueRegionId { get; private set; }
    public int LeadExpertId { get; private set; }
    public int MemberExpertId { get; private set; }
    public int ConflictedExpertId { get; private set; }
    public int BusyExpertId { get; private set; }
    public int LapsedExpertId { get; private set; }

    public Viewer BasqueContact => Viewer.Contact("user-es", "Miren Etxeberria", "ES", BasqueRegionId);

    public DateTimeOffset Now => Database.Clock.GetUtcNow();

    public static async Task<CaseWorld> CreateAsync()
    {
        var world = new CaseWorld(await TestDatabase.CreateAsync());
        await world.BuildAsync();
        return world;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    public CaseServices ServicesFor(Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(Database.Options, user, Database.Clock);
        var access = new AccessPolicy(user, factory, Database.Clock, NullLogger<AccessPolicy>.Instance);
        var work = new RecordWork(factory, access, Database.Clock);
        return new CaseServices(new BriefingService(work, access), new TaskforceService(work, access), new RoundtableService(work, access),
            new ExpertService(work, access), new CaseReferenceService(factory));
    }

    /// <summary>A support request from InnoBasque, accepted as a draft briefing; returns the briefing's id.</summary>
    public async Task<(int RequestId, int BriefingId)> AcceptedBriefingAsync(string? recommendations = null)
    {
        await using var db = Database.CreateContext();
        var request = SupportRequest.Submit(new SupportRequestDetails("A STEM strategy for the Basque Country", "ES", BasqueRegionId, "InnoBasque",
            "Miren Etxeberria", "miren@example.org", ["stem-strategy"], "Too few young people choose technical studies.", HopedInstrument.PolicyBriefing, Urgency.Normal),
            RequestChannel.Portal, Setup, Now.AddDays(-30));
        request.Acknowledge(Setup, Now.AddDays(-29));
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync();
        var briefing = request.Accept(CaseKind.PolicyBriefing, Setup, Now.AddDays(-28)).Briefing!;
        if (recommendations is not null)
        {
            briefing.Edit(briefing.Title, briefing.ThemeCodes, briefing.Challenge, null, recommendations, null, Setup, Now.AddDays(-27));
        }

        db.PolicyBriefings.Add(briefing);
        await db.SaveChangesAsync();
        return (request.Id, briefing.Id);
    }

    /// <summary>A delivered briefing, ready to be escalated.</summary>
    public async Task<(int RequestId, int BriefingId)> DeliveredBriefingAsync()
    {
        var (requestId, briefingId) = await AcceptedBriefingAsync("Start a regional STEM platform.");
        await using var db = Database.CreateContext();
        var briefing = await db.PolicyBriefings.SingleAsync(b => b.Id == briefingId);
        briefing.SubmitForReview(Setup, Now.AddDays(-20));
        briefing.Deliver(Setup, Now.AddDays(-19));
        await db.SaveChangesAsync();
        return (requestId, briefingId);
    }

    public async Task<int> ProposedTaskforceAsync(string title = "InnoBasque", string? summary = "Regional STEM strategy for the Basque Country.")
    {
        await using var db = Database.CreateContext();
        var taskforce = Taskforce.Propose(new TaskforceDetails(title, "ES", BasqueRegionId, "InnoBasque", summary, null, ["A regional strategy"], ["stem-strategy"]),
            null, null, Setup, Now.AddDays(-60));
        db.Taskforces.Add(taskforce);
        await db.SaveChangesAsync();
        return taskforce.Id;
    }

    /// <summary>Puts an expert on a case directly, as invited (and accepted when asked).</summary>
    public async Task<int> AssignAsync(CaseKind kind, int caseId, int expertId, AssignmentRole role, bool accepted)
    {
        await using var db = Database.CreateContext();
        var expert = await db.Experts.SingleAsync(e => e.Id == expertId);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == expert.OrganisationId);
        var team = await db.Assignments.Where(a => a.CaseKind == kind && a.CaseId == caseId).ToListAsync();
        var assignment = ExpertAssignment.Invite(expert, organisation, new CaseRef(kind, caseId, "Case", "NL", []), role, 0, 99, team,
            AssignmentOverrides.None, Setup, Now.AddDays(-50));
        if (accepted)
        {
            assignment.Accept(Setup, Now.AddDays(-49));
        }

        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    }

    /// <summary>A taskforce with an accepted lead, activated on 1 September 2026.</summary>
    public async Task<int> ActiveTaskforceAsync(string title = "InnoBasque")
    {
        var id = await ProposedTaskforceAsync(title);
        await AssignAsync(CaseKind.Taskforce, id, LeadExpertId, AssignmentRole.Lead, accepted: true);
        await using var db = Database.CreateContext();
        var taskforce = await db.Taskforces.SingleAsync(t => t.Id == id);
        taskforce.Activate(new DateOnly(2026, 9, 1), await db.Assignments.ToListAsync(), Setup, Now.AddDays(-40));
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A past meeting of the taskforce whose log holds one open action item.</summary>
    public async Task<int> MeetingWithOpenActionItemAsync(int taskforceId, string item = "Send the draft strategy to the ministry")
    {
        await using var db = Database.CreateContext();
        var start = Now.AddDays(-7);
        var meeting = Meeting.Schedule(taskforceId, null, new MeetingDetails("Kick-off in Bilbao", start, start.AddHours(2), "Europe/Madrid",
            MeetingFormat.InPerson, "Bilbao", null, null, "InnoBasque", null, null), [LeadExpertId], Setup, Now.AddDays(-20));
        meeting.AddActionItem(item, ActionItemOwner.Secretariat, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(14), Setup, Now.AddDays(-6));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>A planned roundtable convened by an active taskforce; returns both ids.</summary>
    public async Task<(int TaskforceId, int RoundtableId)> PlannedRoundtableAsync()
    {
        var taskforceId = await ActiveTaskforceAsync();
        await using var db = Database.CreateContext();
        var taskforce = await db.Taskforces.SingleAsync(t => t.Id == taskforceId);
        var roundtable = taskforce.ConveneRoundtable(new RoundtableDetails("Girls in STEM in Euskadi", "girls-in-stem", "ES", "InnoBasque",
            new DateOnly(2026, 11, 10), RoundtableFormat.InPerson, "Bilbao"), Setup, Now.AddDays(-30));
        db.Roundtables.Add(roundtable);
        await db.SaveChangesAsync();
        return (taskforceId, roundtable.Id);
    }

    public async Task<T> ReadAsync<T>(int id) where T : class
    {
        await using var db = Database.CreateContext();
        return await db.Set<T>().AsNoTracking().SingleAsync(x => EF.Property<int>(x, "Id") == id);
    }

    public async Task<Guid> VersionAsync<T>(int id) where T : class
    {
        await using var db = Database.CreateContext();
        return db.VersionOf(await db.Set<T>().SingleAsync(x => EF.Property<int>(x, "Id") == id));
    }

    private async Task BuildAsync()
    {
        await using var db = Database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es", "eu"]);
        var basque = spain.AddRegion("Basque Country");
        db.Countries.AddRange(spain, new Country("NL", "Netherlands", true, CountrySize.Medium, ["nl"]), new Country("DK", "Denmark", true, CountrySize.Small, ["da"]));
        db.Themes.AddRange(new Theme("stem-strategy", "STEM strategy", null), new Theme("girls-in-stem", "Girls and women in STEM", null));
        var platform = new MemberOrganisation("Platform Talent voor Technologie", "NL", null, OrganisationRole.NationalStemPlatform, HelixSector.Government, null, null, null);
        var astra = new MemberOrganisation("Astra", "DK", null, OrganisationRole.NationalStemPlatform, HelixSector.Education, null, null, null);
        var lapsed = new MemberOrganisation("Former Partner", "NL", null, OrganisationRole.AssociatePartner, HelixSector.Industry, null, null, null);
        lapsed.Lapse();
        db.Organisations.AddRange(platform, astra, lapsed);
        await db.SaveChangesAsync();
        BasqueRegionId = basque.Id;

        var lead = new Expert("Anna de Vries", platform.Id, "NL", HelixSector.Industry, "anna@example.org", null, ["nl", "en"], 4, null);
        var member = new Expert("Lars Jensen", astra.Id, "DK", HelixSector.Education, "lars@example.org", null, ["da", "en"], 2, null);
        var conflicted = new Expert("Jon Garcia", platform.Id, "NL", HelixSector.Research, "jon@example.org", null, ["es", "en"], 3, null);
        conflicted.DeclareConflict(ConflictKind.Country, "ES", "Advises the Spanish ministry.");
        var busy = new Expert("Eva Berg", astra.Id, "DK", HelixSector.Education, "eva@example.org", null, ["da", "en"], 5, null);
        var former = new Expert("Piet Smit", lapsed.Id, "NL", HelixSector.Industry, "piet@example.org", null, ["nl"], 2, null);
        db.Experts.AddRange(lead, member, conflicted, busy, former);
        await db.SaveChangesAsync();
        (LeadExpertId, MemberExpertId, ConflictedExpertId, BusyExpertId, LapsedExpertId) = (lead.Id, member.Id, conflicted.Id, busy.Id, former.Id);

        // Eva already holds three active places elsewhere: her workload is at the cap.
        for (var i = 1; i <= ExpertAssignment.DefaultWorkloadCap; i++)
        {
            var other = Taskforce.Propose(new TaskforceDetails($"Other taskforce {i}", "DK", null, "Astra", null, null, [], []), null, null, Setup, Now.AddDays(-90));
            db.Taskforces.Add(other);
            await db.SaveChangesAsync();
            db.Assignments.Add(ExpertAssignment.Invite(busy, astra, new CaseRef(CaseKind.Taskforce, other.Id, other.Title, "DK", []), AssignmentRole.Member,
                i - 1, 99, [], AssignmentOverrides.None, Setup, Now.AddDays(-90)));
            await db.SaveChangesAsync();
        }
    }
}
