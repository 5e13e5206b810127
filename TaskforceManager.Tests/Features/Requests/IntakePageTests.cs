using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Requests.Pages;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The intake form, filled in like a user would: bad values get messages on their own fields, in plain words.</summary>
public sealed class IntakePageTests : IAsyncLifetime
{
    private RequestScenario _s = null!;

    public async Task InitializeAsync() => _s = await CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private BunitContext Context() => ComponentTestContext.Create(services => _s.Register(services, Secretariat), Secretariat);

    [Fact]
    public async Task BadValues_AreNamedOnTheirFields_AndNothingIsSaved()
    {
        await using var ctx = Context();
        var popovers = ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<Intake>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=intake-submit]"));

        await cut.TypeAsync("intake-contact-email", "miren.innobasque.example");
        await cut.ChooseAsync(popovers, "intake-country", "Spain");
        await cut.ChooseAsync(popovers, "intake-region", "Basque Country");
        await cut.ChooseAsync(popovers, "intake-country", "France");
        await cut.Find("[data-testid=intake-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Give the request a short title.", cut.ErrorOf("intake-title"));
            Assert.Equal("This is not an e-mail address: it should look like name@example.org.", cut.ErrorOf("intake-contact-email"));
            Assert.Equal("This region is not in France: choose one of its regions, or none.", cut.ErrorOf("intake-region"));
        });
        Assert.Null(cut.ErrorOf("intake-country"));
        Assert.Equal("Choose at least one theme.", cut.ErrorOf("intake-themes"));
        await using var db = _s.Database.CreateContext();
        Assert.Empty(await db.SupportRequests.ToListAsync());
    }

    [Fact]
    public async Task ATitleTooLong_SaysHowLongItMayBe()
    {
        await using var ctx = Context();
        var cut = ctx.Render<Intake>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=intake-title]"));

        await cut.TypeAsync("intake-title", new string('x', SupportRequest.TitleMaxLength + 5));

        cut.WaitForAssertion(() => Assert.Equal("A title has at most 200 characters (this one has 205).", cut.ErrorOf("intake-title")));
    }

    [Fact]
    public async Task GoodValues_RecordTheRequest_AndOpenIt()
    {
        await using var ctx = Context();
        var popovers = ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<Intake>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=intake-submit]"));

        await cut.TypeAsync("intake-title", "A STEM strategy for Bretagne");
        await cut.ChooseAsync(popovers, "intake-country", "France");
        await cut.ChooseAsync(popovers, "intake-region", "Bretagne");
        await cut.TypeAsync("intake-organisation", "AlertEducation");
        await cut.TickAsync("Girls in STEM");
        await cut.TypeAsync("intake-contact-name", "Camille Martin");
        await cut.TypeAsync("intake-contact-email", "camille@alerteducation.example");
        await cut.TypeAsync("intake-challenge", "Few girls choose engineering in Bretagne.");
        await cut.ChooseAsync(popovers, "intake-instrument", "Roundtable");
        await cut.Find("[data-testid=intake-submit]").ClickAsync(new());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        await using var db = _s.Database.CreateContext();
        cut.WaitForAssertion(() => Assert.Matches(@"/requests/\d+$", navigation.Uri));
        var request = await db.SupportRequests.AsNoTracking().SingleAsync();
        Assert.Equal($"http://localhost/requests/{request.Id}", navigation.Uri);
        Assert.Equal(("A STEM strategy for Bretagne", "FR", _s.BretagneId, RequestChannel.Secretariat), (request.Title, request.CountryCode, request.RegionId, request.Channel));
        Assert.Equal(["girls-in-stem"], request.ThemeCodes);
        Assert.Equal(HopedInstrument.Roundtable, request.HopedInstrument);
    }
}
