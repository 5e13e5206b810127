using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace TaskforceManager.App.Features.Lists;

/// <summary>
/// A list page whose grid pages and sorts in the database and whose whole view (filters, page, size, sort) lives in
/// the URL, so it can be bookmarked, shared and walked with the browser's back button. The filters come from the
/// query string; changing one navigates, and the grid reloads when the URL's filters change.
/// </summary>
public abstract class ServerListBase<TRow> : ComponentBase, IDisposable
{
    private readonly EarlyFirstLoad<ListPage<TRow>> _early = new();
    private string? _urlFilters;
    private bool _reloadAfterRender;
    private bool _disposed;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    [SupplyParameterFromQuery(Name = "size")]
    public int? PageSize { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortKey { get; set; }

    [SupplyParameterFromQuery(Name = "desc")]
    public bool? SortDescending { get; set; }

    protected MudDataGrid<TRow>? Grid { get; set; }

    /// <summary>The grid's page, counted from 0 as MudDataGrid does (the URL counts from 1).</summary>
    protected int GridPage { get; set; }

    protected int GridSize { get; set; } = ListPaging.DefaultSize;

    protected static int[] SizeOptions { get; } = ListPaging.SizeOptions.ToArray();

    /// <summary>The list's route, e.g. "/taskforces".</summary>
    protected abstract string ListPath { get; }

    /// <summary>The grid's sortable columns (property names) and the URL's sort key for each.</summary>
    protected abstract IReadOnlyDictionary<string, string> SortColumns { get; }

    /// <summary>The filters as the URL should carry them, from the page's current filter values; empty values are left out.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> FilterQuery();

    /// <summary>Takes the filter values from the URL's query parameters into the page's filter fields.</summary>
    protected abstract void ReadFiltersFromUrl();

    protected abstract Task<ListPage<TRow>> FetchAsync(ListPaging paging, CancellationToken ct);

    protected override void OnParametersSet()
    {
        ReadFiltersFromUrl();
        var filters = string.Join("&", FilterQuery().Select(p => $"{p.Key}={p.Value}"));
        if (_urlFilters is null)
        {
            GridPage = Math.Max(PageNumber ?? 1, 1) - 1;
            GridSize = Math.Clamp(PageSize ?? ListPaging.DefaultSize, 1, ListPaging.MaxSize);
            if (RendererInfo.IsInteractive)
            {
                // Queued behind the first render: it runs as soon as the render has gone to the browser.
                _ = Task.Run(() => InvokeAsync(LoadEarlyAsync));
            }
        }
        else if (filters != _urlFilters)
        {
            // New filters start at the first page; the grid reloads by itself when its page changes.
            if (GridPage != 0)
            {
                GridPage = 0;
            }
            else
            {
                _reloadAfterRender = true;
            }
        }

        _urlFilters = filters;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_reloadAfterRender && Grid is not null)
        {
            _reloadAfterRender = false;
            await Grid.ReloadServerData();
        }
    }

    /// <summary>The first rows without waiting for the browser's acknowledgement of the first render (see <see cref="EarlyFirstLoad{TPage}"/>).</summary>
    private Task LoadEarlyAsync() => _disposed ? Task.CompletedTask : _early.StartAsync(Grid);

    public void Dispose() => _disposed = true;

    /// <summary>The sort a column shows when the page opens, from the URL.</summary>
    protected SortDirection InitialDirection(string column) =>
        SortKey is { } key && SortColumns.TryGetValue(column, out var columnKey) && columnKey == key
            ? SortDescending == true ? SortDirection.Descending : SortDirection.Ascending
            : SortDirection.None;

    /// <summary>The grid's ServerData: one page from the service, then the URL brought in step with what is shown.</summary>
    protected async Task<GridData<TRow>> LoadAsync(GridState<TRow> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var key = sort is not null && SortColumns.TryGetValue(sort.SortBy, out var k) ? k : null;
        var paging = new ListPaging(state.Page + 1, state.PageSize, key, key is not null && sort!.Descending);
        var page = await _early.LoadAsync(ListUrl(FilterQuery(), paging), () => FetchAsync(paging, ct));
        var url = ListUrl(FilterQuery(), paging);
        if (!string.Equals("/" + Navigation.ToBaseRelativePath(Navigation.Uri), url, StringComparison.Ordinal))
        {
            Navigation.NavigateTo(url, replace: true);
        }

        return new GridData<TRow> { Items = page.Items, TotalItems = page.Total };
    }

    /// <summary>Shows the list with the page's new filter values, from the first page; a new history entry, so Back undoes it.</summary>
    protected void ApplyFilters() =>
        Navigation.NavigateTo(ListUrl(FilterQuery(), new ListPaging(1, GridSize, SortKey, SortDescending == true)));

    /// <summary>The bookmarkable address of a view of the list.</summary>
    protected string ListUrl(IEnumerable<KeyValuePair<string, string?>> filters, ListPaging paging)
    {
        var parts = filters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToList();
        if (paging.SafePage > 1)
        {
            parts.Add(new("page", paging.SafePage.ToString(CultureInfo.InvariantCulture)));
        }

        if (paging.SafeSize != ListPaging.DefaultSize)
        {
            parts.Add(new("size", paging.SafeSize.ToString(CultureInfo.InvariantCulture)));
        }

        if (paging.Sort is not null)
        {
            parts.Add(new("sort", paging.Sort));
            if (paging.Descending)
            {
                parts.Add(new("desc", "true"));
            }
        }

        return parts.Count == 0
            ? ListPath
            : ListPath + "?" + string.Join("&", parts.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }

    protected static T? ParseEnum<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
