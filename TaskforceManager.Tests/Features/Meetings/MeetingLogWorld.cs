using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Features.Cases;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Meetings;

/// <summary>The case world plus what meeting logs need: an InnoBasque taskforce whose lead (a Dutch expert) logs its past meetings.</summary>
public static class MeetingLogWorld
{
    private static readonly Actor Setup = new("setup", "Scenario setup");

    public static Viewer LeadExpert(this CaseWorld world) => Viewer.ForExpert("user-nl", "Anna de Vries", world.LeadExpertId);

    public static MeetingService MeetingsFor(this CaseWorld world, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(world.Database.Options, user, world.Database.Clock);
        var access = new AccessPolicy(user, factory, world.Database.Clock, NullLogger<AccessPolicy>.Instance);
        return new MeetingService(new RecordWork(factory, access, world.Database.Clock), access, factory);
    }

    /// <summary>A meeting of the taskforce that started an hour ago, with nothing logged yet; the lead expert is invited.</summary>
    public static async Task<int> PastMeetingAsync(this CaseWorld world, int taskforceId)
    {
        await using var db = world.Database.CreateContext();
        var start = world.Now.AddHours(-1);
        var meeting = Meeting.Schedule(taskforceId, null, new MeetingDetails("Working session in Bilbao", start, start.AddMinutes(50), "Europe/Madrid",
            MeetingFormat.InPerson, "Bilbao", null, null, "InnoBasque", null, null), [world.LeadExpertId], Setup, world.Now.AddDays(-10));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    public static MyWorkService MyWorkFor(this CaseWorld world, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(world.Database.Options, user, world.Database.Clock);
        return new MyWorkService(factory, new AccessPolicy(user, factory, world.Database.Clock, NullLogger<AccessPolicy>.Instance), world.Database.Clock);
    }

    public static BunitContext PageContext(this CaseWorld world, Viewer viewer)
    {
        var meetings = world.MeetingsFor(viewer);
        var cases = world.ServicesFor(viewer);
        var myWork = world.MyWorkFor(viewer);
        return ComponentTestContext.Create(s =>
        {
            s.AddSingleton(meetings);
            s.AddSingleton(cases.Experts);
            s.AddSingleton(myWork);
            s.AddScoped<UserFeedback>();
            s.AddSingleton<TimeProvider>(world.Database.Clock);
        }, viewer);
    }
}
