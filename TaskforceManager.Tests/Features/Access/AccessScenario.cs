using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Access;

/// <summary>The people of the access matrix.</summary>
public enum MatrixRole
{
    Secretariat,
    ContactOfOwningCountry,
    ContactOfOtherCountry,
    AssignedExpert,
    UnassignedExpert,
    Anonymous,
}

/// <summary>
/// A small coalition on real SQLite: a Basque request accepted as a briefing, a Basque taskforce with a roundtable and
/// meetings, one expert who accepted places on them and one who has none.
/// </summary>
public sealed class AccessScenario
{
    private static readonly Actor Setup = new("setup", "Scenario setup");

    private AccessScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; private set; }
    public int BasqueRegionId { get; private set; }
    public int LinkedRequestId { get; private set; }
    public int OpenRequestId { get; private set; }
    public int BriefingId { get; private set; }
    public int TaskforceId { get; private set; }
    public int RoundtableId { get; private set; }
    public int MeetingId { get; private set; }
    public int SubmittedLogMeetingId { get; private set; }
    public int PublishedLogMeetingId { get; private set; }
    public int AssignedExpertId { get; private set; }
    public int UnassignedExpertId { get; private set; }
    public int AcceptedAssignmentId { get; private set; }
    public int InvitationId { get; private set; }
    public int CommentId { get; private set; }
    public Guid AttachmentId { get; private set; }

    /// <summary>Where this scenario's uploaded documents are kept (inside the test database's folder).</summary>
    public string AttachmentRoot => Path.Combine(Database.Folder, "attachments");

    /// <summary>The smallest PDF the upload check accepts.</summary>
    public static byte[] Pdf => "%PDF-1.4\n%demo\n"u8.ToArray();

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static AccessScenario? _template;

    /// <summary>
    /// A scenario of its own (tests may change it): a copy of one scenario built once per test run, with the same ids.
    /// </summary>
    public static async Task<AccessScenario> CreateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var template = new AccessScenario(await TestDatabase.CreateAsync());
                await template.BuildAsync();
                _template = template;
            }
        }
        finally
        {
            TemplateLock.Release();
        }

        var copy = (AccessScenario)_template.MemberwiseClone();
        copy.Database = await TestDatabase.CreateAsync(copyOf: _template.Database);
        CopyDirectory(_template.AttachmentRoot, copy.AttachmentRoot);
        return copy;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public Viewer ViewerFor(MatrixRole role) => role switch
    {
        MatrixRole.Secretariat => Viewer.Secretariat("u-sec", "Sofia Secretariat"),
        MatrixRole.ContactOfOwningCountry => Viewer.Contact("u-es", "Miren (ES)", "ES", BasqueRegionId),
        MatrixRole.ContactOfOtherCountry => Viewer.Contact("u-no", "Kari (NO)", "NO", null),
        MatrixRole.AssignedExpert => Viewer.ForExpert("u-nl", "Anna (NL)", AssignedExpertId),
        MatrixRole.UnassignedExpert => Viewer.ForExpert("u-dk", "Lars (DK)", UnassignedExpertId),
        _ => Viewer.Anonymous,
    };

    public Services ServicesFor(MatrixRole role)
    {
        var user = new FixedUser(ViewerFor(role));
        var factory = new AppDbContextFactory(Database.Options, user, Database.Clock);
        var access = new AccessPolicy(user, factory, Database.Clock, NullLogger<AccessPolicy>.Instance);
        var work = new RecordWork(factory, access, Database.Clock);
        return new Services(
            new RequestService(work, access, AcknowledgementPolicy.Default),
            new BriefingService(work, access),
            new TaskforceService(work, access),
            new RoundtableService(work, access),
            new MeetingService(work, access, factory),
            new ExpertService(work, access),
            new CaseCommentService(factory, access, Options.Create(new AttachmentStorageOptions { Root = AttachmentRoot }),
                new HostingEnvironment { ContentRootPath = AttachmentRoot }, Database.Clock));
    }

    /// <summary>The version a record has now, as a page would have loaded it.</summary>
    public async Task<Guid> VersionAsync<T>(int id) where T : class
    {
        await using var db = Database.CreateContext();
        var entity = await db.Set<T>().SingleAsync(x => EF.Property<int>(x, "Id") == id);
        return db.VersionOf(entity);
    }

    private async Task BuildAsync()
    {
        var t0 = Database.Clock.GetUtcNow();
        await using var db = Database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es", "eu"]);
        var basque = spain.AddRegion("Basque Country");
        db.Countries.AddRange(spain, new Country("NO", "Norway", false, CountrySize.Small, ["no"]),
            new Country("NL", "Netherlands", true, CountrySize.Medium, ["nl"]), new Country("DK", "Denmark", true, CountrySize.Small, ["da"]));
        db.Themes.Add(new Theme("stem-strategy", "STEM strategy", null));
        var platform = new MemberOrganisation("Platform Talent voor Technologie", "NL", null, OrganisationRole.NationalStemPlatform, HelixSector.Government, null, null, null);
        var astra = new MemberOrganisation("Astra", "DK", null, OrganisationRole.NationalStemPlatform, HelixSector.Education, null, null, null);
        db.Organisations.AddRange(platform, astra);
        await db.SaveChangesAsync();
        BasqueRegionId = basque.Id;

        var assigned = new Expert("Anna de Vries", platform.Id, "NL", HelixSector.Industry, "anna@example.org", "+31 6 0000 0000", ["nl", "en"], 4, null);
        var unassigned = new Expert("Lars Jensen", astra.Id, "DK", HelixSector.Education, "lars@example.org", null, ["da", "en"], 2, null);
        db.Experts.AddRange(assigned, unassigned);

        var linked = SupportRequest.Submit(Details("Basque STEAM strategy"), RequestChannel.Portal, Setup, t0);
        var open = SupportRequest.Submit(Details("Teacher shortage in Gipuzkoa"), RequestChannel.Portal, Setup, t0);
        linked.Acknowledge(Setup, t0);
        db.SupportRequests.AddRange(linked, open);
        await db.SaveChangesAsync();
        (AssignedExpertId, UnassignedExpertId, LinkedRequestId, OpenRequestId) = (assigned.Id, unassigned.Id, linked.Id, open.Id);

        var briefing = linked.Accept(CaseKind.PolicyBriefing, Setup, t0).Briefing!;
        briefing.SetInternalNotes("Secretariat only: the ministry is lukewarm.");
        var taskforce = Taskforce.Propose(new TaskforceDetails("InnoBasque", "ES", basque.Id, "InnoBasque", "Regional strategy", null, ["Strategy"], ["stem-strategy"]),
            linked.Id, null, Setup, t0);
        taskforce.SetInternalNotes("Secretariat only: budget still open.");
        db.PolicyBriefings.Add(briefing);
        db.Taskforces.Add(taskforce);
        await db.SaveChangesAsync();
        (BriefingId, TaskforceId) = (briefing.Id, taskforce.Id);

        var team = new List<ExpertAssignment>();
        foreach (var (kind, id, title) in new[] { (CaseKind.PolicyBriefing, briefing.Id, briefing.Title), (CaseKind.Taskforce, taskforce.Id, taskforce.Title) })
        {
            var assignment = ExpertAssignment.Invite(assigned, platform, new CaseRef(kind, id, title, "ES", ["InnoBasque"]),
                kind == CaseKind.Taskforce ? AssignmentRole.Lead : AssignmentRole.Member, team.Count, 3, team, AssignmentOverrides.None, Setup, t0);
            assignment.Accept(Setup, t0);
            team.Add(assignment);
        }

        db.Assignments.AddRange(team);
        await db.SaveChangesAsync();
        AcceptedAssignmentId = team.Single(a => a.CaseKind == CaseKind.Taskforce).Id;

        taskforce.Activate(new DateOnly(2026, 1, 15), team, Setup, t0);
        var roundtable = taskforce.ConveneRoundtable(new RoundtableDetails("Girls in STEM in Euskadi", "stem-strategy", "ES", "InnoBasque",
            new DateOnly(2026, 10, 1), RoundtableFormat.InPerson, "Bilbao"), Setup, t0);
        db.Roundtables.Add(roundtable);
        await db.SaveChangesAsync();
        RoundtableId = roundtable.Id;

        var invitation = ExpertAssignment.Invite(assigned, platform, new CaseRef(CaseKind.Roundtable, roundtable.Id, roundtable.Title, "ES", ["InnoBasque"]),
            AssignmentRole.Rapporteur, team.Count, 3, [], AssignmentOverrides.None, Setup, t0);
        db.Assignments.Add(invitation);

        var past = t0.AddDays(-2);
        var meeting = Meeting.Schedule(taskforce.Id, null, MeetingDetails("Kick-off", past), [assigned.Id], Setup, t0.AddDays(-20));
        var submitted = Meeting.Schedule(taskforce.Id, null, MeetingDetails("Second meeting", past), [assigned.Id], Setup, t0.AddDays(-20));
        submitted.WriteMinutes("Summary", "Draft minutes, not yet published.", Setup, t0);
        submitted.SubmitLog(Setup, t0);
        var published = Meeting.Schedule(taskforce.Id, null, MeetingDetails("Third meeting", past), [assigned.Id], Setup, t0.AddDays(-20));
        published.WriteMinutes("Summary", "Published minutes.", Setup, t0);
        published.SubmitLog(Setup, t0);
        published.Publish(Setup, t0);
        db.Meetings.AddRange(meeting, submitted, published);
        await db.SaveChangesAsync();
        (InvitationId, MeetingId, SubmittedLogMeetingId, PublishedLogMeetingId) = (invitation.Id, meeting.Id, submitted.Id, published.Id);

        var contact = new Actor("u-es", "Miren (ES)");
        var attachment = Attachment.Accept(CaseSubject.Taskforce, taskforce.Id, "plan.pdf", Pdf.Length, Pdf, "00", contact, t0);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(AttachmentRoot, attachment.StorageKey))!);
        await File.WriteAllBytesAsync(Path.Combine(AttachmentRoot, attachment.StorageKey), Pdf);
        db.Attachments.Add(attachment);
        var comment = CaseComment.Add(CaseSubject.Taskforce, taskforce.Id, true, "Our ministry agreed the plan.", attachment.Id, contact, UserRole.MemberStateContact, t0);
        db.CaseComments.Add(comment);
        await db.SaveChangesAsync();
        (CommentId, AttachmentId) = (comment.Id, attachment.Id);
    }

    private SupportRequestDetails Details(string title) =>
        new(title, "ES", BasqueRegionId, "InnoBasque", "Miren Etxeberria", "miren@example.org", ["stem-strategy"], "The challenge.", HopedInstrument.Taskforce, Urgency.Normal);

    private static MeetingDetails MeetingDetails(string title, DateTimeOffset start) =>
        new(title, start, start.AddHours(2), "Europe/Madrid", MeetingFormat.Online, null, null, "https://meet.example.org/x", "InnoBasque", null, null);
}

public sealed record Services(
    RequestService Requests,
    BriefingService Briefings,
    TaskforceService Taskforces,
    RoundtableService Roundtables,
    MeetingService Meetings,
    ExpertService Experts,
    CaseCommentService Comments);
