using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Requests.Pages;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The request page offers only the steps the domain allows, and says in words what happened or why not.</summary>
public sealed class RequestPageTests : IAsyncLifetime
{
    private RequestScenario _s = null!;
    private int _submitted, _inReview, _declined;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        _submitted = await _s.AddAsync("Teacher shortage in Madrid", receivedAt: On(2026, 11, 2));
        _inReview = await _s.AddAsync("Basque STEM strategy", "ES", _s.BasqueId, On(2026, 11, 3), then: (r, at) => r.Acknowledge(Setup, at));
        _declined = await _s.AddAsync("An old request", receivedAt: On(2026, 9, 1), then: (r, at) =>
        {
            r.Acknowledge(Setup, at);
            r.Decline("Out of scope.", Setup, at);
        });
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private sealed record Page(BunitContext Context, IRenderedComponent<RequestPage> Cut, IRenderedComponent<MudPopoverProvider> Popovers,
        IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbars) : IAsyncDisposable
    {
        public string Status => Cut.Find("[data-testid=status]").TextContent.Trim();

        public bool Offers(string action) => Cut.FindAll($"[data-testid=action-{action}]").Count == 1;

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    private Page Open(int id, Viewer? viewer = null)
    {
        viewer ??= Secretariat;
        var ctx = ComponentTestContext.Create(services => _s.Register(services, viewer), viewer);
        var popovers = ctx.Render<MudPopoverProvider>();
        var dialogs = ctx.Render<MudDialogProvider>();
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var cut = ctx.Render<RequestPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=status]"));
        return new Page(ctx, cut, popovers, dialogs, snackbars);
    }

    [Fact]
    public async Task Acknowledge_IsOfferedOnlyWhileTheRequestWaitsForIt()
    {
        await using var submitted = Open(_submitted);
        await using var inReview = Open(_inReview);
        await using var declined = Open(_declined);

        Assert.True(submitted.Offers("acknowledge"));
        Assert.False(submitted.Offers("accept"));
        Assert.True(submitted.Offers("withdraw"));
        Assert.False(inReview.Offers("acknowledge"));
        Assert.True(inReview.Offers("accept") && inReview.Offers("decline") && inReview.Offers("withdraw"));
        Assert.Empty(declined.Cut.FindAll("[data-testid=actions]"));
    }

    [Fact]
    public async Task TheClock_ShowsTheDueDate_AndThatItIsOverdue_InWords()
    {
        await using var page = Open(_submitted);

        Assert.Equal("9 November 2026", page.Cut.Find("[data-testid=acknowledgement-due]").TextContent.Trim());
        var clock = page.Cut.Find("[data-testid=acknowledgement-clock]");
        Assert.Equal("true", clock.GetAttribute("data-overdue"));
        Assert.Equal("Overdue by 11 working days", clock.TextContent.Trim());
        Assert.NotNull(clock.QuerySelector("svg"));
        Assert.Equal("Acknowledgement overdue", page.Cut.Find("[data-testid=overdue]").TextContent.Trim());
    }

    [Fact]
    public async Task ClickingAcknowledge_ShowsTheNewStatus_AndTheNextSteps()
    {
        await using var page = Open(_submitted);

        await page.Cut.Find("[data-testid=action-acknowledge]").ClickAsync(new());

        page.Cut.WaitForAssertion(() => Assert.Equal("In review", page.Status));
        Assert.False(page.Offers("acknowledge"));
        Assert.True(page.Offers("accept"));
        Assert.StartsWith("Acknowledged on 24 November 2026", page.Cut.Find("[data-testid=acknowledged-on]").TextContent.Trim());
        Assert.Contains("Anna Visser: Acknowledged (submitted → in review)", page.Cut.Find("[data-testid=history]").TextContent);
        page.Snackbars.WaitForAssertion(() => Assert.Contains("Acknowledged: the request is now in review.", page.Snackbars.Markup));
    }

    [Fact]
    public async Task ARefusedAction_ShowsTheDomainsReason_AndTheRecordAsItIsNow()
    {
        await using var page = Open(_submitted);
        await _s.ServicesFor(Viewer.Secretariat("sec-pieter", "Pieter Jansen")).Lists.AcknowledgeAsync([_submitted]);

        await page.Cut.Find("[data-testid=action-acknowledge]").ClickAsync(new());

        page.Snackbars.WaitForAssertion(() => Assert.Contains(
            "This request is in review, so it cannot be acknowledged. Only a request that is submitted can be acknowledged.", page.Snackbars.Markup));
        page.Cut.WaitForAssertion(() => Assert.Equal("In review", page.Status));
        Assert.False(page.Offers("acknowledge"));
    }

