using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Portal.Pages;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Features.Access;
using TaskforceManager.Tests.Features.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Portal;

/// <summary>The portal pages as a contact uses them: the submission form, its confirmation and a case's timeline.</summary>
public sealed class PortalPageTests : IAsyncLifetime
{
    private AccessScenario _s = null!;

    public async Task InitializeAsync() => _s = await AccessScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.Database.DisposeAsync();

    private BunitContext Context(MatrixRole role = MatrixRole.ContactOfOwningCountry) =>
        ComponentTestContext.Create(services => PortalServices.Register(services, _s, role), _s.ViewerFor(role));

    [Fact]
    public async Task SubmitForm_WithNothingFilledIn_NamesEachMissingField_AndSavesNothing()
    {
        await using var ctx = Context();
        var cut = ctx.Render<SubmitRequest>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=portal-submit]"));

        await cut.TypeAsync("portal-contact-email", "miren.example.org");
        await cut.Find("[data-testid=portal-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Give the request a short title.", cut.ErrorOf("portal-title"));
            Assert.Equal("Name the organisation that asks for support.", cut.ErrorOf("portal-organisation"));
            Assert.Equal("This is not an e-mail address: it should look like name@example.org.", cut.ErrorOf("portal-contact-email"));
            Assert.Equal("Choose at least one theme.", cut.ErrorOf("portal-themes"));
        });
        Assert.Equal("Spain", cut.Find("input[data-testid=portal-country]").GetAttribute("value"));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(2, await db.SupportRequests.CountAsync());
    }

    [Fact]
    public async Task SubmitForm_WithGoodValues_SubmitsForSpain_AndOpensTheConfirmation()
    {
        await using var ctx = Context();
        var popovers = ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SubmitRequest>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=portal-submit]"));

        await cut.TypeAsync("portal-title", "Maths teachers for Araba");
        await cut.TypeAsync("portal-organisation", "Basque Government");
        await cut.TickAsync("STEM strategy");
        await cut.TypeAsync("portal-contact-name", "Miren Etxeberria");
        await cut.TypeAsync("portal-contact-email", "miren@example.org");
        await cut.TypeAsync("portal-challenge", "Too few maths teachers.");
        await cut.ChooseAsync(popovers, "portal-instrument", "Not sure");
        await cut.Find("[data-testid=portal-submit]").ClickAsync(new());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches(@"/portal/requests/\d+/submitted$", navigation.Uri));
        await using var db = _s.Database.CreateContext();
        var request = await db.SupportRequests.AsNoTracking().SingleAsync(r => r.Title == "Maths teachers for Araba");
        Assert.Equal(("ES", _s.BasqueRegionId, RequestChannel.Portal, HopedInstrument.NotSure),
            (request.CountryCode, request.RegionId, request.Channel, request.HopedInstrument));
        Assert.Equal($"http://localhost/portal/requests/{request.Id}/submitted", navigation.Uri);
    }

    [Fact]
    public async Task Confirmation_ShowsTheReference_AndTheAcknowledgementDueDate()
    {
        await using var ctx = Context();

        var cut = ctx.Render<RequestSubmitted>(p => p.Add(x => x.Id, _s.OpenRequestId));

        cut.WaitForAssertion(() => Assert.Equal($"SR-2026-{_s.OpenRequestId:D4}", cut.Find("[data-testid=portal-reference]").TextContent));
        Assert.Contains("acknowledge it by 1 December 2026", cut.Find("[data-testid=portal-confirmation-due]").TextContent);
    }

    [Fact]
    public async Task Confirmation_OfAnotherCountrysRequest_ReadsNotFound()
    {
        await using var ctx = Context(MatrixRole.ContactOfOtherCountry);

        var cut = ctx.Render<RequestSubmitted>(p => p.Add(x => x.Id, _s.OpenRequestId));

        cut.WaitForAssertion(() => cut.Find("[data-testid=not-found]"));
        Assert.Empty(cut.FindAll("[data-testid=portal-reference]"));
    }

    [Fact]
    public async Task Withdrawing_AsksFirst_ThenClosesTheRequest()
    {
        await using var ctx = Context();
        var dialogs = ctx.Render<MudDialogProvider>();
        var cut = ctx.Render<PortalRequestPage>(p => p.Add(x => x.Id, _s.OpenRequestId));
        cut.WaitForAssertion(() => cut.Find("[data-testid=portal-withdraw]"));

        var answered = cut.Find("[data-testid=portal-withdraw]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("This cannot be undone", dialogs.Markup));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Withdraw the request").ClickAsync(new());
        await answered.WaitAsync(TimeSpan.FromSeconds(30));

        cut.WaitForAssertion(() => Assert.Equal("Status: Withdrawn", cut.Find("[data-testid=portal-status]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=portal-withdraw]"));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(SupportRequestStatus.Withdrawn, (await db.SupportRequests.SingleAsync(r => r.Id == _s.OpenRequestId)).Status);
    }

    [Fact]
    public async Task TaskforcePage_ShowsTheTimeline_TheTeam_AndOnlyPublishedOutcomes()
    {
        await using var ctx = Context();

        var cut = ctx.Render<PortalCasePage>(p => p.Add(x => x.Kind, "taskforce").Add(x => x.Id, _s.TaskforceId));

        cut.WaitForAssertion(() => cut.Find("[data-testid=portal-timeline]"));
        var events = cut.FindAll("[data-testid=portal-timeline-event]").Select(e => e.TextContent).ToList();
        Assert.Contains(events, e => e.StartsWith("Activated", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("Outcomes published: Third meeting", StringComparison.Ordinal));
        Assert.Equal("Third meeting · 22 November 2026", Assert.Single(cut.FindAll("[data-testid=portal-outcome] h3")).TextContent);
        Assert.Equal("Anna de Vries, Platform Talent voor Technologie · Lead", Assert.Single(cut.FindAll("[data-testid=portal-team-member]")).TextContent);
        Assert.DoesNotContain("anna@example.org", cut.Markup);
        Assert.DoesNotContain("Draft minutes", cut.Markup);
    }
}
