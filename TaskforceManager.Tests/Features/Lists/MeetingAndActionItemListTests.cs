using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Lists;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Tests.Features.Seeding;

namespace TaskforceManager.Tests.Features.Lists;

/// <summary>The meeting and action item lists the dashboard links to, within each viewer's scope.</summary>
public sealed class MeetingAndActionItemListTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private DateTimeOffset Now => seeded.Database.Clock.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private ListTestServices As(TaskforceManager.Domain.Access.Viewer viewer) => new(seeded.Database, viewer);

    [Fact]
    public async Task Upcoming_ListsScheduledMeetingsOfTheNextDays_SoonestFirst()
    {
        var expected = (await MeetingsAsync())
            .Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= Now && m.StartsAt < Now.AddDays(14))
            .OrderBy(m => m.StartsAt).Select(m => m.Id).ToList();

        var page = await As(ListTestServices.Secretariat).Meetings.ListAsync(new MeetingListFilter(UpcomingDays: 14), new ListPaging(1, 100));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(m => m.Id));
        Assert.All(page.Items, m => Assert.NotNull(m.CaseTitle));
    }

    [Fact]
    public async Task Unfiltered_ListsEveryMeeting_LatestFirst_AndPagesStably()
    {
        var service = As(ListTestServices.Secretariat).Meetings;
        var all = await MeetingsAsync();

        var whole = await service.ListAsync(new MeetingListFilter(), new ListPaging(1, 100));
        var paged = new List<int>();
        for (var page = 1; page <= (whole.Total + 4) / 5; page++)
        {
            paged.AddRange((await service.ListAsync(new MeetingListFilter(), new ListPaging(page, 5))).Items.Select(m => m.Id));
        }

        Assert.Equal(all.Count, whole.Total);
        Assert.Equal(whole.Items.Select(m => m.StartsAt).OrderDescending(), whole.Items.Select(m => m.StartsAt));
        Assert.Equal(whole.Items.Select(m => m.Id), paged);
    }

    [Fact]
    public async Task OutcomeFilter_ListsLogsAtThatStage()
    {
        var expected = (await MeetingsAsync()).Where(m => m.OutcomeStatus == OutcomeStatus.Published).Select(m => m.Id).Order().ToList();

        var page = await As(ListTestServices.Secretariat).Meetings.ListAsync(new MeetingListFilter(Outcome: OutcomeStatus.Published), new ListPaging(1, 100));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task AContact_SeesTheirCountrysMeetings_AndNothingOfUnpublishedLogs()
    {
        var contact = As(ListTestServices.NorwegianContact).Meetings;

        var all = await contact.ListAsync(new MeetingListFilter(), new ListPaging(1, 100));
        var submitted = await contact.ListAsync(new MeetingListFilter(Outcome: OutcomeStatus.Submitted), new ListPaging(1, 100));

        await using var db = seeded.Database.CreateContext();
        var norwegianTaskforces = await db.Taskforces.Where(t => t.CountryCode == "NO").Select(t => (int?)t.Id).ToListAsync();
        var norwegianRoundtables = await db.Roundtables.Where(r => r.CountryCode == "NO" || norwegianTaskforces.Contains(r.TaskforceId)).Select(r => (int?)r.Id).ToListAsync();
        var expected = await db.Meetings.Where(m => norwegianTaskforces.Contains(m.TaskforceId) || norwegianRoundtables.Contains(m.RoundtableId))
            .Select(m => m.Id).OrderBy(id => id).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, all.Items.Select(m => m.Id).Order());
        Assert.Equal(0, submitted.Total);
        Assert.All(all.Items, m => Assert.True(m.Outcome is null or OutcomeStatus.Published));
    }

    [Fact]
    public async Task Overdue_ListsOpenItemsPastTheirDueDate()
    {
        var expected = (await MeetingsAsync()).SelectMany(m => m.ActionItems).Where(i => i.IsOverdue(Today)).Select(i => i.Id).Order().ToList();

        var page = await As(ListTestServices.Secretariat).ActionItems.ListAsync(new ActionItemListFilter(OverdueOnly: true), new ListPaging(1, 100));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(i => i.Id).Order());
        Assert.All(page.Items, i => Assert.True(i.IsOverdue));
        Assert.Equal(page.Items.Select(i => i.DueOn).Order(), page.Items.Select(i => i.DueOn));
    }

    [Fact]
    public async Task WithoutFilter_ListsTheOpenItems_PagedStably()
    {
        var service = As(ListTestServices.Secretariat).ActionItems;
        var expected = (await MeetingsAsync()).SelectMany(m => m.ActionItems).Where(i => i.Status == ActionItemStatus.Open).Select(i => i.Id).Order().ToList();

        var whole = await service.ListAsync(new ActionItemListFilter(), new ListPaging(1, 100));
        var paged = new List<Guid>();
        for (var page = 1; page <= (whole.Total + 2) / 3; page++)
        {
            paged.AddRange((await service.ListAsync(new ActionItemListFilter(), new ListPaging(page, 3))).Items.Select(i => i.Id));
        }

        Assert.Equal(expected, whole.Items.Select(i => i.Id).Order());
        Assert.Equal(whole.Items.Select(i => i.Id), paged);
    }

    [Fact]
    public async Task AContact_SeesActionItemsOfPublishedLogsOfTheirCountryOnly()
    {
        var page = await As(ListTestServices.NorwegianContact).ActionItems.ListAsync(new ActionItemListFilter(), new ListPaging(1, 100));

        await using var db = seeded.Database.CreateContext();
        var published = await db.Meetings.AsNoTracking().Where(m => m.OutcomeStatus == OutcomeStatus.Published).ToListAsync();
        var norwegianTaskforces = await db.Taskforces.Where(t => t.CountryCode == "NO").Select(t => (int?)t.Id).ToListAsync();
        var norwegianRoundtables = await db.Roundtables.Where(r => r.CountryCode == "NO" || norwegianTaskforces.Contains(r.TaskforceId)).Select(r => (int?)r.Id).ToListAsync();
        var expected = published.Where(m => norwegianTaskforces.Contains(m.TaskforceId) || norwegianRoundtables.Contains(m.RoundtableId))
            .SelectMany(m => m.ActionItems).Where(i => i.Status == ActionItemStatus.Open).Select(i => i.Id).Order().ToList();
        Assert.Equal(expected, page.Items.Select(i => i.Id).Order());
        var meetingsSeen = page.Items.Select(i => i.MeetingId).ToHashSet();
        Assert.All(meetingsSeen, id => Assert.Contains(published, m => m.Id == id));
    }

    private async Task<List<Meeting>> MeetingsAsync()
    {
        await using var db = seeded.Database.CreateContext();
        return await db.Meetings.AsNoTracking().ToListAsync();
    }
}
