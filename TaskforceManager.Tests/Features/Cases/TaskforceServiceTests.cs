using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>Every transition of a taskforce through its service on real SQLite: legal ones change it and write history; refused ones change nothing.</summary>
public sealed class TaskforceServiceTests : IAsyncLifetime
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
    public async Task Activate_WithAnAcceptedLead_MakesItActive_AndWritesHistory()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);

        var view = await _secretariat.Taskforces.ActivateAsync(id, new DateOnly(2026, 11, 24), await _world.VersionAsync<Taskforce>(id));

        Assert.Equal(TaskforceStatus.Active, view.Status);
        Assert.Equal(new DateOnly(2026, 11, 24), (await _world.ReadAsync<Taskforce>(id)).StartDate);
        Assert.Equal("Sofia Secretariat moved the taskforce from Proposed to Active on 24 November 2026, 09:00 UTC", view.History[0].Sentence);
        Assert.Equal("Start date 2026-11-24", view.History[0].Detail);
    }

    [Fact]
    public async Task Activate_WithOnlyAnInvitedLead_IsRefused_AndChangesNothing()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: false);
        var version = await _world.VersionAsync<Taskforce>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.ActivateAsync(id, new DateOnly(2026, 11, 24), version));

        Assert.Equal("A taskforce can only be activated once a lead expert has accepted the assignment.", refusal.Message);
        await AssertUnchangedAsync(id, version, TaskforceStatus.Proposed);
    }

    [Fact]
    public async Task Activate_AfterTheLeadAcceptsThroughTheService_Succeeds()
    {
        var id = await _world.ProposedTaskforceAsync();
        var assignmentId = await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.LeadExpertId, Role = AssignmentRole.Lead });
        await Assert.ThrowsAsync<DomainException>(async () => await _secretariat.Taskforces.ActivateAsync(id, new DateOnly(2026, 11, 24), await _world.VersionAsync<Taskforce>(id)));

        await _secretariat.Experts.AcceptAssignmentAsync(assignmentId, await _world.VersionAsync<ExpertAssignment>(assignmentId));
        var view = await _secretariat.Taskforces.ActivateAsync(id, new DateOnly(2026, 11, 24), await _world.VersionAsync<Taskforce>(id));

        Assert.Equal(TaskforceStatus.Active, view.Status);
    }

    [Fact]
    public async Task Suspend_WithAReason_AndResume_MoveItAndBack()
    {
        var id = await _world.ActiveTaskforceAsync();

        var suspended = await _secretariat.Taskforces.SuspendAsync(id, "The regional election", await _world.VersionAsync<Taskforce>(id));
        Assert.Equal((TaskforceStatus.Suspended, "The regional election"), (suspended.Status, suspended.SuspensionReason));
        Assert.Equal("The regional election", suspended.History[0].Detail);

        var resumed = await _secretariat.Taskforces.ResumeAsync(id, suspended.Version);
        Assert.Equal(TaskforceStatus.Active, resumed.Status);
        Assert.Contains("from Suspended to Active", resumed.History[0].Sentence);
    }

    [Fact]
    public async Task Suspend_WithoutAReason_IsRefused_AndChangesNothing()
    {
        var id = await _world.ActiveTaskforceAsync();
        var version = await _world.VersionAsync<Taskforce>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.SuspendAsync(id, " ", version));

        Assert.Equal("A reason for suspending is required.", refusal.Message);
        await AssertUnchangedAsync(id, version, TaskforceStatus.Active);
    }

    [Fact]
    public async Task Resume_AnActiveTaskforce_IsRefused()
    {
        var id = await _world.ActiveTaskforceAsync();
        var version = await _world.VersionAsync<Taskforce>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.ResumeAsync(id, version));

        Assert.StartsWith("This taskforce is active, so it cannot be resumed.", refusal.Message);
        await AssertUnchangedAsync(id, version, TaskforceStatus.Active);
    }

    [Fact]
    public async Task Conclude_WithAnOpenActionItem_IsRefusedWithTheDomainsMessage_AndChangesNothing()
    {
        var id = await _world.ActiveTaskforceAsync();
        await _world.MeetingWithOpenActionItemAsync(id);
        var reported = await _secretariat.Taskforces.RecordFinalReportAsync(id, "The strategy was adopted.", await _world.VersionAsync<Taskforce>(id));

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            _secretariat.Taskforces.ConcludeAsync(id, new DateOnly(2026, 11, 24), "Strategy adopted", reported.Version));

        Assert.StartsWith("1 action item is still open (e.g. \"Send the draft strategy to the ministry\").", refusal.Message);
        await AssertUnchangedAsync(id, reported.Version, TaskforceStatus.Active);
    }

    [Fact]
    public async Task Conclude_WithoutAFinalReport_IsRefused()
    {
        var id = await _world.ActiveTaskforceAsync();
        var version = await _world.VersionAsync<Taskforce>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.ConcludeAsync(id, new DateOnly(2026, 11, 24), null, version));

        Assert.Equal("Record the final report before concluding the taskforce.", refusal.Message);
        await AssertUnchangedAsync(id, version, TaskforceStatus.Active);
    }

    [Fact]
    public async Task Conclude_WithAFinalReportAndNoOpenItems_ClosesIt()
    {
        var id = await _world.ActiveTaskforceAsync();
        var reported = await _secretariat.Taskforces.RecordFinalReportAsync(id, "The strategy was adopted.", await _world.VersionAsync<Taskforce>(id));

        var view = await _secretariat.Taskforces.ConcludeAsync(id, new DateOnly(2026, 11, 24), "Strategy adopted by the Basque government.", reported.Version);

        Assert.Equal(TaskforceStatus.Concluded, view.Status);
        Assert.Equal((new DateOnly(2026, 11, 24), "Strategy adopted by the Basque government."), (view.EndDate, view.Results));
        Assert.DoesNotContain(view.PermittedActions, a => a is TaskforceAction.Conclude or TaskforceAction.Cancel or TaskforceAction.Edit or TaskforceAction.Suspend);
        Assert.False(view.CanRecordFinalReport);
    }

    [Fact]
    public async Task Cancel_WithAReason_StopsIt_AndACancelledOneCannotBeCancelledAgain()
    {
        var id = await _world.ProposedTaskforceAsync();

        var view = await _secretariat.Taskforces.CancelAsync(id, "The region withdrew.", await _world.VersionAsync<Taskforce>(id));
        Assert.Equal((TaskforceStatus.Cancelled, "The region withdrew."), (view.Status, view.CancellationReason));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.CancelAsync(id, "Again", view.Version));
        Assert.StartsWith("This taskforce is cancelled, so it cannot be cancelled.", refusal.Message);
        await AssertUnchangedAsync(id, view.Version, TaskforceStatus.Cancelled);
    }

    [Fact]
    public async Task ConveneRoundtable_OnAnActiveTaskforce_CreatesARoundtableLinkedBothWays()
    {
        var id = await _world.ActiveTaskforceAsync();

        var roundtableId = await _secretariat.Taskforces.ConveneRoundtableAsync(id, new ConveneRoundtableForm
        {
            Title = "Teachers for technology", ThemeCode = "girls-in-stem", PlannedOn = new DateTime(2027, 2, 3), Format = RoundtableFormat.Hybrid, Place = "Bilbao",
        }, await _world.VersionAsync<Taskforce>(id));

        var roundtable = await _secretariat.Roundtables.GetAsync(roundtableId);
        Assert.Equal((RoundtableStatus.Planned, "Spain", "InnoBasque"), (roundtable.Status, roundtable.CountryAndRegion, roundtable.RequestedBy));
        Assert.Equal($"/taskforces/{id}", roundtable.Taskforce!.Href);
        var taskforce = await _secretariat.Taskforces.GetAsync(id);
        Assert.Equal($"/roundtables/{roundtableId}", Assert.Single(taskforce.Roundtables).Href);
        Assert.Equal("Roundtable convened by Sofia Secretariat on 24 November 2026, 09:00 UTC", taskforce.History[0].Sentence);
    }

    [Fact]
    public async Task ConveneRoundtable_OnAProposedTaskforce_IsRefused_AndCreatesNothing()
    {
        var id = await _world.ProposedTaskforceAsync();
        var version = await _world.VersionAsync<Taskforce>(id);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.ConveneRoundtableAsync(id,
            new ConveneRoundtableForm { Title = "Too early", ThemeCode = "stem-strategy" }, version));

        Assert.StartsWith("This taskforce is proposed, so it cannot be asked to convene a roundtable.", refusal.Message);
        Assert.Empty((await _secretariat.Taskforces.GetAsync(id)).Roundtables);
        await AssertUnchangedAsync(id, version, TaskforceStatus.Proposed);
    }

    [Fact]
    public async Task ConveneRoundtable_WithoutATheme_IsRefusedOnTheField()
    {
        var id = await _world.ActiveTaskforceAsync();

        var refusal = await Assert.ThrowsAsync<FieldValidationException>(async () => await _secretariat.Taskforces.ConveneRoundtableAsync(id,
            new ConveneRoundtableForm { Title = "No theme" }, await _world.VersionAsync<Taskforce>(id)));

        Assert.Equal("Choose the roundtable's theme.", Assert.Single(refusal.For(nameof(ConveneRoundtableForm.ThemeCode))));
    }

    [Fact]
    public async Task ListPublicly_AndUnlist_ToggleThePublicListing()
    {
        var id = await _world.ActiveTaskforceAsync();

        var listed = await _secretariat.Taskforces.ListPubliclyAsync(id, await _world.VersionAsync<Taskforce>(id));
        Assert.True(listed.IsListedPublicly);
        Assert.True(listed.CanUnlist);
        Assert.False(listed.CanListPublicly);

        var unlisted = await _secretariat.Taskforces.UnlistAsync(id, listed.Version);
        Assert.False(unlisted.IsListedPublicly);
    }

    [Fact]
    public async Task ListPublicly_WithoutASummary_IsRefused_AndTheButtonIsNotOffered()
    {
        var id = await _world.ProposedTaskforceAsync(summary: null);
        var view = await _secretariat.Taskforces.GetAsync(id);
        Assert.False(view.CanListPublicly);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.ListPubliclyAsync(id, view.Version));

        Assert.Equal("Write a short public summary before listing the taskforce publicly.", refusal.Message);
        Assert.False((await _world.ReadAsync<Taskforce>(id)).IsListedPublicly);
    }

    [Fact]
    public async Task Deliverables_AreAdded_MovedOn_AndDroppedOnlyWithAReason()
    {
        var id = await _world.ActiveTaskforceAsync();
        var view = await _secretariat.Taskforces.AddDeliverableAsync(id, new DeliverableForm { Title = "Strategy draft", DueOn = new DateTime(2027, 3, 1) },
            await _world.VersionAsync<Taskforce>(id));
        var deliverable = Assert.Single(view.Deliverables);
        Assert.Equal([DeliverableStatus.InProgress, DeliverableStatus.Delivered, DeliverableStatus.Dropped], deliverable.NextStatuses);

        view = await _secretariat.Taskforces.SetDeliverableStatusAsync(id, deliverable.Id, DeliverableStatus.InProgress, null, view.Version);
        Assert.Equal(DeliverableStatus.InProgress, view.Deliverables[0].Status);
        Assert.Contains("moved the deliverable \"Strategy draft\" from Planned to In progress", view.History[0].Sentence);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            _secretariat.Taskforces.SetDeliverableStatusAsync(id, deliverable.Id, DeliverableStatus.Dropped, null, view.Version));
        Assert.Equal("A reason for dropping a deliverable is required.", refusal.Message);
        Assert.Equal(DeliverableStatus.InProgress, (await _secretariat.Taskforces.GetAsync(id)).Deliverables[0].Status);

        view = await _secretariat.Taskforces.SetDeliverableStatusAsync(id, deliverable.Id, DeliverableStatus.Dropped, "Merged into the platform design", view.Version);
        Assert.Equal((DeliverableStatus.Dropped, "Merged into the platform design"), (view.Deliverables[0].Status, view.Deliverables[0].DropReason));
        Assert.Empty(view.Deliverables[0].NextStatuses);
    }

    [Fact]
    public async Task Edit_ReRunsTheValidator_AndRefusesOnTheField()
    {
        var id = await _world.ProposedTaskforceAsync();
        var view = await _secretariat.Taskforces.GetAsync(id);
        var form = TaskforceDetailsForm.From(view.Details);
        form.Title = new string('x', Taskforce.TitleMaxLength + 1);

        var refusal = await Assert.ThrowsAsync<FieldValidationException>(() => _secretariat.Taskforces.EditAsync(id, form, view.Version));

        Assert.Equal($"A title has at most {Taskforce.TitleMaxLength} characters.", Assert.Single(refusal.For(nameof(TaskforceDetailsForm.Title))));
        await AssertUnchangedAsync(id, view.Version, TaskforceStatus.Proposed);
    }

    [Fact]
    public async Task Edit_IsInTheHistory_WithTheFieldsItChanged()
    {
        var id = await _world.ProposedTaskforceAsync();
        var view = await _secretariat.Taskforces.GetAsync(id);
        var form = TaskforceDetailsForm.From(view.Details);
        form.Title = "InnoBasque STEAM strategy";
        form.HostOrganisation = "InnoBasque, Bilbao";

        view = await _secretariat.Taskforces.EditAsync(id, form, view.Version);

        Assert.Equal("InnoBasque STEAM strategy", view.Title);
        Assert.Equal("Edited by Sofia Secretariat on 24 November 2026, 09:00 UTC", view.History[0].Sentence);
        Assert.Equal("Changed: host organisation, title.", view.History[0].Detail);
    }

    [Fact]
    public async Task AContact_CannotActivate_AndNothingChanges()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);
        var version = await _world.VersionAsync<Taskforce>(id);
        var contact = _world.ServicesFor(_world.BasqueContact);

        var view = await contact.Taskforces.GetAsync(id);
        Assert.Empty(view.PermittedActions);
        Assert.False(view.CanManage || view.CanEditNotes || view.CanRecordFinalReport || view.CanListPublicly);
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => contact.Taskforces.ActivateAsync(id, new DateOnly(2026, 11, 24), version));

        await AssertUnchangedAsync(id, version, TaskforceStatus.Proposed);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndChangesNothing()
    {
        var id = await _world.ActiveTaskforceAsync();
        var stale = await _world.VersionAsync<Taskforce>(id);
        var current = await _secretariat.Taskforces.SetInternalNotesAsync(id, "Budget confirmed.", stale);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _secretariat.Taskforces.SuspendAsync(id, "Elections", stale));

        await AssertUnchangedAsync(id, current.Version, TaskforceStatus.Active);
    }

    [Fact]
    public async Task InternalNotes_AreSavedWithTheVersion_AndShowInTheSecretariatsHistoryOnly()
    {
        var id = await _world.ProposedTaskforceAsync();

        var view = await _secretariat.Taskforces.SetInternalNotesAsync(id, "The ministry is lukewarm.", await _world.VersionAsync<Taskforce>(id));

        Assert.Equal("The ministry is lukewarm.", view.InternalNotes);
        Assert.Equal("Internal notes changed by Sofia Secretariat on 24 November 2026, 09:00 UTC", view.History[0].Sentence);
        var contactView = await _world.ServicesFor(_world.BasqueContact).Taskforces.GetAsync(id);
        Assert.Null(contactView.InternalNotes);
        Assert.DoesNotContain(contactView.History, h => h.Sentence.Contains("Internal notes"));
    }

    [Fact]
    public async Task PublishingTheReport_ShowsItToTheContact_AndUnpublishingNeedsAReason_BothInTheHistory()
    {
        var id = await _world.ActiveTaskforceAsync();

        var published = await _secretariat.Taskforces.PublishReportAsync(id, await _world.VersionAsync<Taskforce>(id));

        Assert.True((await _world.ReadAsync<Taskforce>(id)).IsReportPublished);
        Assert.Contains(TaskforceAction.UnpublishReport, published.PermittedActions);
        Assert.DoesNotContain(TaskforceAction.PublishReport, published.PermittedActions);
        Assert.StartsWith("Report published by Sofia Secretariat", published.History[0].Sentence);

        var version = await _world.VersionAsync<Taskforce>(id);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Taskforces.UnpublishReportAsync(id, " ", version));
        Assert.Contains("reason", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True((await _world.ReadAsync<Taskforce>(id)).IsReportPublished);
        Assert.Equal(version, await _world.VersionAsync<Taskforce>(id));

        var unpublished = await _secretariat.Taskforces.UnpublishReportAsync(id, "The figures in chapter 2 are being corrected.", version);

        Assert.False((await _world.ReadAsync<Taskforce>(id)).IsReportPublished);
        Assert.Equal("The figures in chapter 2 are being corrected.", unpublished.History[0].Detail);
    }

    private async Task AssertUnchangedAsync(int id, Guid version, TaskforceStatus status)
    {
        Assert.Equal(version, await _world.VersionAsync<Taskforce>(id));
        Assert.Equal(status, (await _world.ReadAsync<Taskforce>(id)).Status);
    }
}
