using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

/// <summary>Stakeholder participants, a log returned to its authors, rescheduling and cancelling, and the case's action items.</summary>
public sealed class MeetingParticipantsServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _taskforceId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _taskforceId = await _world.ActiveTaskforceAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private MeetingService Secretariat => _world.MeetingsFor(CaseWorld.Secretariat);

    private MeetingService Lead => _world.MeetingsFor(_world.LeadExpert());

    private static ScheduleMeetingForm Form(DateTime date) => new()
    {
        Title = "Roundtable preparation",
        Date = date,
        StartTime = new TimeSpan(10, 0, 0),
        DurationMinutes = 90,
        TimeZoneId = "Europe/Madrid",
        City = "Bilbao",
        HostOrganisation = "InnoBasque",
    };

    [Fact]
    public async Task Scheduling_WithStakeholders_StoresEachOrganisationAndItsType()
    {
        var form = Form(new DateTime(2026, 12, 3));
        form.Stakeholders =
        [
            new StakeholderRow { Organisation = "Confebask", StakeholderType = StakeholderType.EmployerOrganisation },
            new StakeholderRow { Organisation = "Universidad de Deusto", StakeholderType = StakeholderType.EducationInstitution },
        ];

        var id = await Secretariat.ScheduleAsync(CaseKind.Taskforce, _taskforceId, form);

        var view = await Secretariat.GetAsync(id);
        Assert.Equal(
            [("Confebask", StakeholderType.EmployerOrganisation, (AttendanceStatus?)null), ("Universidad de Deusto", StakeholderType.EducationInstitution, null)],
            view.Stakeholders.Select(s => (s.Organisation, s.StakeholderType, s.Attendance)));
    }

    [Fact]
    public async Task Scheduling_WithAnEmptyOrDuplicateStakeholder_ShowsTheFieldMessage_AndSavesNothing()
    {
        var form = Form(new DateTime(2026, 12, 3));
        form.Stakeholders = [new StakeholderRow { Organisation = "Confebask" }, new StakeholderRow { Organisation = " confebask " }];
        var duplicate = await Assert.ThrowsAsync<FieldValidationException>(() => Secretariat.ScheduleAsync(CaseKind.Taskforce, _taskforceId, form));
        Assert.Contains("Each stakeholder organisation is invited once.", duplicate.For(nameof(ScheduleMeetingForm.Stakeholders)));

        form.Stakeholders = [new StakeholderRow { Organisation = "  " }];
        var empty = await Assert.ThrowsAsync<FieldValidationException>(() => Secretariat.ScheduleAsync(CaseKind.Taskforce, _taskforceId, form));
        Assert.Contains("Give the stakeholder organisation, or remove the row.", empty.Errors.Select(e => e.Message));

        await using var db = _world.Database.CreateContext();
        Assert.Empty(db.Meetings);
    }

    [Fact]
    public async Task StakeholderAttendance_IsRecordedByTheTeam_AndShownWithTheInvitation()
    {
        var meetingId = await _world.PastMeetingAsync(_taskforceId);

        await Lead.RecordStakeholderAttendanceAsync(meetingId, "Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present);
        var view = await Lead.RecordAttendanceAsync(meetingId, _world.LeadExpertId, AttendanceStatus.Present);

        Assert.Equal(("Confebask", StakeholderType.EmployerOrganisation, (AttendanceStatus?)AttendanceStatus.Present),
            Assert.Single(view.Stakeholders) is var s ? (s.Organisation, s.StakeholderType, s.Attendance) : default);
        Assert.Equal(2, view.Outcome!.Attendance.Count);
        Assert.Equal(_world.LeadExpertId, view.Outcome.Attendance[0].ExpertId);
        Assert.Equal(("Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present),
            (view.Outcome.Attendance[1].Name, view.Outcome.Attendance[1].StakeholderType, view.Outcome.Attendance[1].Status));

        var refused = await Assert.ThrowsAsync<FieldValidationException>(() =>
            Lead.RecordStakeholderAttendanceAsync(meetingId, " ", StakeholderType.Government, AttendanceStatus.Present));
        Assert.Contains("Give the stakeholder organisation.", refused.For("Organisation"));
    }

    [Fact]
    public async Task ReturningTheLog_IsForTheSecretariat_AndTheAuthorsReadWhy()
    {
        var meetingId = await _world.PastMeetingAsync(_taskforceId);
        await Lead.SaveDraftAsync(meetingId, LogPart.Minutes, "We agreed the outline.", 0);
        var submitted = await Lead.SubmitLogAsync(meetingId);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => Lead.ReturnLogAsync(meetingId, "Please add more.", submitted.Version));
        var missing = await Assert.ThrowsAsync<DomainException>(() => Secretariat.ReturnLogAsync(meetingId, "  ", submitted.Version));
        Assert.Contains("reason", missing.Message);

        await Secretariat.ReturnLogAsync(meetingId, "Add the decision on the platform design.", submitted.Version);

        var seenByLead = await Lead.GetAsync(meetingId);
        Assert.Equal(OutcomeStatus.Draft, seenByLead.OutcomeStatus);
        Assert.Equal("Add the decision on the platform design.", seenByLead.ReturnReason);
        Assert.Contains(MeetingAction.LogOutcome, seenByLead.PermittedActions);
        var toLog = Assert.Single((await _world.MyWorkFor(_world.LeadExpert()).LoadAsync()).MeetingsToLog);
        Assert.Equal("Add the decision on the platform design.", toLog.ReturnReason);
    }

    [Fact]
    public async Task Rescheduling_MovesTheMeeting_AndAStaleVersionIsAConflict()
    {
        var id = await Secretariat.ScheduleAsync(CaseKind.Taskforce, _taskforceId, Form(new DateTime(2026, 12, 3)));
        var (form, version) = await Secretariat.RescheduleFormAsync(id);
        Assert.Equal((new DateTime(2026, 12, 3), new TimeSpan(10, 0, 0), 90), (form.Date, form.StartTime, form.DurationMinutes));

        form.Date = new DateTime(2026, 12, 10);
        form.City = "Donostia";
        var moved = await Secretariat.RescheduleAsync(id, form, version);

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), moved.StartsAt);
        Assert.Equal("Donostia", moved.City);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Secretariat.RescheduleAsync(id, form, version));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => Lead.RescheduleAsync(id, form, moved.Version));
    }

    [Fact]
    public async Task Cancelling_NeedsAReason_AndIsRefusedOnceOutcomesAreLogged()
    {
        var upcoming = await Secretariat.ScheduleAsync(CaseKind.Taskforce, _taskforceId, Form(new DateTime(2026, 12, 3)));
        var view = await Secretariat.GetAsync(upcoming);
        await Assert.ThrowsAsync<DomainException>(() => Secretariat.CancelAsync(upcoming, "", view.Version));

        var cancelled = await Secretariat.CancelAsync(upcoming, "The host asked to move it to January.", view.Version);
        Assert.Equal((MeetingStatus.Cancelled, "The host asked to move it to January."), (cancelled.Status, cancelled.CancellationReason));
        Assert.Empty(cancelled.PermittedActions);

        var logged = await _world.PastMeetingAsync(_taskforceId);
        await Lead.AddDecisionAsync(logged, "Adopt the outline.");
        var loggedView = await Secretariat.GetAsync(logged);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Secretariat.CancelAsync(logged, "Too late.", loggedView.Version));
        Assert.Equal("Outcomes have already been logged for this meeting, so it cannot be cancelled.", refused.Message);
    }

    [Fact]
    public async Task TheCasePage_ListsActionItems_OpenAndOverdueFirst_AndAContactOnlyThoseOfPublishedOutcomes()
    {
        var meetingId = await _world.PastMeetingAsync(_taskforceId);
        await Lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Send the outline", OwnerKey = ActionItemForm.SecretariatKey, DueOn = new DateTime(2027, 1, 15) });
        await Lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Call Confebask", OwnerKey = ActionItemForm.SecretariatKey, DueOn = new DateTime(2026, 11, 2) });
        var view = await Lead.AddActionItemAsync(meetingId, new ActionItemForm { Text = "Book the room", OwnerKey = ActionItemForm.SecretariatKey, DueOn = new DateTime(2026, 11, 1) });
        await Lead.CompleteActionItemAsync(meetingId, view.Outcome!.ActionItems.Single(i => i.Text == "Book the room").Id);

        var forSecretariat = await _world.ServicesFor(CaseWorld.Secretariat).Taskforces.GetAsync(_taskforceId);
        Assert.Equal(["Call Confebask", "Send the outline", "Book the room"], forSecretariat.ActionItems.Select(i => i.Text));
        Assert.Equal([true, false, false], forSecretariat.ActionItems.Select(i => i.IsOverdue));
        Assert.Equal(ActionItemStatus.Done, forSecretariat.ActionItems[2].Status);

        var contact = _world.ServicesFor(_world.BasqueContact).Taskforces;
        Assert.Empty((await contact.GetAsync(_taskforceId)).ActionItems);

        await Lead.SaveDraftAsync(meetingId, LogPart.Minutes, "Minutes.", 0);
        var submitted = await Lead.SubmitLogAsync(meetingId);
        await Secretariat.PublishAsync(meetingId, submitted.Version);
        Assert.Equal(3, (await contact.GetAsync(_taskforceId)).ActionItems.Count);
    }
}
