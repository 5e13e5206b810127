using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class ScheduleMeetingTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _taskforceId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _taskforceId = await _world.ActiveTaskforceAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private ScheduleMeetingForm Form() => new()
    {
        Title = "Second working session",
        Date = new DateTime(2026, 12, 3),
        StartTime = new TimeSpan(10, 0, 0),
        DurationMinutes = 90,
        TimeZoneId = "Europe/Madrid",
        City = "Donostia",
        HostOrganisation = "InnoBasque",
        InvitedExpertIds = [_world.LeadExpertId],
    };

    [Fact]
    public async Task Secretariat_SchedulesAMeeting_InTheMeetingsLocalTime()
    {
        var id = await _world.MeetingsFor(CaseWorld.Secretariat).ScheduleAsync(CaseKind.Taskforce, _taskforceId, Form());

        var meeting = await _world.ReadAsync<Meeting>(id);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal(_taskforceId, meeting.TaskforceId);
        Assert.Equal([_world.LeadExpertId], meeting.InvitedExpertIds);
        Assert.Contains(id, (await _world.MyWorkFor(_world.LeadExpert()).LoadAsync()).UpcomingMeetings.Select(m => m.Id));
    }

    [Fact]
    public async Task Expert_CannotSchedule_AndAnInPersonMeetingNeedsItsCity()
    {
        await Assert.ThrowsAsync<ActionNotAllowedException>(() =>
            _world.MeetingsFor(_world.LeadExpert()).ScheduleAsync(CaseKind.Taskforce, _taskforceId, Form()));

        var form = Form();
        form.City = null;
        var refused = await Assert.ThrowsAsync<FieldValidationException>(() =>
            _world.MeetingsFor(CaseWorld.Secretariat).ScheduleAsync(CaseKind.Taskforce, _taskforceId, form));
        Assert.Contains("Give the city of a meeting held in person.", refused.For(nameof(ScheduleMeetingForm.City)));
    }
}
