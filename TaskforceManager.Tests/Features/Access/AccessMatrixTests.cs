using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;
using static TaskforceManager.Tests.Features.Access.MatrixRole;

namespace TaskforceManager.Tests.Features.Access;

/// <summary>
/// Who may read and who may change each kind of record, through the real services on real SQLite. Each row names a
/// record, how to read it, how to change it, and exactly which roles may do each; every other role must get "not
/// found" (if they may not read) or "not allowed" (if they may read but not change), with the refusal audited and
/// nothing changed.
/// </summary>
public sealed class AccessMatrixTests
{
    private static readonly MatrixRole[] Everyone = Enum.GetValues<MatrixRole>();

    public sealed record Row(
        string Record,
        Type Entity,
        MatrixRole[] CanRead,
        MatrixRole[] CanChange,
        Func<Services, AccessScenario, Task<bool>> Read,
        Func<Services, AccessScenario, Task> Change,
        Func<AccessScenario, Task<string>> State);

    /// <summary>The matrix. A record type missing here fails <see cref="EveryCaseRecordType_IsInTheMatrix"/>.</summary>
    public static readonly Row[] Rows =
    [
        new("support request behind a case", typeof(SupportRequest),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Requests.GetAsync(x.LinkedRequestId)).Id == x.LinkedRequestId,
            async (s, x) => await s.Requests.SetInternalNotesAsync(x.LinkedRequestId, "Changed", await x.VersionAsync<SupportRequest>(x.LinkedRequestId)),
            x => StateOf<SupportRequest>(x, x.LinkedRequestId, r => $"{r.Status}|{r.InternalNotes}")),
        new("open support request (withdrawal)", typeof(SupportRequest),
            [Secretariat, ContactOfOwningCountry], [Secretariat, ContactOfOwningCountry],
            async (s, x) => (await s.Requests.GetAsync(x.OpenRequestId)).Id == x.OpenRequestId,
            async (s, x) => await s.Requests.WithdrawAsync(x.OpenRequestId, "No longer needed", await x.VersionAsync<SupportRequest>(x.OpenRequestId)),
            x => StateOf<SupportRequest>(x, x.OpenRequestId, r => r.Status.ToString())),
        new("policy briefing", typeof(PolicyBriefing),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Briefings.GetAsync(x.BriefingId)).Id == x.BriefingId,
            async (s, x) => await s.Briefings.SetInternalNotesAsync(x.BriefingId, "Changed", await x.VersionAsync<PolicyBriefing>(x.BriefingId)),
            x => StateOf<PolicyBriefing>(x, x.BriefingId, b => b.InternalNotes ?? "")),
        new("taskforce", typeof(Taskforce),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Taskforces.GetAsync(x.TaskforceId)).Id == x.TaskforceId,
            async (s, x) => await s.Taskforces.EditAsync(x.TaskforceId,
                new TaskforceDetails("Renamed", "ES", x.BasqueRegionId, "InnoBasque", "Regional strategy", null, ["Strategy"], ["stem-strategy"]),
                await x.VersionAsync<Taskforce>(x.TaskforceId)),
            x => StateOf<Taskforce>(x, x.TaskforceId, t => t.Title)),
        new("roundtable", typeof(Roundtable),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Roundtables.GetAsync(x.RoundtableId)).Id == x.RoundtableId,
            async (s, x) => await s.Roundtables.RecordHeldAsync(x.RoundtableId, new DateOnly(2026, 10, 1), await x.VersionAsync<Roundtable>(x.RoundtableId)),
            x => StateOf<Roundtable>(x, x.RoundtableId, r => r.Status.ToString())),
        new("meeting (logging)", typeof(Meeting),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat, AssignedExpert],
            async (s, x) => (await s.Meetings.GetAsync(x.MeetingId)).Id == x.MeetingId,
            async (s, x) => await s.Meetings.WriteMinutesAsync(x.MeetingId, "Summary", "Minutes", await x.VersionAsync<Meeting>(x.MeetingId)),
            x => StateOf<Meeting>(x, x.MeetingId, m => $"{m.OutcomeStatus}|{m.Minutes}")),
        new("unpublished meeting outcome", typeof(Meeting),
            [Secretariat, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Meetings.GetAsync(x.SubmittedLogMeetingId)).Outcome is not null,
            async (s, x) => await s.Meetings.PublishAsync(x.SubmittedLogMeetingId, await x.VersionAsync<Meeting>(x.SubmittedLogMeetingId)),
            x => StateOf<Meeting>(x, x.SubmittedLogMeetingId, m => m.OutcomeStatus.ToString())),
        new("published meeting outcome", typeof(Meeting),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Meetings.GetAsync(x.PublishedLogMeetingId)).Outcome?.Minutes == "Published minutes.",
            async (s, x) => await s.Meetings.UnpublishAsync(x.PublishedLogMeetingId, "Published too early", await x.VersionAsync<Meeting>(x.PublishedLogMeetingId)),
            x => StateOf<Meeting>(x, x.PublishedLogMeetingId, m => m.OutcomeStatus.ToString())),
        new("expert's accepted assignment", typeof(ExpertAssignment),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat],
            async (s, x) => (await s.Experts.GetAssignmentAsync(x.AcceptedAssignmentId)).Id == x.AcceptedAssignmentId,
            async (s, x) => await s.Experts.ReleaseAssignmentAsync(x.AcceptedAssignmentId, "Moved on", await x.VersionAsync<ExpertAssignment>(x.AcceptedAssignmentId)),
            x => StateOf<ExpertAssignment>(x, x.AcceptedAssignmentId, a => a.Status.ToString())),
        new("expert's invitation", typeof(ExpertAssignment),
            [Secretariat, AssignedExpert], [Secretariat, AssignedExpert],
            async (s, x) => (await s.Experts.GetAssignmentAsync(x.InvitationId)).Id == x.InvitationId,
            async (s, x) => await s.Experts.AcceptAssignmentAsync(x.InvitationId, await x.VersionAsync<ExpertAssignment>(x.InvitationId)),
            x => StateOf<ExpertAssignment>(x, x.InvitationId, a => a.Status.ToString())),
        new("expert profile", typeof(Expert),
            [Secretariat, ContactOfOwningCountry, AssignedExpert], [Secretariat, AssignedExpert],
            async (s, x) => (await s.Experts.GetProfileAsync(x.AssignedExpertId)).Id == x.AssignedExpertId,
            async (s, x) => await s.Experts.SetAvailabilityAsync(x.AssignedExpertId, 6, await x.VersionAsync<Expert>(x.AssignedExpertId)),
            x => StateOf<Expert>(x, x.AssignedExpertId, e => e.AvailableDaysPerMonth.ToString())),
        new("expert's private contact data", typeof(Expert),
            [Secretariat, AssignedExpert], [Secretariat, AssignedExpert],
            async (s, x) => (await s.Experts.GetProfileAsync(x.AssignedExpertId)).Email == "anna@example.org",
            async (s, x) => await s.Experts.SetAvailabilityAsync(x.AssignedExpertId, 6, await x.VersionAsync<Expert>(x.AssignedExpertId)),
            x => StateOf<Expert>(x, x.AssignedExpertId, e => e.AvailableDaysPerMonth.ToString())),
        new("comments on a case", typeof(TaskforceManager.Domain.Cases.CaseComment),
            [Secretariat, ContactOfOwningCountry], [Secretariat, ContactOfOwningCountry],
            async (s, x) => (await s.Comments.ListAsync(TaskforceManager.Domain.Cases.CaseSubject.Taskforce, x.TaskforceId)).Any(c => c.Id == x.CommentId),
            async (s, x) => await s.Comments.AddAsync(TaskforceManager.Domain.Cases.CaseSubject.Taskforce, x.TaskforceId, "A new comment.", null),
            x => CountOf<TaskforceManager.Domain.Cases.CaseComment>(x)),
        new("document on a case", typeof(TaskforceManager.Domain.Cases.Attachment),
            [Secretariat, ContactOfOwningCountry], [Secretariat, ContactOfOwningCountry],
            async (s, x) =>
            {
                var document = await s.Comments.OpenAsync(x.AttachmentId);
                await using var content = document.Content;
                return document.FileName == "plan.pdf" && content.Length == AccessScenario.Pdf.Length;
            },
            async (s, x) => await s.Comments.AddAsync(TaskforceManager.Domain.Cases.CaseSubject.Taskforce, x.TaskforceId, null,
                new("minutes.pdf", new MemoryStream(AccessScenario.Pdf))),
            x => CountOf<TaskforceManager.Domain.Cases.Attachment>(x)),
        new("internal notes of a case", typeof(Taskforce),
            [Secretariat], [Secretariat],
            async (s, x) => (await s.Taskforces.GetAsync(x.TaskforceId)).InternalNotes is not null,
            async (s, x) => await s.Taskforces.SetInternalNotesAsync(x.TaskforceId, "Changed", await x.VersionAsync<Taskforce>(x.TaskforceId)),
            x => StateOf<Taskforce>(x, x.TaskforceId, t => t.InternalNotes ?? "")),
    ];

    public static TheoryData<string, MatrixRole> Cells()
    {
        var data = new TheoryData<string, MatrixRole>();
        foreach (var row in Rows)
        {
            foreach (var role in Everyone)
            {
                data.Add(row.Record, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Read_IsAllowedExactlyForTheRowsRoles(string record, MatrixRole role)
    {
        var row = Rows.Single(r => r.Record == record);
        var scenario = await AccessScenario.CreateAsync();
        await using var _ = scenario.Database;
        var services = scenario.ServicesFor(role);

        if (row.CanRead.Contains(role))
        {
            Assert.True(await row.Read(services, scenario), $"{role} should see the {record}.");
            return;
        }

        // Either the whole record is hidden ("not found", audited), or the record is visible but this part is withheld.
        var hidden = await Record.ExceptionAsync(() => row.Read(services, scenario));
        if (hidden is null)
        {
            Assert.False(await row.Read(services, scenario), $"{role} must not see the {record}.");
            return;
        }

        Assert.IsType<RecordNotFoundException>(hidden);
        await AssertRefusalAuditedAsync(scenario, role);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Change_IsAllowedExactlyForTheRowsRoles(string record, MatrixRole role)
    {
        var row = Rows.Single(r => r.Record == record);
        var scenario = await AccessScenario.CreateAsync();
        await using var _ = scenario.Database;
        var services = scenario.ServicesFor(role);
        var before = await row.State(scenario);

        if (row.CanChange.Contains(role))
        {
            await row.Change(services, scenario);
            Assert.NotEqual(before, await row.State(scenario));
            return;
        }

        var refusal = await Record.ExceptionAsync(() => row.Change(services, scenario));
        Assert.NotNull(refusal);
        var seesRecord = await Record.ExceptionAsync(() => services.Requests.GetAsync(scenario.LinkedRequestId)) is null || row.CanRead.Contains(role);
        Assert.True(refusal is RecordNotFoundException or ActionNotAllowedException, $"{role} got {refusal.GetType().Name}: {refusal.Message}");
        if (!seesRecord)
        {
            Assert.IsType<RecordNotFoundException>(refusal);
        }

        Assert.Equal(before, await row.State(scenario));
        await AssertRefusalAuditedAsync(scenario, role);
    }

    [Fact]
    public void EveryCaseRecordType_IsInTheMatrix()
    {
        // Reference data (countries, themes, members, practices) has no per-object owner; every other record does.
        Type[] referenceData =
        [
            typeof(TaskforceManager.Domain.Reference.Country), typeof(TaskforceManager.Domain.Reference.Region), typeof(TaskforceManager.Domain.Reference.Theme),
            typeof(TaskforceManager.Domain.Organisations.MemberOrganisation), typeof(TaskforceManager.Domain.Practices.BestPractice),
        ];
        using var db = new AppDbContext(
            new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options,
            new App.Infrastructure.FixedActor(TaskforceManager.Domain.Common.Actor.System), TimeProvider.System);
        var recordTypes = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.ClrType.Namespace!.StartsWith("TaskforceManager.Domain", StringComparison.Ordinal))
            .Select(t => t.ClrType)
            .Except(referenceData)
            .ToList();

        Assert.NotEmpty(recordTypes);
        Assert.All(recordTypes, t => Assert.Contains(Rows, r => r.Entity == t));
    }

    [Fact]
    public void TheMatrixCoversEveryRole()
    {
        Assert.Equal(6, Everyone.Length);
        Assert.True(Rows.Length >= 15);
    }

    private static async Task AssertRefusalAuditedAsync(AccessScenario scenario, MatrixRole role)
    {
        await using var db = scenario.Database.CreateContext();
        var viewer = scenario.ViewerFor(role);
        var refusals = await db.AuditEntries
            .Where(a => a.Operation == AuditOperation.SecurityEvent && a.Field == "AccessRefused" && a.UserId == (viewer.UserId ?? "anonymous"))
            .CountAsync();
        Assert.True(refusals > 0, $"The refusal for {role} was not written to the audit log.");
    }

    private static async Task<string> CountOf<T>(AccessScenario scenario) where T : class
    {
        await using var db = scenario.Database.CreateContext();
        return (await db.Set<T>().CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> StateOf<T>(AccessScenario scenario, int id, Func<T, string> describe) where T : class
    {
        await using var db = scenario.Database.CreateContext();
        return describe(await db.Set<T>().SingleAsync(x => EF.Property<int>(x, "Id") == id));
    }
}
