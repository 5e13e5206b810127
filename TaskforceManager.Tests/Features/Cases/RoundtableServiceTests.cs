using TaskforceManager.App.Features.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>A roundtable's path through its service: held (never in the future), reported with findings, or cancelled.</summary>
public sealed class RoundtableServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private CaseServices _secretariat = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _secretariat = _world.ServicesFor(CaseWorld.Secretariat);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RecordHeld_OnAFutureDate_IsRefused_AndChangesNothing()
    {
        var (_, id) = await _world.PlannedRoundtableAsync();
        var version = await _world.VersionAsync<Roundtable>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Roundtables.RecordHeldAsync(id, new DateOnly(2026, 11, 25), version));

        Assert.Equal("A roundtable cannot be recorded as held on 25 November 2026: that date is in the future.", refusal.Message);
        await AssertUnchangedAsync(id, version, RoundtableStatus.Planned);
    }

    [Fact]
    public async Task RecordHeld_FindingsAndReport_WalkThePath()
    {
        var (_, id) = await _world.PlannedRoundtableAsync();
        var view = await _secretariat.Roundtables.AddParticipantAsync(id,
            new ParticipantForm { Organisation = "University of Deusto", StakeholderType = StakeholderType.EducationInstitution, People = 3 },
            await _world.VersionAsync<Roundtable>(id));
        view = await _secretariat.Roundtables.RecordHeldAsync(id, new DateOnly(2026, 11, 10), view.Version);
        Assert.Equal((RoundtableStatus.Held, new DateOnly(2026, 11, 10)), (view.Status, view.HeldOn));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Roundtables.ReportAsync(id, view.Version));
        Assert.Equal("A roundtable can only be reported with at least one bottleneck and one recommendation.", refusal.Message);

        view = await _secretariat.Roundtables.AddBottleneckAsync(id, new FindingForm { Text = "Too few technology teachers." }, view.Version);
        view = await _secretariat.Roundtables.AddRecommendationAsync(id, new FindingForm { Text = "Share teachers between schools and companies." }, view.Version);
        view = await _secretariat.Roundtables.ReportAsync(id, view.Version);

        Assert.Equal(RoundtableStatus.Reported, view.Status);
        Assert.Equal(3, view.PeopleByStakeholderType[StakeholderType.EducationInstitution]);
        Assert.Equal("Sofia Secretariat moved the roundtable from Held to Reported on 24 November 2026, 09:00 UTC", view.History[0].Sentence);
    }

    [Fact]
    public async Task Findings_BeforeTheRoundtableWasHeld_AreRefused()
    {
        var (_, id) = await _world.PlannedRoundtableAsync();
        var version = await _world.VersionAsync<Roundtable>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Roundtables.AddBottleneckAsync(id, new FindingForm { Text = "Early" }, version));

        Assert.StartsWith("This roundtable is planned, so it cannot be given bottlenecks or recommendations.", refusal.Message);
        await AssertUnchangedAsync(id, version, RoundtableStatus.Planned);
    }

    [Fact]
    public async Task Cancel_APlannedRoundtable_WithAReason_ButNotAHeldOne()
    {
        var (_, planned) = await _world.PlannedRoundtableAsync();
        var view = await _secretariat.Roundtables.CancelAsync(planned, "Venue unavailable.", await _world.VersionAsync<Roundtable>(planned));
        Assert.Equal((RoundtableStatus.Cancelled, "Venue unavailable."), (view.Status, view.CancellationReason));

        var (_, held) = await _world.PlannedRoundtableAsync();
        var heldView = await _secretariat.Roundtables.RecordHeldAsync(held, new DateOnly(2026, 11, 10), await _world.VersionAsync<Roundtable>(held));
        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Roundtables.CancelAsync(held, "Too late", heldView.Version));
        Assert.StartsWith("This roundtable is held, so it cannot be cancelled.", refusal.Message);
        await AssertUnchangedAsync(held, heldView.Version, RoundtableStatus.Held);
    }

    [Fact]
    public async Task Page_ShowsItsTaskforce_AndTheTaskforceShowsIt()
    {
        var (taskforceId, id) = await _world.PlannedRoundtableAsync();

        var roundtable = await _secretariat.Roundtables.GetAsync(id);
        var taskforce = await _secretariat.Taskforces.GetAsync(taskforceId);

        Assert.Equal(("InnoBasque", $"/taskforces/{taskforceId}", "Active"), (roundtable.Taskforce!.Title, roundtable.Taskforce.Href, roundtable.Taskforce.Status));
        Assert.Equal(("Girls in STEM in Euskadi", $"/roundtables/{id}"), (Assert.Single(taskforce.Roundtables).Title, taskforce.Roundtables[0].Href));
        Assert.Equal("Girls and women in STEM", roundtable.ThemeName);
    }

    private async Task AssertUnchangedAsync(int id, Guid version, RoundtableStatus status)
    {
        Assert.Equal(version, await _world.VersionAsync<Roundtable>(id));
        Assert.Equal(status, (await _world.ReadAsync<Roundtable>(id)).Status);
    }
}
