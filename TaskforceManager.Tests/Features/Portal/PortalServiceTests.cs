using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Portal;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Features.Access;

namespace TaskforceManager.Tests.Features.Portal;

/// <summary>
/// The portal through the real services on SQLite: a contact sees their own country's records only, and of those only
/// what a contact may see (no internal notes, no unpublished outcomes, no experts' contact data).
/// </summary>
public sealed class PortalServiceTests : IAsyncLifetime
{
    private AccessScenario _s = null!;

    public async Task InitializeAsync() => _s = await AccessScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.Database.DisposeAsync();

    private PortalService PortalFor(MatrixRole role) => PortalServices.For(_s, role);

    [Fact]
    public async Task Home_ForTheSpanishContact_ListsSpainsRequestsAndCases_WithTheAcknowledgementDueDate()
    {
        var home = await PortalFor(MatrixRole.ContactOfOwningCountry).HomeAsync();

        Assert.Equal("Spain", home.CountryName);
        Assert.Equal(["Basque STEAM strategy", "Teacher shortage in Gipuzkoa"], home.Requests.Select(r => r.Title).Order());
        var open = home.Requests.Single(r => r.Title == "Teacher shortage in Gipuzkoa");
        Assert.Equal("Received, waiting for acknowledgement", open.Status);
        Assert.Equal(new DateOnly(2026, 12, 1), open.AcknowledgementDueOn);
        Assert.Contains("1 December 2026", open.NextStep);
        Assert.Equal("Accepted as policy briefing", home.Requests.Single(r => r.Title == "Basque STEAM strategy").Status);
        Assert.Equal(["Basque STEAM strategy", "Girls in STEM in Euskadi", "InnoBasque"], home.Cases.Select(c => c.Title).Order());
    }

    [Fact]
    public async Task Home_ForTheNorwegianContact_ShowsNothingOfSpain()
    {
        var home = await PortalFor(MatrixRole.ContactOfOtherCountry).HomeAsync();

        Assert.Equal("Norway", home.CountryName);
        Assert.Empty(home.Requests);
        Assert.Empty(home.Cases);
    }

