using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components;
using TaskforceManager.App.Components.Pages;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Components;

/// <summary>Every route in the navigation has a page with one level-one heading, and no two pages claim the same route.</summary>
public sealed class PagesTests
{
    public static TheoryData<Type, string, string> AreaPages => new()
    {
        { typeof(NotFound), "/not-found", "Page not found" },
    };

    [Theory]
    [MemberData(nameof(AreaPages))]
    public async Task Page_AtItsRoute_HasOneHeadingNamingIt(Type page, string route, string heading)
    {
        await using var ctx = ComponentTestContext.Create();

        var cut = ctx.Render(builder =>
        {
            builder.OpenComponent(0, page);
            builder.CloseComponent();
        });

        Assert.Contains(route, page.GetCustomAttributes<RouteAttribute>().Select(r => r.Template));
        Assert.Equal(heading, Assert.Single(cut.FindAll("h1")).TextContent.Trim());
    }

    [Fact]
    public void NoTwoPages_ClaimTheSameRoute()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template.TrimEnd('/').ToLowerInvariant(), Page: t.FullName)))
            .GroupBy(r => r.Route)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Page))}");

        Assert.Empty(routes);
    }
}