    [Fact]
    public async Task Accept_AsksForTheInstrument_ThenOpensTheNewCase()
    {
        await using var page = Open(_inReview);

        var answered = page.Cut.Find("[data-testid=action-accept]").ClickAsync(new()); // completes when the dialog is answered
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=accept-confirm]"));
        Assert.Contains("cannot be undone", page.Dialogs.Markup);
        Assert.Equal("Accept and open the taskforce", page.Dialogs.Find("[data-testid=accept-confirm]").TextContent.Trim());
        await page.Dialogs.Find("[data-testid=accept-confirm]").ClickAsync(new());
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        var navigation = page.Context.Services.GetRequiredService<NavigationManager>();
        page.Cut.WaitForAssertion(() => Assert.Matches(@"/taskforces/\d+$", navigation.Uri));
        await using var db = _s.Database.CreateContext();
        var taskforce = await db.Taskforces.AsNoTracking().SingleAsync();
        Assert.Equal($"http://localhost/taskforces/{taskforce.Id}", navigation.Uri);
        Assert.Equal(_inReview, taskforce.SupportRequestId);
    }

    [Fact]
    public async Task CancellingTheAcceptDialog_ChangesNothing()
    {
        await using var page = Open(_inReview);

        var answered = page.Cut.Find("[data-testid=action-accept]").ClickAsync(new()); // completes when the dialog is answered
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=accept-cancel]"));
        await page.Dialogs.Find("[data-testid=accept-cancel]").ClickAsync(new());
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        page.Dialogs.WaitForAssertion(() => Assert.Empty(page.Dialogs.FindAll("[data-testid=accept-confirm]")));
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_inReview)).Status);
        Assert.Equal("In review", page.Status);
    }

    [Fact]
    public async Task Decline_NeedsAReason_ThenShowsIt()
    {
        await using var page = Open(_inReview);

        var answered = page.Cut.Find("[data-testid=action-decline]").ClickAsync(new()); // completes when the dialog is answered
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=decline-confirm]"));
        await page.Dialogs.Find("[data-testid=decline-confirm]").ClickAsync(new());
        page.Dialogs.WaitForAssertion(() =>
            Assert.Equal("Write the reason for declining: the requester will read it.", page.Dialogs.ErrorOf("decline-reason")));
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_inReview)).Status);

        await page.Dialogs.TypeAsync("decline-reason", "A national strategy is already being written.");
        await page.Dialogs.Find("[data-testid=decline-confirm]").ClickAsync(new());
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        page.Cut.WaitForAssertion(() => Assert.Equal("Declined", page.Status));
        Assert.Equal("A national strategy is already being written.", page.Cut.Find("[data-testid=decline-reason]").TextContent.Trim());
        Assert.Empty(page.Cut.FindAll("[data-testid=actions]"));
    }

    [Fact]
    public async Task Withdraw_AsksFirst_AndTheReasonIsOptional()
    {
        await using var page = Open(_submitted);

        var answered = page.Cut.Find("[data-testid=action-withdraw]").ClickAsync(new()); // completes when the dialog is answered
        page.Dialogs.WaitForAssertion(() => page.Dialogs.Find("[data-testid=withdraw-confirm]"));
        Assert.Contains("cannot be undone", page.Dialogs.Markup);
        await page.Dialogs.Find("[data-testid=withdraw-confirm]").ClickAsync(new());
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        page.Cut.WaitForAssertion(() => Assert.Equal("Withdrawn", page.Status));
    }

    [Fact]
    public async Task InternalNotes_WhenSomeoneElseSavedFirst_OfferReload_AndKeepTheUnsavedText()
    {
        await using var page = Open(_inReview);
        await _s.ServicesFor(Viewer.Secretariat("sec-pieter", "Pieter Jansen")).Requests
            .SetInternalNotesAsync(_inReview, "Pieter: call the ministry first.", await _s.VersionAsync(_inReview));

        await page.Cut.TypeAsync("internal-notes", "Anna: the region is keen.");
        await page.Cut.Find("[data-testid=save-notes]").ClickAsync(new());

        page.Cut.WaitForAssertion(() => Assert.Contains("Someone else changed this request", page.Cut.Find("[data-testid=notes-conflict]").TextContent));
        Assert.Equal("Pieter: call the ministry first.", (await _s.ReadAsync(_inReview)).InternalNotes);
        await page.Cut.Find("[data-testid=reload]").ClickAsync(new());

        page.Cut.WaitForAssertion(() =>
            Assert.Equal("Pieter: call the ministry first.", page.Cut.Find("[data-testid=internal-notes]").GetAttribute("value")));
        Assert.Equal("Anna: the region is keen.", page.Cut.Find("[data-testid=unsaved-notes]").TextContent);
    }

    [Fact]
    public async Task AContact_SeesNoInternalNotes_AndMayOnlyWithdraw()
    {
        await using var page = Open(_inReview, _s.ContactFor("ES"));

        Assert.Empty(page.Cut.FindAll("[data-testid=internal-notes]"));
        Assert.True(page.Offers("withdraw"));
        Assert.False(page.Offers("accept") || page.Offers("decline"));
    }

    [Fact]
    public async Task ARequestOfAnotherCountry_ReadsAsNotFound()
    {
        var viewer = _s.ContactFor("FR");
        await using var ctx = ComponentTestContext.Create(services => _s.Register(services, viewer), viewer);

        var cut = ctx.Render<RequestPage>(p => p.Add(x => x.Id, _inReview));

        cut.WaitForAssertion(() => Assert.Equal("Not found", cut.Find("h1").TextContent.Trim()));
    }

    [Fact]
    public async Task TheLineage_LinksToTheCaseTheRequestWasAcceptedAs()
    {
        var opened = await _s.ServicesFor(Secretariat).Requests.AcceptAsync(_inReview, CaseKind.PolicyBriefing, await _s.VersionAsync(_inReview));
        await using var page = Open(_inReview);

        var link = Assert.Single(page.Cut.FindAll("[data-testid=lineage-link]"));
        Assert.Equal($"/briefings/{opened.Id}", link.GetAttribute("href"));
        Assert.Equal("Policy briefing: Basque STEM strategy", link.TextContent.Trim());
    }
}
