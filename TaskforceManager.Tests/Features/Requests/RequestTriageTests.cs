using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>Accepting, declining and withdrawing through the service: one save each, nothing half-changed.</summary>
public sealed class RequestTriageTests : IAsyncLifetime
{
    private RequestScenario _s = null!;
    private int _inReview, _submitted;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        _inReview = await _s.AddAsync("Basque STEM strategy", "ES", _s.BasqueId, On(2026, 11, 3), ["stem-strategy", "girls-in-stem"],
            then: (r, at) => r.Acknowledge(Setup, at));
        _submitted = await _s.AddAsync("Teacher shortage in Madrid", receivedAt: On(2026, 11, 20));
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Accept_OpensTheCase_WithItsLineage_InOneTransaction()
    {
        var commits = new CommitCounter();
        var requests = _s.ServicesFor(Secretariat, commits).Requests;

        var opened = await requests.AcceptAsync(_inReview, CaseKind.Taskforce, await _s.VersionAsync(_inReview));

        Assert.Equal(1, commits.Count);
        Assert.Equal(CaseKind.Taskforce, opened.Kind);
        Assert.Equal($"/taskforces/{opened.Id}", opened.Href);
        await using var db = _s.Database.CreateContext();
        var taskforce = await db.Taskforces.AsNoTracking().SingleAsync();
        Assert.Equal((opened.Id, _inReview, "Basque STEM strategy", _s.BasqueId), (taskforce.Id, taskforce.SupportRequestId, taskforce.Title, taskforce.RegionId));
        Assert.Equal(["stem-strategy", "girls-in-stem"], taskforce.ThemeCodes);
        var request = await _s.ReadAsync(_inReview);
        Assert.Equal((SupportRequestStatus.Accepted, CaseKind.Taskforce), (request.Status, request.AcceptedAs));

        var details = await requests.GetAsync(_inReview);
        var link = Assert.Single(details.Cases);
        Assert.Equal((CaseKind.Taskforce, opened.Id, "Proposed"), (link.Kind, link.Id, link.Status));
        Assert.Equal("Accepted as taskforce", details.History[0].Action);
    }

    [Theory]
    [InlineData(CaseKind.PolicyBriefing, "/briefings/")]
    [InlineData(CaseKind.Roundtable, "/roundtables/")]
    public async Task Accept_AsEachInstrument_LinksToItsPage(CaseKind instrument, string path)
    {
        var opened = await _s.ServicesFor(Secretariat).Requests.AcceptAsync(_inReview, instrument, await _s.VersionAsync(_inReview));

        Assert.Equal($"{path}{opened.Id}", opened.Href);
        var details = await _s.ServicesFor(Secretariat).Requests.GetAsync(_inReview);
        Assert.Equal(instrument, Assert.Single(details.Cases).Kind);
    }

    [Fact]
    public async Task Accept_WithAStaleVersion_IsAConflict_AndOpensNothing()
    {
        var stale = await _s.VersionAsync(_inReview);
        await _s.ServicesFor(Secretariat).Requests.SetInternalNotesAsync(_inReview, "Someone else saved first.", stale);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _s.ServicesFor(Secretariat).Requests.AcceptAsync(_inReview, CaseKind.Taskforce, stale));

        await using var db = _s.Database.CreateContext();
        Assert.Empty(await db.Taskforces.ToListAsync());
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_inReview)).Status);
    }

    [Fact]
    public async Task Accept_BeforeAcknowledging_IsRefusedInWords_AndOpensNothing()
    {
        var version = await _s.VersionAsync(_submitted);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            _s.ServicesFor(Secretariat).Requests.AcceptAsync(_submitted, CaseKind.PolicyBriefing, version));

        Assert.Equal("This request is submitted, so it cannot be accepted. Only a request that is in review can be accepted.", refusal.Message);
        await using var db = _s.Database.CreateContext();
        Assert.Empty(await db.PolicyBriefings.ToListAsync());
    }

    [Fact]
    public async Task AContact_CannotAccept()
    {
        await Assert.ThrowsAsync<ActionNotAllowedException>(async () =>
            await _s.ServicesFor(_s.ContactFor("ES")).Requests.AcceptAsync(_inReview, CaseKind.Taskforce, await _s.VersionAsync(_inReview)));
    }

    [Fact]
    public async Task Decline_WithoutAReason_IsRefusedOnTheField()
    {
        var error = await Assert.ThrowsAsync<FieldValidationException>(async () =>
            await _s.ServicesFor(Secretariat).Requests.DeclineAsync(_inReview, "   ", await _s.VersionAsync(_inReview)));

        Assert.Equal("Write the reason for declining: the requester will read it.", Assert.Single(error.For("Reason")));
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_inReview)).Status);
    }

    [Fact]
    public async Task Decline_KeepsTheReasonTheRequesterReads()
    {
        var details = await _s.ServicesFor(Secretariat).Requests.DeclineAsync(_inReview, "This is national policy, outside our remit.", await _s.VersionAsync(_inReview));

        Assert.Equal((SupportRequestStatus.Declined, "This is national policy, outside our remit."), (details.Status, details.DeclineReason));
        Assert.Empty(details.PermittedActions);
    }

    [Fact]
    public async Task AContactOfTheCountry_CanWithdraw_WithoutAReason()
    {
        var details = await _s.ServicesFor(_s.ContactFor("ES")).Requests.WithdrawAsync(_submitted, null, await _s.VersionAsync(_submitted));

        Assert.Equal(SupportRequestStatus.Withdrawn, details.Status);
        Assert.Null(details.InternalNotes);
        Assert.False(details.CanEditInternalNotes);
    }

    [Fact]
    public async Task AssignOwner_OnTheRequestPage_NamesTheOwner()
    {
        var details = await _s.ServicesFor(Secretariat).Requests.AssignOwnerAsync(_submitted, "sec-pieter", await _s.VersionAsync(_submitted));

        Assert.Equal(("Pieter Jansen", "sec-pieter"), (details.OwnerName, details.OwnerId));
        Assert.Equal("Owner assigned", details.History[0].Action);
    }

    [Fact]
    public async Task Details_NameTheCountryRegionAndThemes()
    {
        var details = await _s.ServicesFor(Secretariat).Requests.GetAsync(_inReview);

        Assert.Equal(("Spain", "Basque Country"), (details.CountryName, details.RegionName));
        Assert.Equal(["STEM strategy", "Girls in STEM"], details.ThemeNames);
        Assert.Empty(details.Cases);
    }

    private sealed class CommitCounter : DbTransactionInterceptor
    {
        public int Count { get; private set; }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Count++;
            return Task.CompletedTask;
        }
    }
}