    [Fact]
    public async Task AnotherCountrysIds_ReadAsNotFound_AndTheRefusalIsAudited()
    {
        var portal = PortalFor(MatrixRole.ContactOfOtherCountry);

        await Assert.ThrowsAsync<RecordNotFoundException>(() => portal.RequestAsync(_s.OpenRequestId));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => portal.SubmissionAsync(_s.OpenRequestId));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => portal.CaseAsync(CaseSubject.Taskforce, _s.TaskforceId));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => portal.CaseAsync(CaseSubject.PolicyBriefing, _s.BriefingId));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => portal.CaseAsync(CaseSubject.Roundtable, _s.RoundtableId));

        await using var db = _s.Database.CreateContext();
        Assert.Equal(5, await db.AuditEntries.CountAsync(a => a.Field == "AccessRefused" && a.UserId == "u-no"));
    }

    [Theory]
    [InlineData(MatrixRole.Secretariat)]
    [InlineData(MatrixRole.AssignedExpert)]
    [InlineData(MatrixRole.Anonymous)]
    public async Task ThePortal_IsForContactsOnly(MatrixRole role) =>
        await Assert.ThrowsAsync<RecordNotFoundException>(() => PortalFor(role).RequestAsync(_s.OpenRequestId));

    [Fact]
    public async Task Taskforce_ShowsOnlyPublishedOutcomes_AndATimelineOfWhatHappened()
    {
        var view = await PortalFor(MatrixRole.ContactOfOwningCountry).CaseAsync(CaseSubject.Taskforce, _s.TaskforceId);

        var outcome = Assert.Single(view.Outcomes);
        Assert.Equal("Third meeting", outcome.MeetingTitle);
        Assert.Equal("Active", view.Status);
        Assert.Equal(["Proposed from request", "Activated"], view.Timeline.Where(e => e.Detail is null).Select(e => e.What));
        Assert.Contains(view.Timeline, e => e.What == "Outcomes published" && e.Detail == "Third meeting");
        Assert.Contains(view.Timeline, e => e.What == "Meeting held" && e.Detail == "Kick-off");
        Assert.DoesNotContain(view.Timeline, e => e.What == "Outcomes published" && e.Detail == "Second meeting");
        Assert.DoesNotContain("Draft minutes", Json(view));
    }

    [Fact]
    public async Task Timeline_LeavesOutTheDeliverablesInternalSteps()
    {
        await using (var db = _s.Database.CreateContext())
        {
            var taskforce = await db.Taskforces.SingleAsync(t => t.Id == _s.TaskforceId);
            var deliverable = taskforce.AddDeliverable("Strategy draft", null, new("setup", "Setup"), _s.Database.Clock.GetUtcNow());
            taskforce.SetDeliverableStatus(deliverable.Id, DeliverableStatus.InProgress, null, new("setup", "Setup"), _s.Database.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var view = await PortalFor(MatrixRole.ContactOfOwningCountry).CaseAsync(CaseSubject.Taskforce, _s.TaskforceId);

        Assert.DoesNotContain(view.Timeline, e => e.What.Contains("Deliverable", StringComparison.Ordinal));
        Assert.Contains(view.Timeline, e => e.What == "Activated");
    }

    [Fact]
    public async Task Team_ShowsNamesOrganisationsAndRoles_NeverContactData()
    {
        var view = await PortalFor(MatrixRole.ContactOfOwningCountry).CaseAsync(CaseSubject.Taskforce, _s.TaskforceId);

        Assert.Equal(new PortalTeamMember("Anna de Vries", "Platform Talent voor Technologie", "Lead"), Assert.Single(view.Team));
        var json = Json(view);
        Assert.DoesNotContain("anna@example.org", json);
        Assert.DoesNotContain("+31", json);
    }

    [Fact]
    public async Task InternalNotes_AreNeverInThePortal()
    {
        var portal = PortalFor(MatrixRole.ContactOfOwningCountry);

        var texts = new[]
        {
            Json(await portal.HomeAsync()),
            Json(await portal.RequestAsync(_s.LinkedRequestId)),
            Json(await portal.CaseAsync(CaseSubject.Taskforce, _s.TaskforceId)),
            Json(await portal.CaseAsync(CaseSubject.PolicyBriefing, _s.BriefingId)),
        };

        // Each of these records carries a note starting "Secretariat only" in the scenario.
        Assert.All(texts, t => Assert.DoesNotContain("Secretariat only", t));
    }

    [Fact]
    public async Task Submit_ForTheContactsOwnCountry_GivesAReference_AndTheRequestWaitsForAcknowledgement()
    {
        var portal = PortalFor(MatrixRole.ContactOfOwningCountry);

        var id = await portal.SubmitAsync(Form("ES"), [new UploadedDocument("plan.pdf", new MemoryStream(AccessScenario.Pdf))]);

        var submission = await portal.SubmissionAsync(id);
        Assert.Equal($"SR-2026-{id:D4}", submission.Reference);
        Assert.Equal(new DateOnly(2026, 12, 1), submission.AcknowledgementDueOn);
        Assert.Equal(["plan.pdf"], submission.Documents);
        var view = await portal.RequestAsync(id);
        Assert.Equal(("Received, waiting for acknowledgement", true), (view.Status, view.CanWithdraw));
        Assert.Equal("Received", Assert.Single(view.Timeline).What);
    }

    [Fact]
    public async Task Submit_ForAnotherCountry_IsRefused_AndSavesNothing()
    {
        var error = await Assert.ThrowsAsync<FieldValidationException>(() => PortalFor(MatrixRole.ContactOfOwningCountry).SubmitAsync(Form("NO"), []));

        Assert.Equal("Choose a country from the list.", Assert.Single(error.For(nameof(IntakeForm.CountryCode))));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(2, await db.SupportRequests.CountAsync());
    }

    [Fact]
    public async Task Submit_WithAnExecutableRenamedAsPdf_IsRefusedOnTheDocuments_AndSavesNothing()
    {
        var fake = new MemoryStream("MZ\x90\0binary"u8.ToArray());

        var error = await Assert.ThrowsAsync<FieldValidationException>(() =>
            PortalFor(MatrixRole.ContactOfOwningCountry).SubmitAsync(Form("ES"), [new UploadedDocument("budget.pdf", fake)]));

        Assert.Equal("\"budget.pdf\" does not look like a real PDF file.", Assert.Single(error.For(PortalService.DocumentsField)));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(2, await db.SupportRequests.CountAsync());
    }

    [Fact]
    public async Task Submit_WithAnOversizeDocument_IsRefusedOnTheDocuments_AndSavesNothing()
    {
        var big = new byte[Attachment.MaxBytes + 1];
        "%PDF-1.4"u8.CopyTo(big);

        var error = await Assert.ThrowsAsync<FieldValidationException>(() =>
            PortalFor(MatrixRole.ContactOfOwningCountry).SubmitAsync(Form("ES"), [new UploadedDocument("annex.pdf", new MemoryStream(big))]));

        Assert.Equal("\"annex.pdf\" is 10.0 MB; documents can be at most 10 MB.", Assert.Single(error.For(PortalService.DocumentsField)));
        await using var db = _s.Database.CreateContext();
        Assert.Equal(2, await db.SupportRequests.CountAsync());
        Assert.Equal(1, await db.Attachments.CountAsync());
    }

    [Fact]
    public async Task Withdrawing_AnOpenRequest_ShowsItWithdrawn_AndOffersNoSecondWithdrawal()
    {
        var portal = PortalFor(MatrixRole.ContactOfOwningCountry);
        var before = await portal.RequestAsync(_s.OpenRequestId);

        await _s.ServicesFor(MatrixRole.ContactOfOwningCountry).Requests.WithdrawAsync(_s.OpenRequestId, null, before.Version);

        var after = await portal.RequestAsync(_s.OpenRequestId);
        Assert.Equal(("Withdrawn", false, false), (after.Status, after.CanWithdraw, after.IsOpen));
        Assert.Equal(["Received", "Withdrawn"], after.Timeline.Select(e => e.What));
    }

    [Fact]
    public async Task AnAcceptedRequest_CannotBeWithdrawn()
    {
        var view = await PortalFor(MatrixRole.ContactOfOwningCountry).RequestAsync(_s.LinkedRequestId);

        Assert.False(view.CanWithdraw);
        Assert.Equal(["Received", "Acknowledged", "Accepted as policy briefing"], view.Timeline.Select(e => e.What));
        Assert.Contains(view.Cases, c => c.Href == $"/portal/cases/briefing/{_s.BriefingId}");
    }

    private IntakeForm Form(string country) => new()
    {
        Title = "Maths teachers for Araba",
        CountryCode = country,
        RegionId = country == "ES" ? _s.BasqueRegionId : null,
        RequestingOrganisation = "InnoBasque",
        ContactName = "Miren Etxeberria",
        ContactEmail = "miren@example.org",
        ThemeCodes = ["stem-strategy"],
        Challenge = "Too few maths teachers.",
        HopedInstrument = HopedInstrument.NotSure,
        Urgency = Urgency.Normal,
    };

    private static string Json(object value) => JsonSerializer.Serialize(value);
}

/// <summary>The portal service and what it stands on, for one viewer of the access scenario.</summary>
public static class PortalServices
{
    /// <summary>Registers the services the portal pages inject, acting for one viewer of the scenario.</summary>
    public static void Register(IServiceCollection services, AccessScenario s, MatrixRole role)
    {
        var user = new FixedUser(s.ViewerFor(role));
        var factory = new AppDbContextFactory(s.Database.Options, user, s.Database.Clock);
        var access = new AccessPolicy(user, factory, s.Database.Clock, NullLogger<AccessPolicy>.Instance);
        var comments = new CaseCommentService(factory, access, Options.Create(new AttachmentStorageOptions { Root = s.AttachmentRoot }),
            new HostingEnvironment { ContentRootPath = s.AttachmentRoot }, s.Database.Clock);
        var intake = new RequestIntakeService(factory, access, s.Database.Clock);
        services.AddSingleton(AcknowledgementPolicy.Default);
        services.AddSingleton(intake);
        services.AddSingleton(comments);
        services.AddSingleton(new RequestService(new RecordWork(factory, access, s.Database.Clock), access, AcknowledgementPolicy.Default));
        services.AddSingleton(new PortalService(factory, access, AcknowledgementPolicy.Default, intake, comments, s.Database.Clock));
        services.AddScoped<UserFeedback>();
    }

    public static PortalService For(AccessScenario s, MatrixRole role)
    {
        var user = new FixedUser(s.ViewerFor(role));
        var factory = new AppDbContextFactory(s.Database.Options, user, s.Database.Clock);
        var access = new AccessPolicy(user, factory, s.Database.Clock, NullLogger<AccessPolicy>.Instance);
        var comments = new CaseCommentService(factory, access, Options.Create(new AttachmentStorageOptions { Root = s.AttachmentRoot }),
            new HostingEnvironment { ContentRootPath = s.AttachmentRoot }, s.Database.Clock);
        return new PortalService(factory, access, AcknowledgementPolicy.Default, new RequestIntakeService(factory, access, s.Database.Clock), comments, s.Database.Clock);
    }
}
