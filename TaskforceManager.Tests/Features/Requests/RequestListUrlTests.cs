using TaskforceManager.App.Features.Requests;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>The list's view lives in its URL, so a bookmarked or shared link opens the same view.</summary>
public sealed class RequestListUrlTests
{
    [Fact]
    public void EveryParameter_IsRead()
    {
        var query = RequestListQuery.FromUri(
            "/requests?status=Submitted,InReview&country=es&theme=teacher-shortage&instrument=Taskforce&urgency=High&from=2026-01-01&to=2026-11-30" +
            "&overdue=true&q=girls%20in%20STEM&owner=sec-anna&page=3&size=50&sort=title&desc=false");

        Assert.Equal([SupportRequestStatus.Submitted, SupportRequestStatus.InReview], query.Statuses);
        Assert.Equal(("ES", "teacher-shortage", HopedInstrument.Taskforce, Urgency.High), (query.Country, query.Theme, query.Instrument, query.Urgency));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30)), (query.From, query.To));
        Assert.Equal((true, "girls in STEM", "sec-anna"), (query.OverdueOnly, query.Text, query.Owner));
        Assert.Equal((3, 50, RequestSort.Title, false), (query.Page, query.Size, query.Sort, query.Descending));
    }

    [Fact]
    public void AView_SurvivesTheRoundTrip()
    {
        var view = new RequestListQuery
        {
            Statuses = [SupportRequestStatus.Submitted],
            Country = "FR",
            From = new DateOnly(2026, 3, 12),
            OverdueOnly = true,
            Text = "a & b",
            Page = 2,
            Size = 10,
            Sort = RequestSort.Country,
            Descending = false,
        };

        var uri = view.ToUri();

        Assert.Equal(uri, RequestListQuery.FromUri(uri).ToUri());
        Assert.Equal(view.Text, RequestListQuery.FromUri(uri).Text);
    }

    [Fact]
    public void TheDefaultView_IsTheBarePath_NewestFirst()
    {
        var query = RequestListQuery.FromUri("http://localhost/requests");

        Assert.Equal("/requests", query.ToUri());
        Assert.Equal((1, RequestListQuery.DefaultPageSize, RequestSort.Received, true), (query.Page, query.Size, query.Sort, query.Descending));
    }

    [Fact]
    public void TheDashboardsOverdueLink_OpensOverdueOnly()
    {
        Assert.True(RequestListQuery.FromUri("/requests?overdue=true").OverdueOnly);
    }

    [Theory]
    [InlineData("/requests?status=Bogus&country=Spain&instrument=7&from=12/03/2026&page=-1&size=5000&sort=nonsense")]
    [InlineData("/requests?overdue=maybe&desc=perhaps&urgency=")]
    public void MalformedValues_AreIgnored_NotFatal(string uri)
    {
        var query = RequestListQuery.FromUri(uri);

        Assert.Empty(query.Statuses);
        Assert.Null(query.Country);
        Assert.Null(query.Instrument);
        Assert.Null(query.Urgency);
        Assert.Null(query.From);
        Assert.False(query.OverdueOnly);
        Assert.Equal((1, RequestListQuery.DefaultPageSize, RequestSort.Received), (query.Page, query.Size, query.Sort));
    }

    [Fact]
    public void DueSort_IsTheReceivedSort()
    {
        Assert.Equal(RequestSort.Received, RequestListQuery.FromUri("/requests?sort=due&desc=false").Sort);
    }

    [Fact]
    public void ClearingFilters_KeepsTheSortAndPageSize()
    {
        var cleared = RequestListQuery.FromUri("/requests?country=ES&overdue=true&page=4&size=50&sort=title&desc=false").WithoutFilters();

        Assert.False(cleared.HasFilters);
        Assert.Equal("/requests?size=50&sort=title&desc=false", cleared.ToUri());
    }
}
