using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Requests;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>Bulk actions run each record through its own domain call: refusals are reported one by one, the rest go through.</summary>
public sealed class RequestBulkActionTests : IAsyncLifetime
{
    private RequestScenario _s = null!;
    private int _first, _inReview, _second, _declined;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        _first = await _s.AddAsync("Teacher shortage in Madrid", receivedAt: On(2026, 11, 2));
        _inReview = await _s.AddAsync("Basque STEM strategy", receivedAt: On(2026, 11, 3), then: (r, at) => r.Acknowledge(Setup, at));
        _second = await _s.AddAsync("Catalan schools", receivedAt: On(2026, 11, 20));
        _declined = await _s.AddAsync("An old request", receivedAt: On(2026, 9, 1), then: (r, at) =>
        {
            r.Acknowledge(Setup, at);
            r.Decline("Out of scope.", Setup, at);
        });
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Acknowledge_WithOneIneligibleRow_ReportsItsRefusal_AndAcknowledgesTheOthers()
    {
        var before = await _s.ReadAsync(_inReview);

        var result = await _s.ServicesFor(Secretariat).Lists.AcknowledgeAsync([_first, _inReview, _second]);

        Assert.Equal(2, result.Succeeded);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(_inReview, refusal.Id);
        Assert.Equal(before.Reference, refusal.Reference);
        Assert.Equal("This request is in review, so it cannot be acknowledged. Only a request that is submitted can be acknowledged.", refusal.Reason);

        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_first)).Status);
        Assert.Equal(SupportRequestStatus.InReview, (await _s.ReadAsync(_second)).Status);
        var untouched = await _s.ReadAsync(_inReview);
        Assert.Equal(before.AcknowledgedAt, untouched.AcknowledgedAt);
        Assert.Equal(before.History.Count, untouched.History.Count);
        Assert.Equal("Anna Visser", (await _s.ReadAsync(_first)).History[^1].ActorName);
    }

    [Fact]
    public async Task Acknowledge_ARequestOutsideTheList_IsReportedAsNotFound()
    {
        var result = await _s.ServicesFor(Secretariat).Lists.AcknowledgeAsync([_first, 99999]);

        Assert.Equal(1, result.Succeeded);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("Request 99999", refusal.Reference);
        Assert.StartsWith("We could not find that support request.", refusal.Reason);
    }

    [Fact]
    public async Task AssignOwner_SetsTheOwnerOnOpenRequests_AndReportsClosedOnes()
    {
        var result = await _s.ServicesFor(Secretariat).Lists.AssignOwnerAsync([_first, _inReview, _declined], "sec-pieter");

        Assert.Equal(2, result.Succeeded);
        Assert.Equal("Assigned to Pieter Jansen", result.Action);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(_declined, refusal.Id);
        Assert.Equal("This request is declined; only open requests can be given an owner.", refusal.Reason);
        Assert.Equal(("sec-pieter", "Pieter Jansen"), ((await _s.ReadAsync(_first)).OwnerId, (await _s.ReadAsync(_first)).OwnerName));
        Assert.Null((await _s.ReadAsync(_declined)).OwnerId);
    }

    [Fact]
    public async Task AssignOwner_ToSomeoneOutsideTheSecretariat_IsRefusedOnTheField()
    {
        var lists = _s.ServicesFor(Secretariat).Lists;

        var disabled = await Assert.ThrowsAsync<FieldValidationException>(() => lists.AssignOwnerAsync([_first], "sec-gone"));
        var contact = await Assert.ThrowsAsync<FieldValidationException>(() => lists.AssignOwnerAsync([_first], "contact-ES"));

        Assert.Equal("Choose an owner from the secretariat.", Assert.Single(disabled.For("Owner")));
        Assert.Equal("Choose an owner from the secretariat.", Assert.Single(contact.For("Owner")));
        Assert.Null((await _s.ReadAsync(_first)).OwnerId);
    }

    [Fact]
    public async Task AContact_CannotRunBulkActions()
    {
        var lists = _s.ServicesFor(_s.ContactFor("ES")).Lists;

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => lists.AcknowledgeAsync([_first]));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => lists.AssignOwnerAsync([_first], "sec-anna"));
        Assert.Equal(SupportRequestStatus.Submitted, (await _s.ReadAsync(_first)).Status);
    }
}
