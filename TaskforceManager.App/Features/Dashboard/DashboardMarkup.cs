using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Features.Dashboard.Pages;

namespace TaskforceManager.App.Features.Dashboard;

/// <summary>
/// The dashboard's figures rendered to HTML once per set of figures and shared by every open dashboard. Each circuit
/// would otherwise keep its own render tree of the tiles and tables (two buffers of some 3,000 frames, and a string for
/// every link), which made the dashboard's circuit several times the size of a plain page. The figures are still counted
/// for each page by <see cref="DashboardService"/>, which checks the viewer; only identical figures share their markup.
/// </summary>
public sealed class DashboardMarkup(IServiceScopeFactory scopes, ILoggerFactory? loggerFactory = null, TimeProvider? clock = null)
{
    /// <summary>How long markup rendered while prerendering waits for the page's circuit to pick it up.</summary>
    public static readonly TimeSpan HandOverTime = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _rendering = new(1, 1);
    private readonly ConcurrentDictionary<string, (MarkupString Html, DateTimeOffset Until)> _handOvers = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private Entry? _last;

    private sealed record Entry(string Key, MarkupString Html);

    /// <summary>How many times figures were rendered rather than shared; for tests.</summary>
    public int Renders { get; private set; }

    public async Task<MarkupString> RenderAsync(DashboardView view, int acknowledgementWorkingDays)
    {
        var key = $"{acknowledgementWorkingDays}|{JsonSerializer.Serialize(view)}";
        if (Volatile.Read(ref _last) is { } hit && hit.Key == key)
        {
            return hit.Html;
        }

        await _rendering.WaitAsync();
        try
        {
            if (_last is { } rendered && rendered.Key == key)
            {
                return rendered.Html;
            }

            // A scope of its own: the renderer asks for the per-render services a page would have.
            await using var scope = scopes.CreateAsyncScope();
            await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory ?? NullLoggerFactory.Instance);
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<DashboardFigures>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(DashboardFigures.View)] = view,
                    [nameof(DashboardFigures.AcknowledgementWorkingDays)] = acknowledgementWorkingDays,
                }));
                return output.ToHtmlString();
            });
            Renders++;
            Volatile.Write(ref _last, new Entry(key, new MarkupString(html)));
            return new MarkupString(html);
        }
        finally
        {
            _rendering.Release();
        }
    }

    /// <summary>
    /// Keeps prerendered figures for the page's circuit, which would otherwise count them again a moment later, and
    /// returns the key the page persists. Only the key travels in the page; the circuit holds no copy of the figures.
    /// </summary>
    public string HandOver(MarkupString html)
    {
        var now = _clock.GetUtcNow();
        foreach (var (key, stale) in _handOvers)
        {
            if (stale.Until <= now)
            {
                _handOvers.TryRemove(key, out _);
            }
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _handOvers[token] = (html, now + HandOverTime);
        return token;
    }

    /// <summary>The figures handed over under <paramref name="token"/>, once and while fresh; otherwise null, and the page counts again.</summary>
    public MarkupString? TakeOver(string token) =>
        _handOvers.TryRemove(token, out var handed) && handed.Until > _clock.GetUtcNow() ? handed.Html : null;
}
