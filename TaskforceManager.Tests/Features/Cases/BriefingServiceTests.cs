using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>A policy briefing's path through its service: draft, review, delivery or cancellation, and escalation with its lineage.</summary>
public sealed class BriefingServiceTests : IAsyncLifetime
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
    public async Task SubmitForReview_WithoutRecommendations_IsRefused_AndChangesNothing()
    {
        var (_, id) = await _world.AcceptedBriefingAsync();
        var version = await _world.VersionAsync<PolicyBriefing>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Briefings.SubmitForReviewAsync(id, version));

        Assert.Equal("Write the recommendations before the briefing can be submitted for review.", refusal.Message);
        await AssertUnchangedAsync(id, version, PolicyBriefingStatus.Draft);
    }

    [Fact]
    public async Task Edit_ThenSubmit_ReturnToDraft_SubmitAgain_AndDeliver_WalkThePath()
    {
        var (_, id) = await _world.AcceptedBriefingAsync();
        var view = await _secretariat.Briefings.GetAsync(id);
        var form = view.ToForm();
        form.Recommendations = "Start a regional STEM platform with industry.";

        view = await _secretariat.Briefings.EditAsync(id, form, view.Version);
        view = await _secretariat.Briefings.SubmitForReviewAsync(id, view.Version);
        Assert.Equal(PolicyBriefingStatus.InReview, view.Status);

        view = await _secretariat.Briefings.ReturnToDraftAsync(id, "Add the costs.", view.Version);
        Assert.Equal(PolicyBriefingStatus.Draft, view.Status);
        Assert.Equal(("Sofia Secretariat moved the briefing from In review to Draft on 24 November 2026, 09:00 UTC", "Add the costs."),
            (view.History[0].Sentence, view.History[0].Detail));

        view = await _secretariat.Briefings.SubmitForReviewAsync(id, view.Version);
        view = await _secretariat.Briefings.DeliverAsync(id, view.Version);
        Assert.Equal(PolicyBriefingStatus.Delivered, view.Status);
        Assert.Equal(_world.Now, view.DeliveredAt);
        Assert.Contains(PolicyBriefingAction.EscalateToTaskforce, view.PermittedActions);
    }

    [Fact]
    public async Task ReturnToDraft_WithoutAReason_IsRefused()
    {
        var (_, id) = await _world.AcceptedBriefingAsync("Recommendations");
        var inReview = await _secretariat.Briefings.SubmitForReviewAsync(id, await _world.VersionAsync<PolicyBriefing>(id));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Briefings.ReturnToDraftAsync(id, "", inReview.Version));

        Assert.Equal("A reason for returning the briefing is required.", refusal.Message);
        await AssertUnchangedAsync(id, inReview.Version, PolicyBriefingStatus.InReview);
    }

    [Fact]
    public async Task Deliver_ADraft_IsRefused()
    {
        var (_, id) = await _world.AcceptedBriefingAsync("Recommendations");
        var version = await _world.VersionAsync<PolicyBriefing>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Briefings.DeliverAsync(id, version));

        Assert.StartsWith("This briefing is draft, so it cannot be delivered.", refusal.Message);
        await AssertUnchangedAsync(id, version, PolicyBriefingStatus.Draft);
    }

    [Fact]
    public async Task Cancel_WithAReason_StopsIt_ButADeliveredBriefingCannotBeCancelled()
    {
        var (_, draft) = await _world.AcceptedBriefingAsync();
        var cancelled = await _secretariat.Briefings.CancelAsync(draft, "The requester found another route.", await _world.VersionAsync<PolicyBriefing>(draft));
        Assert.Equal((PolicyBriefingStatus.Cancelled, "The requester found another route."), (cancelled.Status, cancelled.CancellationReason));

        var (_, delivered) = await _world.DeliveredBriefingAsync();
        var version = await _world.VersionAsync<PolicyBriefing>(delivered);
        await Assert.ThrowsAsync<DomainException>(() => _secretariat.Briefings.CancelAsync(delivered, "Too late", version));
        await AssertUnchangedAsync(delivered, version, PolicyBriefingStatus.Delivered);
    }

    [Fact]
    public async Task Escalate_OpensATaskforceThatKeepsTheLineage_AndEachSideLinksToTheOther()
    {
        var (requestId, briefingId) = await _world.DeliveredBriefingAsync();

        var taskforceId = await _secretariat.Briefings.EscalateToTaskforceAsync(briefingId,
            new EscalateForm { Title = "Basque STEM taskforce", HostOrganisation = "InnoBasque" }, await _world.VersionAsync<PolicyBriefing>(briefingId));

        var taskforce = await _secretariat.Taskforces.GetAsync(taskforceId);
        Assert.Equal((TaskforceStatus.Proposed, "Basque STEM taskforce", "InnoBasque"), (taskforce.Status, taskforce.Title, taskforce.HostOrganisation));
        Assert.Equal((requestId, briefingId), (taskforce.SupportRequestId, taskforce.PolicyBriefingId));
        Assert.Equal($"/briefings/{briefingId}", taskforce.Briefing!.Href);
        Assert.Equal($"/requests/{requestId}", taskforce.Request!.Href);
        Assert.Equal("Basque Country, Spain", taskforce.CountryAndRegion);

        var briefing = await _secretariat.Briefings.GetAsync(briefingId);
        Assert.Equal(taskforceId, briefing.EscalatedToTaskforceId);
        Assert.Equal(($"/taskforces/{taskforceId}", "Proposed"), (briefing.EscalatedTo!.Href, briefing.EscalatedTo.Status));
        Assert.DoesNotContain(PolicyBriefingAction.EscalateToTaskforce, briefing.PermittedActions);
        Assert.Equal("Escalated to taskforce by Sofia Secretariat on 24 November 2026, 09:00 UTC", briefing.History[0].Sentence);
    }

    [Fact]
    public async Task Escalate_Twice_IsRefused_AndOpensNoSecondTaskforce()
    {
        var (_, briefingId) = await _world.DeliveredBriefingAsync();
        var form = new EscalateForm { Title = "Basque STEM taskforce", HostOrganisation = "InnoBasque" };
        await _secretariat.Briefings.EscalateToTaskforceAsync(briefingId, form, await _world.VersionAsync<PolicyBriefing>(briefingId));

        await Assert.ThrowsAsync<DomainException>(async () =>
            await _secretariat.Briefings.EscalateToTaskforceAsync(briefingId, form, await _world.VersionAsync<PolicyBriefing>(briefingId)));

        await using var db = _world.Database.CreateContext();
        Assert.Equal(1, await db.Taskforces.CountAsync(t => t.PolicyBriefingId == briefingId));
    }

    [Fact]
    public async Task Escalate_WithAStaleVersion_IsAConflict_AndKeepsNeitherHalf()
    {
        var (_, briefingId) = await _world.DeliveredBriefingAsync();
        var stale = await _world.VersionAsync<PolicyBriefing>(briefingId);
        await _secretariat.Briefings.SetInternalNotesAsync(briefingId, "Someone else was here first.", stale);
        await using (var before = _world.Database.CreateContext())
        {
            Assert.Equal(0, await before.Taskforces.CountAsync(t => t.PolicyBriefingId == briefingId));
        }

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _secretariat.Briefings.EscalateToTaskforceAsync(briefingId,
            new EscalateForm { Title = "Basque STEM taskforce", HostOrganisation = "InnoBasque" }, stale));

        await using var db = _world.Database.CreateContext();
        Assert.Equal(0, await db.Taskforces.CountAsync(t => t.PolicyBriefingId == briefingId));
        var briefing = await db.PolicyBriefings.SingleAsync(b => b.Id == briefingId);
        Assert.False(briefing.IsEscalated);
        Assert.Null(briefing.EscalatedToTaskforceId);
    }

    [Fact]
    public async Task Lineage_ShowsOnlyTheLinksTheViewerMayOpen()
    {
        var (_, briefingId) = await _world.DeliveredBriefingAsync();
        var taskforceId = await _secretariat.Briefings.EscalateToTaskforceAsync(briefingId,
            new EscalateForm { Title = "Spanish STEM taskforce", HostOrganisation = "InnoBasque" }, await _world.VersionAsync<PolicyBriefing>(briefingId));
        var taskforce = await _secretariat.Taskforces.GetAsync(taskforceId);
        var wholeCountry = TaskforceDetailsForm.From(taskforce.Details);
        wholeCountry.RegionId = null;
        await _secretariat.Taskforces.EditAsync(taskforceId, wholeCountry, taskforce.Version);

        // The Basque contact sees the Basque briefing, but not a taskforce for the whole of Spain.
        var contact = _world.ServicesFor(_world.BasqueContact);
        var briefing = await contact.Briefings.GetAsync(briefingId);

        Assert.NotNull(briefing.Request);
        Assert.Null(briefing.EscalatedTo);
        Assert.Equal(taskforceId, briefing.EscalatedToTaskforceId);
    }

    [Fact]
    public async Task Edit_WithoutATheme_IsRefusedOnTheField_AndChangesNothing()
    {
        var (_, id) = await _world.AcceptedBriefingAsync();
        var view = await _secretariat.Briefings.GetAsync(id);
        var form = view.ToForm();
        form.ThemeCodes = [];

        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() => _secretariat.Briefings.EditAsync(id, form, view.Version));

        Assert.Equal("Choose at least one theme.", Assert.Single(refusal.For(nameof(BriefingForm.ThemeCodes))));
        await AssertUnchangedAsync(id, view.Version, PolicyBriefingStatus.Draft);
    }

    private async Task AssertUnchangedAsync(int id, Guid version, PolicyBriefingStatus status)
    {
        Assert.Equal(version, await _world.VersionAsync<PolicyBriefing>(id));
        Assert.Equal(status, (await _world.ReadAsync<PolicyBriefing>(id)).Status);
    }
}
