using TaskforceManager.App.Features.Lists;

namespace TaskforceManager.Tests.Features.Lists;

/// <summary>
/// The early first load of a list's grid: the page that loaded before the browser acknowledged the first render serves
/// the grid's own first load of the same view, once, and never a later load, a reload or another view.
/// </summary>
public sealed class EarlyFirstLoadTests
{
    private readonly EarlyFirstLoad<string> _early = new();
    private int _queries;

    private Func<Task<string>> Query(string result) => () =>
    {
        _queries++;
        return Task.FromResult(result);
    };

    [Fact]
    public async Task TheGridsOwnFirstLoad_OfTheSameView_TakesTheEarlyPage_WithoutAskingAgain()
    {
        Assert.False(_early.HasLoaded);
        _early.Start();
        Assert.Equal("rows", await _early.LoadAsync("/requests", Query("rows")));
        Assert.True(_early.HasLoaded);

        Assert.Equal("rows", await _early.LoadAsync("/requests", Query("asked again")));
        Assert.Equal(1, _queries);
    }

    [Fact]
    public async Task TheEarlyPage_ServesOnlyOnce_SoALaterReloadReadsFreshRows()
    {
        _early.Start();
        await _early.LoadAsync("/requests", Query("early"));
        await _early.LoadAsync("/requests", Query("grid's first"));

        Assert.Equal("after a bulk action", await _early.LoadAsync("/requests", Query("after a bulk action")));
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task AnotherView_IsAskedFor_AndTheEarlyPageIsDropped()
    {
        _early.Start();
        await _early.LoadAsync("/requests", Query("page 1"));

        Assert.Equal("page 2", await _early.LoadAsync("/requests?page=2", Query("page 2")));
        Assert.Equal("page 1 again", await _early.LoadAsync("/requests", Query("page 1 again")));
        Assert.Equal(3, _queries);
    }

    [Fact]
    public async Task ALoadBegunWhileTheEarlyOneRuns_MeansTheEarlyPageIsNotKept()
    {
        var slow = new TaskCompletionSource<string>();
        _early.Start();
        var early = _early.LoadAsync("/requests", () => slow.Task);
        // The grid's own first load (or a reload) starts before the early query is back: it asks for itself.
        Assert.Equal("own", await _early.LoadAsync("/requests", Query("own")));
        slow.SetResult("early");
        Assert.Equal("early", await early);

        Assert.Equal("next", await _early.LoadAsync("/requests", Query("next")));
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task WithNoGridYet_NothingStarts_AndTheNextLoadIsNotKept()
    {
        await _early.StartAsync<string>(null);
        await _early.LoadAsync("/requests", Query("grid's first"));

        Assert.Equal("second", await _early.LoadAsync("/requests", Query("second")));
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task WithoutAnEarlyLoad_EveryLoadAsks()
    {
        await _early.LoadAsync("/requests", Query("first"));
        Assert.Equal("second", await _early.LoadAsync("/requests", Query("second")));
        Assert.Equal(2, _queries);
    }

    [Fact]
    public async Task AFailedEarlyLoad_KeepsNothing()
    {
        _early.Start();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _early.LoadAsync("/requests", () => Task.FromCanceled<string>(new CancellationToken(true))));

        Assert.Equal("own", await _early.LoadAsync("/requests", Query("own")));
        Assert.Equal(1, _queries);
    }
}
