using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.Domain.Requests;
using static TaskforceManager.Tests.Features.Requests.RequestScenario;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The requests list filters, sorts and pages in the database, within the viewer's scope.</summary>
public sealed class RequestListQueryTests : IAsyncLifetime
{
    private RequestScenario _s = null!;
    private int _madrid, _basque, _bretagne, _norway, _catalan, _declined;

    public async Task InitializeAsync()
    {
        _s = await CreateAsync();
        _madrid = await _s.AddAsync("Teacher shortage in Madrid", "ES", receivedAt: On(2026, 11, 2), themes: ["teacher-shortage"], urgency: Urgency.High);
        _basque = await _s.AddAsync("Basque STEM strategy", "ES", _s.BasqueId, On(2026, 10, 15), ["stem-strategy"], HopedInstrument.PolicyBriefing,
            then: (r, at) => r.Acknowledge(Setup, at));
        _bretagne = await _s.AddAsync("Girls in STEM in Bretagne", "FR", _s.BretagneId, On(2026, 11, 23), ["girls-in-stem", "teacher-shortage"],
            HopedInstrument.Roundtable, Urgency.Low);
        _norway = await _s.AddAsync("A platform for Norway", "NO", receivedAt: On(2026, 11, 10), organisation: "Norwegian Centre for Science Education");
        _catalan = await _s.AddAsync("Catalan schools", "ES", _s.CataloniaId, On(2026, 11, 20), challenge: "The teacher PIPELINE runs dry after 2030.");
        _declined = await _s.AddAsync("An old request", "ES", receivedAt: On(2026, 9, 1), then: (r, at) =>
        {
            r.Acknowledge(Setup, at);
            r.Decline("Out of scope.", Setup, at);
        });
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private async Task<IReadOnlyList<int>> IdsAsync(RequestListQuery query, TaskforceManager.Domain.Access.Viewer? viewer = null) =>
        (await _s.ServicesFor(viewer ?? Secretariat).Lists.ListAsync(query)).Rows.Select(r => r.Id).Order().ToList();

    private static IReadOnlyList<int> Set(params int[] ids) => ids.Order().ToList();

    [Fact]
    public async Task StatusAndCountry_Combine()
    {
        var ids = await IdsAsync(new RequestListQuery { Statuses = [SupportRequestStatus.Submitted], Country = "ES" });

        Assert.Equal(Set(_madrid, _catalan), ids);
    }

    [Fact]
    public async Task SeveralStatuses_AreEitherOr()
    {
        var ids = await IdsAsync(new RequestListQuery { Statuses = [SupportRequestStatus.InReview, SupportRequestStatus.Declined] });

        Assert.Equal(Set(_basque, _declined), ids);
    }

    [Fact]
    public async Task OverdueOnly_MatchesTheDomainsOwnRule()
    {
        var ids = await IdsAsync(new RequestListQuery { OverdueOnly = true });

        await using var db = _s.Database.CreateContext();
        var expected = (await db.SupportRequests.AsNoTracking().ToListAsync())
            .Where(r => r.IsAcknowledgementOverdue(AcknowledgementPolicy.Default, _s.Now)).Select(r => r.Id).Order().ToList();
        Assert.Equal(Set(_madrid, _norway), expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task OverdueOnly_CombinesWithCountry()
    {
        var ids = await IdsAsync(new RequestListQuery { OverdueOnly = true, Country = "NO" });

        Assert.Equal(Set(_norway), ids);
    }

    [Theory]
    [InlineData("madrid")]
    [InlineData("MADRID")]
    public async Task TextSearch_FindsTheTitle_WhateverTheCase(string text)
    {
        Assert.Equal(Set(_madrid), await IdsAsync(new RequestListQuery { Text = text }));
    }

    [Fact]
    public async Task TextSearch_FindsTheOrganisationAndTheChallenge()
    {
        Assert.Equal(Set(_norway), await IdsAsync(new RequestListQuery { Text = "norwegian centre" }));
        Assert.Equal(Set(_catalan), await IdsAsync(new RequestListQuery { Text = "pipeline" }));
    }

    [Fact]
    public async Task TextSearch_TakesWildcardsLiterally_AndFindsAReference()
    {
        Assert.Empty(await IdsAsync(new RequestListQuery { Text = "%" }));
        Assert.Empty(await IdsAsync(new RequestListQuery { Text = "_" }));
        var reference = (await _s.ReadAsync(_norway)).Reference;
        Assert.Equal(Set(_norway), await IdsAsync(new RequestListQuery { Text = reference }));
    }

    [Fact]
    public async Task TextSearch_EachSearchCountsAndPagesItsOwnHits_AndLeavesNothingBehind()
    {
        // The index's hits are kept for one search on the connection; the next search, on the same pooled connection,
        // must not see them, and a list without text must not be narrowed by them.
        var lists = _s.ServicesFor(Secretariat).Lists;

        var madrid = await lists.ListAsync(new RequestListQuery { Text = "madrid" });
        var stem = await lists.ListAsync(new RequestListQuery { Text = "stem", Size = 1, Page = 2 });
        var all = await lists.ListAsync(new RequestListQuery());

        Assert.Equal([_madrid], madrid.Rows.Select(r => r.Id));
        Assert.Equal(1, madrid.Total);
        Assert.Equal(2, stem.Total);
        Assert.Single(stem.Rows);
        Assert.Contains(stem.Rows[0].Id, new[] { _basque, _bretagne });
        Assert.Equal(6, all.Total);
    }

    [Fact]
    public async Task TextSearch_CountsOnlyTheHitsInTheViewersScope()
    {
        // "stem" is in a Spanish and a French request; a Spanish contact's total counts the Spanish one alone.
        var page = await _s.ServicesFor(_s.ContactFor("ES")).Lists.ListAsync(new RequestListQuery { Text = "stem" });

        Assert.Equal([_basque], page.Rows.Select(r => r.Id));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task TextSearch_WithAReference_CountsTheReferencedRequestToo()
    {
        var reference = (await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery())).Rows.Single(r => r.Id == _norway).Reference;

        var page = await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery { Text = reference });

        Assert.Equal([_norway], page.Rows.Select(r => r.Id));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task TextSearch_CombinesWithStatus()
    {
        var ids = await IdsAsync(new RequestListQuery { Text = "stem", Statuses = [SupportRequestStatus.Submitted] });

        Assert.Equal(Set(_bretagne), ids);
    }

    [Fact]
    public async Task Theme_MatchesAnyOfTheRequestsThemes()
    {
        Assert.Equal(Set(_madrid, _bretagne), await IdsAsync(new RequestListQuery { Theme = "teacher-shortage" }));
        Assert.Equal(Set(_bretagne), await IdsAsync(new RequestListQuery { Theme = "teacher-shortage", Country = "FR" }));
    }

    [Fact]
    public async Task ReceivedDateRange_IncludesBothEndDays()
    {
        var ids = await IdsAsync(new RequestListQuery { From = new DateOnly(2026, 11, 10), To = new DateOnly(2026, 11, 20) });

        Assert.Equal(Set(_norway, _catalan), ids);
    }

    [Fact]
    public async Task OpenEndedDateRange_Works()
    {
        Assert.Equal(Set(_bretagne, _catalan), await IdsAsync(new RequestListQuery { From = new DateOnly(2026, 11, 20) }));
        Assert.Equal(Set(_declined), await IdsAsync(new RequestListQuery { To = new DateOnly(2026, 10, 1) }));
    }

    [Fact]
    public async Task InstrumentAndUrgency_Filter()
    {
        Assert.Equal(Set(_bretagne), await IdsAsync(new RequestListQuery { Instrument = HopedInstrument.Roundtable }));
        Assert.Equal(Set(_madrid), await IdsAsync(new RequestListQuery { Urgency = Urgency.High }));
    }

    [Fact]
    public async Task Owner_FiltersByTheOwner_OrByNobodyYet()
    {
        await _s.ServicesFor(Secretariat).Lists.AssignOwnerAsync([_madrid, _norway], "sec-pieter");

        Assert.Equal(Set(_madrid, _norway), await IdsAsync(new RequestListQuery { Owner = "sec-pieter" }));
        Assert.Equal(Set(_basque, _bretagne, _catalan, _declined), await IdsAsync(new RequestListQuery { Owner = RequestListQuery.NoOwner }));
    }

    [Fact]
    public async Task Contact_SeesOnlyTheirCountry_EvenWhenFilteringForAnother()
    {
        var spain = _s.ContactFor("ES");

        Assert.Empty(await IdsAsync(new RequestListQuery { Country = "FR" }, spain));
        Assert.Equal(Set(_madrid, _basque, _catalan, _declined), await IdsAsync(new RequestListQuery(), spain));
        var page = await _s.ServicesFor(spain).Lists.ListAsync(new RequestListQuery { Country = "FR" });
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task RegionBoundContact_SeesOnlyTheirRegion()
    {
        var ids = await IdsAsync(new RequestListQuery { Country = "ES" }, _s.ContactFor("ES", _s.BasqueId));

        Assert.Equal(Set(_basque), ids);
    }

    [Fact]
    public async Task Rows_CarryTheReferenceAndTheAcknowledgementClock()
    {
        var rows = (await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery())).Rows;

        var madrid = rows.Single(r => r.Id == _madrid);
        var entity = await _s.ReadAsync(_madrid);
        Assert.Equal(entity.Reference, madrid.Reference);
        Assert.Equal("Spain", madrid.CountryName);
        Assert.Equal(entity.AcknowledgementDueOn(AcknowledgementPolicy.Default), madrid.AcknowledgementDueOn);
        Assert.Equal(entity.AcknowledgementDaysLeft(AcknowledgementPolicy.Default, _s.Now), madrid.AcknowledgementDaysLeft);
        Assert.True(madrid.IsOverdue);
        Assert.False(rows.Single(r => r.Id == _catalan).IsOverdue);
        Assert.Null(rows.Single(r => r.Id == _basque).AcknowledgementDaysLeft);
    }

    [Fact]
    public async Task DefaultOrder_IsNewestFirst()
    {
        var rows = (await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery())).Rows;

        Assert.Equal([_bretagne, _catalan, _norway, _madrid, _basque, _declined], rows.Select(r => r.Id));
    }

    [Fact]
    public async Task StatusSort_FollowsTheWorkflow_NotTheAlphabet()
    {
        var rows = (await _s.ServicesFor(Secretariat).Lists.ListAsync(new RequestListQuery { Sort = RequestSort.Status, Descending = false })).Rows;

        Assert.Equal(
            [SupportRequestStatus.Submitted, SupportRequestStatus.InReview, SupportRequestStatus.Declined],
            rows.Select(r => r.Status).Distinct());
    }
}
