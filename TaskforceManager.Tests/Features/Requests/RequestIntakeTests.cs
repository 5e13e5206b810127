using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.Domain.Requests;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>Intake runs the form's validator again in the service, against the reference data as it is at saving time.</summary>
public sealed class RequestIntakeTests : IAsyncLifetime
{
    private RequestScenario _s = null!;

    public async Task InitializeAsync() => _s = await CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private IntakeForm Valid() => new()
    {
        Title = "  A STEM strategy for the Basque Country ",
        CountryCode = "ES",
        RegionId = _s.BasqueId,
        RequestingOrganisation = "InnoBasque",
        ContactName = "Miren Etxeberria",
        ContactEmail = "miren@innobasque.example",
        ThemeCodes = ["stem-strategy", "girls-in-stem"],
        Challenge = "Too few young people choose technical studies.",
        HopedInstrument = HopedInstrument.Taskforce,
        Urgency = Urgency.High,
    };

    [Fact]
    public async Task Submit_ByTheSecretariat_RecordsARequestOnTheRequestersBehalf()
    {
        var id = await _s.ServicesFor(Secretariat).Intake.SubmitAsync(Valid());

        var request = await _s.ReadAsync(id);
        Assert.Equal(("A STEM strategy for the Basque Country", SupportRequestStatus.Submitted, RequestChannel.Secretariat),
            (request.Title, request.Status, request.Channel));
        Assert.Equal((_s.BasqueId, Urgency.High), (request.RegionId, request.Urgency));
        Assert.Equal(_s.Now, request.ReceivedAt);
        Assert.Equal(("Submitted", "Anna Visser"), (request.History.Single().Action, request.History.Single().ActorName));
    }

    [Fact]
    public async Task Submit_WithARegionOfAnotherCountry_IsRefusedOnTheRegion_AndSavesNothing()
    {
        var form = Valid();
        form.RegionId = _s.BretagneId;

        var error = await Assert.ThrowsAsync<FieldValidationException>(() => _s.ServicesFor(Secretariat).Intake.SubmitAsync(form));

        Assert.Equal("This region is not in Spain: choose one of its regions, or none.", Assert.Single(error.For(nameof(IntakeForm.RegionId))));
        await using var db = _s.Database.CreateContext();
        Assert.Empty(await db.SupportRequests.ToListAsync());
    }

    [Fact]
    public async Task Submit_WithAThemeArchivedMeanwhile_IsRefusedOnTheThemes()
    {
        await using (var db = _s.Database.CreateContext())
        {
            (await db.Themes.SingleAsync(t => t.Code == "girls-in-stem")).Archive();
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<FieldValidationException>(() => _s.ServicesFor(Secretariat).Intake.SubmitAsync(Valid()));

        Assert.Equal("Choose themes from the list.", Assert.Single(error.For(nameof(IntakeForm.ThemeCodes))));
    }

    [Fact]
    public async Task Submit_WithManyBadFields_ReportsEachOnItsField()
    {
        var form = new IntakeForm { ContactEmail = "miren.innobasque.example", Title = new string('x', 201) };

        var error = await Assert.ThrowsAsync<FieldValidationException>(() => _s.ServicesFor(Secretariat).Intake.SubmitAsync(form));

        Assert.Equal("A title has at most 200 characters (this one has 201).", Assert.Single(error.For(nameof(IntakeForm.Title))));
        Assert.Equal("This is not an e-mail address: it should look like name@example.org.", Assert.Single(error.For(nameof(IntakeForm.ContactEmail))));
        Assert.Equal("Choose the country the request is for.", Assert.Single(error.For(nameof(IntakeForm.CountryCode))));
        Assert.Equal("Choose at least one theme.", Assert.Single(error.For(nameof(IntakeForm.ThemeCodes))));
        Assert.Single(error.For(nameof(IntakeForm.HopedInstrument)));
        Assert.Single(error.For(nameof(IntakeForm.Challenge)));
    }

    [Fact]
    public async Task AContact_SubmitsForTheirOwnCountryOnly_ThroughThePortalChannel()
    {
        var contact = _s.ServicesFor(_s.ContactFor("ES")).Intake;
        var foreign = Valid();
        foreign.CountryCode = "FR";
        foreign.RegionId = null;

        var error = await Assert.ThrowsAsync<FieldValidationException>(() => contact.SubmitAsync(foreign));
        var id = await contact.SubmitAsync(Valid());

        Assert.Equal("Choose a country from the list.", Assert.Single(error.For(nameof(IntakeForm.CountryCode))));
        Assert.Equal(RequestChannel.Portal, (await _s.ReadAsync(id)).Channel);
    }

    [Fact]
    public async Task Options_LeaveOutArchivedReferenceData()
    {
        await using (var db = _s.Database.CreateContext())
        {
            (await db.Countries.SingleAsync(c => c.Code == "NO")).Archive();
            (await db.Regions.SingleAsync(r => r.Id == _s.CataloniaId)).Archive();
            await db.SaveChangesAsync();
        }

        var options = await _s.ServicesFor(Secretariat).Intake.OptionsAsync();

        Assert.Equal(["France", "Spain"], options.Countries.Select(c => c.Label));
        Assert.Equal(["Basque Country"], options.RegionsOf("ES").Select(r => r.Name));
        Assert.Equal(["Girls in STEM", "STEM strategy", "Teacher shortage"], options.Themes.Select(t => t.Label));
    }
}
