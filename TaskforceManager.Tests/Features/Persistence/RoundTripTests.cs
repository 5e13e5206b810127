using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Persistence.PersistenceFixture;

namespace TaskforceManager.Tests.Features.Persistence;

/// <summary>Each aggregate saved through the real migrations and read back in a fresh context is the same record.</summary>
public sealed class RoundTripTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _regionId;
    private int _organisationId;

    private DateTimeOffset Now => _database.Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        (_regionId, _organisationId) = await AddReferenceDataAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SupportRequest_WithHistoryAndThemes_RoundTrips()
    {
        int id;
        await using (var db = _database.CreateContext())
        {
            var request = SupportRequest.Submit(Details(), RequestChannel.Portal, Secretariat, Now);
            request.Acknowledge(Secretariat, Now.AddHours(2));
            db.SupportRequests.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
        }

        await using var read = _database.CreateContext();
        var loaded = await read.SupportRequests.SingleAsync(r => r.Id == id);
        Assert.Equal(SupportRequestStatus.InReview, loaded.Status);
        Assert.Equal("Basque STEAM strategy — Ñ and ü survive", loaded.Title);
        Assert.Equal(["stem-strategy", "teacher-shortage"], loaded.ThemeCodes);
        Assert.Equal(_regionId, loaded.RegionId);
        Assert.Equal(Now, loaded.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, loaded.ReceivedAt.Offset);
        Assert.Equal(["Submitted", "Acknowledged"], loaded.History.Select(h => h.Action));
        Assert.Equal("InReview", loaded.History[1].ToState);
        Assert.Equal(Secretariat.Id, loaded.History[1].ActorId);
        Assert.Equal(Now.AddHours(2), loaded.History[1].At);
    }

    [Fact]
    public async Task EnumsAreStoredAsTheirNames()
    {
        await using (var db = _database.CreateContext())
        {
            db.SupportRequests.Add(SupportRequest.Submit(Details(), RequestChannel.Secretariat, Secretariat, Now));
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var stored = await read.Database.SqlQueryRaw<string>("SELECT Status AS Value FROM SupportRequests").SingleAsync();
        Assert.Equal("Submitted", stored);
    }

    [Fact]
    public async Task AcceptedRequest_OpensBriefing_WithLineage()
    {
        int briefingId, requestId;
        await using (var db = _database.CreateContext())
        {
            var request = SupportRequest.Submit(Details(), RequestChannel.Portal, Secretariat, Now);
            request.Acknowledge(Secretariat, Now);
            db.SupportRequests.Add(request);
            await db.SaveChangesAsync();
            var opened = request.Accept(CaseKind.PolicyBriefing, Secretariat, Now);
            db.PolicyBriefings.Add(opened.Briefing!);
            await db.SaveChangesAsync();
            (briefingId, requestId) = (opened.Briefing!.Id, request.Id);
        }

        await using var read = _database.CreateContext();
        var briefing = await read.PolicyBriefings.SingleAsync(b => b.Id == briefingId);
        Assert.Equal(requestId, briefing.SupportRequestId);
        Assert.Equal("Basque STEAM strategy — Ñ and ü survive", briefing.Title);
        Assert.Equal(SupportRequestStatus.Accepted, (await read.SupportRequests.SingleAsync()).Status);
        Assert.Equal(CaseKind.PolicyBriefing, (await read.SupportRequests.SingleAsync()).AcceptedAs);
    }

    [Fact]
    public async Task Taskforce_WithDeliverablesObjectivesAndHistory_RoundTrips()
    {
        int id;
        await using (var db = _database.CreateContext())
        {
            var taskforce = Taskforce.Propose(TaskforceDetails(), null, null, Secretariat, Now);
            db.Taskforces.Add(taskforce);
            await db.SaveChangesAsync();
            var deliverable = taskforce.AddDeliverable("Strategy draft", new DateOnly(2027, 3, 1), Secretariat, Now);
            taskforce.SetDeliverableStatus(deliverable.Id, DeliverableStatus.InProgress, null, Secretariat, Now);
            taskforce.AddDeliverable("Platform design", null, Secretariat, Now);
            await db.SaveChangesAsync();
            id = taskforce.Id;
        }

        await using var read = _database.CreateContext();
        var loaded = await read.Taskforces.SingleAsync(t => t.Id == id);
        Assert.Equal(["Write a regional STEAM strategy", "Set up a regional platform"], loaded.Objectives);
        Assert.Equal(2, loaded.Deliverables.Count);
        Assert.Equal(DeliverableStatus.InProgress, loaded.Deliverables.Single(d => d.Title == "Strategy draft").Status);
        Assert.Equal(new DateOnly(2027, 3, 1), loaded.Deliverables.Single(d => d.Title == "Strategy draft").DueOn);
        Assert.Equal(4, loaded.History.Count);
        Assert.Equal("InnoBasque", loaded.HostOrganisation);
    }

    [Fact]
    public async Task Roundtable_WithParticipantsBottlenecksAndRecommendations_RoundTrips()
    {
        int id;
        await using (var db = _database.CreateContext())
        {
            var roundtable = Roundtable.Plan(
                new RoundtableDetails("Climate, diversity and the role of STEM", "teacher-shortage", null, "European Commission",
                    new DateOnly(2021, 6, 8), RoundtableFormat.Online, null),
                null, null, Secretariat, Now.AddYears(-6));
            roundtable.AddParticipant("ZDI", StakeholderType.StemPlatform, 2, Secretariat, Now);
            roundtable.AddParticipant("European Commission", StakeholderType.EuropeanInstitution, 3, Secretariat, Now);
            roundtable.RecordHeld(new DateOnly(2021, 6, 8), Secretariat, Now);
            roundtable.AddBottleneck("Too few girls choose technical studies.", Secretariat, Now);
            roundtable.AddRecommendation("Link sustainability themes to STEM curricula.", ["teacher-shortage"], null, Secretariat, Now);
            roundtable.Report(Secretariat, Now);
            db.Roundtables.Add(roundtable);
            await db.SaveChangesAsync();
            id = roundtable.Id;
        }

        await using var read = _database.CreateContext();
        var loaded = await read.Roundtables.SingleAsync(r => r.Id == id);
        Assert.Equal(RoundtableStatus.Reported, loaded.Status);
        Assert.Equal(5, loaded.PeopleByStakeholderType().Values.Sum());
        Assert.Single(loaded.Bottlenecks);
        Assert.Equal(["teacher-shortage"], loaded.Recommendations.Single().ThemeCodes);
        Assert.Equal(new DateOnly(2021, 6, 8), loaded.HeldOn);
    }

    [Fact]
    public async Task Meeting_WithOutcomeLog_RoundTrips()
    {
        int id;
        await using (var db = _database.CreateContext())
        {
            var taskforce = Taskforce.Propose(TaskforceDetails(), null, null, Secretariat, Now);
            db.Taskforces.Add(taskforce);
            await db.SaveChangesAsync();
            var meeting = Meeting.Schedule(taskforce.Id, null, MeetingDetails(Now.AddDays(-1)), [7, 8], Secretariat, Now.AddDays(-10));
            meeting.RecordAttendance(7, "Anna de Vries", "Platform Talent voor Technologie", null, AttendanceStatus.Present, Secretariat, Now);
            meeting.WriteMinutes("Kick-off", "## Minutes\nWe agreed on *three* priorities.", Secretariat, Now);
            meeting.AddDecision("Adopt the Jet-Net model for Bilbao schools.", Secretariat, Now);
            meeting.AddRecommendation("Start with five pilot schools.", ["stem-strategy"], null, Secretariat, Now);
            var item = meeting.AddActionItem("Draft the pilot plan", ActionItemOwner.Expert(7, "Anna de Vries"), new DateOnly(2026, 12, 15), Secretariat, Now);
            meeting.AddActionItem("Book the venue", ActionItemOwner.Host("InnoBasque"), null, Secretariat, Now);
            meeting.DropActionItem(item.Id, "Merged into the platform plan.", Secretariat, Now);
            meeting.SubmitLog(Secretariat, Now);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            id = meeting.Id;
        }

        await using var read = _database.CreateContext();
        var loaded = await read.Meetings.SingleAsync(m => m.Id == id);
        Assert.Equal(OutcomeStatus.Submitted, loaded.OutcomeStatus);
        Assert.Equal([7, 8], loaded.InvitedExpertIds);
        Assert.Equal("Europe/Madrid", loaded.TimeZoneId);
        Assert.Equal(AttendanceStatus.Present, loaded.Attendees.Single().Status);
        Assert.Single(loaded.Decisions);
        Assert.Single(loaded.Recommendations);
        Assert.Equal(2, loaded.ActionItems.Count);
        var dropped = loaded.ActionItems.Single(i => i.Status == ActionItemStatus.Dropped);
        Assert.Equal("Merged into the platform plan.", dropped.ResolutionReason);
        Assert.Equal(ActionItemOwnerKind.Expert, dropped.OwnerKind);
        Assert.Equal(7, dropped.OwnerExpertId);
        Assert.Contains("*three*", loaded.Minutes);
    }

    [Fact]
    public async Task ExpertAndAssignment_RoundTrip()
    {
        int expertId, assignmentId;
        await using (var db = _database.CreateContext())
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == _organisationId);
            var expert = new Expert("Anna de Vries", _organisationId, "NL", HelixSector.Industry, "anna@example.org", "+31 6 1234 5678", ["nl", "en"], 4, "Jet-Net coordinator");
            expert.SetExpertise("stem-strategy", ExpertiseLevel.Leading);
            expert.AddUnavailablePeriod(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 6), "Holidays");
            expert.DeclareConflict(ConflictKind.Country, "NO", "Advisor to the Norwegian ministry");
            db.Experts.Add(expert);
            var taskforce = Taskforce.Propose(TaskforceDetails(), null, null, Secretariat, Now);
            db.Taskforces.Add(taskforce);
            await db.SaveChangesAsync();
            var assignment = ExpertAssignment.Invite(expert, organisation,
                new CaseRef(CaseKind.Taskforce, taskforce.Id, taskforce.Title, taskforce.CountryCode, [taskforce.HostOrganisation]),
                AssignmentRole.Lead, 0, ExpertAssignment.DefaultWorkloadCap, [], AssignmentOverrides.None, Secretariat, Now);
            assignment.Accept(new Actor("expert-1", "Anna de Vries"), Now.AddDays(1));
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            (expertId, assignmentId) = (expert.Id, assignment.Id);
        }

        await using var read = _database.CreateContext();
        var loadedExpert = await read.Experts.SingleAsync(e => e.Id == expertId);
        Assert.Equal(["nl", "en"], loadedExpert.LanguageCodes);
        Assert.Equal(ExpertiseLevel.Leading, loadedExpert.Expertise.Single().Level);
        Assert.True(loadedExpert.IsUnavailableBetween(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2)));
        Assert.Single(loadedExpert.ConflictsWith("NO", []));
        var loadedAssignment = await read.Assignments.SingleAsync(a => a.Id == assignmentId);
        Assert.Equal(AssignmentStatus.Accepted, loadedAssignment.Status);
        Assert.Equal(CaseKind.Taskforce, loadedAssignment.CaseKind);
        Assert.Equal(["Invited as lead", "Accepted"], loadedAssignment.History.Select(h => h.Action));
    }

    [Fact]
    public async Task BestPractice_WithTransfers_RoundTrips()
    {
        await using (var db = _database.CreateContext())
        {
            var practice = new BestPractice(new BestPracticeDetails("Jet-Net", "NL", "Platform Talent voor Technologie", EducationLevel.Secondary,
                ["stem-strategy"], "School–company networks", "90+ companies, 180 schools", "About 40% of pre-university schools",
                "About €800k a year", FundingModel.PublicPrivate, 2002, PracticeStatus.Running, null));
            practice.RecordTransfer("NO", 2012, "Pilot");
            db.BestPractices.Add(practice);
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var loaded = await read.BestPractices.SingleAsync();
        Assert.Equal("NO", loaded.Transfers.Single().ToCountryCode);
        Assert.Equal(2012, loaded.Transfers.Single().Year);
        Assert.Equal("About €800k a year", loaded.Budget);
        Assert.Equal(FundingModel.PublicPrivate, loaded.FundingModel);
    }

    [Fact]
    public async Task CountryRegionsAndOrganisation_RoundTrip()
    {
        await using var read = _database.CreateContext();
        var spain = await read.Countries.Include(c => c.Regions).SingleAsync(c => c.Code == "ES");
        Assert.Equal("Basque Country", spain.Regions.Single().Name);
        Assert.Equal(["es", "eu"], spain.LanguageCodes);
        var organisation = await read.Organisations.SingleAsync();
        Assert.Equal(OrganisationRole.NationalStemPlatform, organisation.Role);
        Assert.True(organisation.CanProvideExperts);
    }

    private SupportRequestDetails Details() => new(
        "Basque STEAM strategy — Ñ and ü survive", "ES", _regionId, "InnoBasque", "Itziar Etxeberria", "itziar@example.org",
        ["stem-strategy", "teacher-shortage"], "We need a regional STEAM strategy.", HopedInstrument.Taskforce, Urgency.Normal);

    private static TaskforceDetails TaskforceDetails() => new(
        "InnoBasque", "ES", null, "InnoBasque", "Regional STEAM strategy for the Basque Country", null,
        ["Write a regional STEAM strategy", "Set up a regional platform"], ["stem-strategy"]);

    private static MeetingDetails MeetingDetails(DateTimeOffset start) => new(
        "Kick-off in Bilbao", start, start.AddHours(3), "Europe/Madrid", MeetingFormat.Hybrid, "Bilbao", "InnoBasque offices",
        "https://meet.example.org/kickoff", "InnoBasque", "Agree the plan", "1. Welcome");
}
