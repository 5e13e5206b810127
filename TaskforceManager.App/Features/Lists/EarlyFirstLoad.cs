using MudBlazor;

namespace TaskforceManager.App.Features.Lists;

/// <summary>
/// Lets a list page's grid show its first rows without waiting for the browser. MudDataGrid asks for its server data
/// only once the browser has acknowledged the grid's first, empty render: a round trip, and the browser's work on the
/// whole page, before the query even starts. The page instead starts a load of its own right behind that render
/// (<see cref="Start"/>, then the grid's <c>ReloadServerData</c>), so the rows follow the page in the next render; the
/// grid's own first load, which comes later for the same view, then takes that page rather than asking again.
/// </summary>
/// <typeparam name="TPage">What one load returns.</typeparam>
public sealed class EarlyFirstLoad<TPage>
{
    private bool _starting;
    private int _loads;
    private (string View, TPage Page)? _kept;

    /// <summary>Whether the grid has asked for data yet: once it has, an early load has nothing left to win.</summary>
    public bool HasLoaded => _loads > 0;

    /// <summary>Marks the next load as the early one; call it just before asking the grid to reload.</summary>
    public void Start() => _starting = true;

    /// <summary>The early load, through the grid's own reload, unless the grid is not there yet or has loaded already.</summary>
    public Task StartAsync<TRow>(MudDataGrid<TRow>? grid)
    {
        if (grid is null || HasLoaded)
        {
            return Task.CompletedTask;
        }

        Start();
        return grid.ReloadServerData();
    }

    /// <summary>
    /// One load of the grid's data for a view (the list's address, which holds its filters, page, size and sort).
    /// The early load's page is kept for the load right after it and only for the same view; a load begun while the
    /// early one was still running (a newer view, or a reload after a change) means it is not kept at all.
    /// </summary>
    public async Task<TPage> LoadAsync(string view, Func<Task<TPage>> load)
    {
        var early = _starting;
        _starting = false;
        var number = ++_loads;
        var kept = _kept;
        _kept = null;
        if (kept is { } k && string.Equals(k.View, view, StringComparison.Ordinal))
        {
            return k.Page;
        }

        var page = await load();
        if (early && _loads == number)
        {
            _kept = (view, page);
        }

        return page;
    }
}
