using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

/// <summary>A meeting's recommendations can be tagged with themes and linked to the best practice they build on.</summary>
public sealed class MeetingRecommendationTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private int _meetingId;
    private int _jetNetId;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        var taskforceId = await _world.ActiveTaskforceAsync();
        _meetingId = await _world.PastMeetingAsync(taskforceId);
        await using var db = _world.Database.CreateContext();
        var jetNet = new BestPractice(new BestPracticeDetails("Jet-Net", "NL", "Platform Talent voor Technologie", EducationLevel.Secondary, ["stem-strategy"],
            null, null, null, null, FundingModel.PublicPrivate, 2002, PracticeStatus.Running, null));
        db.BestPractices.Add(jetNet);
        await db.SaveChangesAsync();
        _jetNetId = jetNet.Id;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ARecommendation_TaggedWithThemesAndAPractice_IsStored_AndShownByName()
    {
        var meetings = _world.MeetingsFor(_world.LeadExpert());

        var view = await meetings.AddRecommendationAsync(_meetingId, "Pair every school with a company, as Jet-Net does.", ["stem-strategy", "girls-in-stem"], _jetNetId);

        var shown = Assert.Single(view.Outcome!.Recommendations);
        Assert.Equal(["STEM strategy", "Girls and women in STEM"], shown.Themes);
        Assert.Equal((_jetNetId, "Jet-Net"), (shown.PracticeId!.Value, shown.PracticeName));
        await using var db = _world.Database.CreateContext();
        var stored = Assert.Single((await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == _meetingId)).Recommendations);
        Assert.Equal(["stem-strategy", "girls-in-stem"], stored.ThemeCodes);
        Assert.Equal(_jetNetId, stored.BestPracticeId);
    }

    [Fact]
    public async Task AnUnknownTheme_OrAnArchivedPractice_IsRefused_AndNothingIsAdded()
    {
        var meetings = _world.MeetingsFor(_world.LeadExpert());
        await using (var db = _world.Database.CreateContext())
        {
            var practice = await db.BestPractices.SingleAsync(p => p.Id == _jetNetId);
            practice.Archive();
            await db.SaveChangesAsync();
        }

        var theme = await Assert.ThrowsAsync<DomainException>(() => meetings.AddRecommendationAsync(_meetingId, "A recommendation.", ["no-such-theme"]));
        var practiceRefusal = await Assert.ThrowsAsync<DomainException>(() => meetings.AddRecommendationAsync(_meetingId, "A recommendation.", null, _jetNetId));

        Assert.Equal("The theme \"no-such-theme\" does not exist or is archived, so a recommendation cannot be tagged with it.", theme.Message);
        Assert.Equal("The best practice chosen does not exist or is archived, so the recommendation cannot be linked to it.", practiceRefusal.Message);
        Assert.Empty((await meetings.GetAsync(_meetingId)).Outcome!.Recommendations);
    }

    [Fact]
    public async Task TheChoices_AreActiveThemesAndPractices_AndOnlyForThoseWhoMayLog()
    {
        var choices = await _world.MeetingsFor(_world.LeadExpert()).RecommendationChoicesAsync();
        var contact = await _world.MeetingsFor(TaskforceManager.Domain.Access.Viewer.Contact("user-es", "Contact ES", "ES", null)).RecommendationChoicesAsync();

        Assert.Equal(["Girls and women in STEM", "STEM strategy"], choices.Themes.Select(t => t.Name));
        Assert.Equal([(_jetNetId, "Jet-Net")], choices.Practices);
        Assert.Empty(contact.Themes);
        Assert.Empty(contact.Practices);
    }
}
