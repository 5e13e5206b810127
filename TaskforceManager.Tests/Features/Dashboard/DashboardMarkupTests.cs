using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskforceManager.App.Features.Dashboard;

namespace TaskforceManager.Tests.Features.Dashboard;

/// <summary>The hand-over of prerendered figures to the page's circuit: once, and only while fresh.</summary>
public sealed class DashboardMarkupTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly DashboardMarkup _markup;

    public DashboardMarkupTests() =>
        _markup = new DashboardMarkup(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), clock: _clock);

    [Fact]
    public void HandedOverFigures_AreTakenOverOnce()
    {
        var html = new MarkupString("<p>figures</p>");
        var key = _markup.HandOver(html);

        Assert.Equal(html, _markup.TakeOver(key));
        Assert.Null(_markup.TakeOver(key));
    }

    [Fact]
    public void EachPrerender_GetsAKeyOfItsOwn()
    {
        var first = _markup.HandOver(new MarkupString("<p>one</p>"));
        var second = _markup.HandOver(new MarkupString("<p>two</p>"));

        Assert.NotEqual(first, second);
        Assert.Equal("<p>two</p>", _markup.TakeOver(second)?.Value);
        Assert.Equal("<p>one</p>", _markup.TakeOver(first)?.Value);
    }

    [Fact]
    public void FiguresNotTakenOverWithinAMinute_AreCountedAgain()
    {
        var key = _markup.HandOver(new MarkupString("<p>figures</p>"));

        _clock.Advance(DashboardMarkup.HandOverTime);

        Assert.Null(_markup.TakeOver(key));
    }

    [Fact]
    public void AnUnknownKey_GivesNothing() => Assert.Null(_markup.TakeOver("not-a-key"));
}
