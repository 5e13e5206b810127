using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Components.Layout;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Components;

/// <summary>The shell every page sits in: navigation to each area, skip link, landmarks, drawer toggle.</summary>
public sealed class MainLayoutTests
{
    private const string PageBody = "<p data-testid=\"page-body\">Page body</p>";

    public static TheoryData<string, string[]> NavigationByRole => new()
    {
        { "secretariat", ["Dashboard=/", "Requests=/requests", "Briefings=/briefings", "Taskforces=/taskforces", "Roundtables=/roundtables", "Experts=/experts",
            "Best practices=/practices", "Reports=/reports", "Users=/admin/users", "Member organisations=/admin/organisations", "Themes=/admin/themes",
            "Countries and regions=/admin/countries", "Manage best practices=/admin/practices", "Ongoing taskforces=/ongoing-taskforces"] },
        { "contact", ["Member-state portal=/portal", "Reports=/reports", "Ongoing taskforces=/ongoing-taskforces"] },
        { "expert", ["My work=/my", "Experts=/experts", "Best practices=/practices", "Ongoing taskforces=/ongoing-taskforces"] },
        { "anonymous", ["Ongoing taskforces=/ongoing-taskforces"] },
    };

    [Theory]
    [MemberData(nameof(NavigationByRole))]
    public async Task MainNavigation_ShowsEachRoleExactlyItsAreas(string role, string[] expected)
    {
        var viewer = role switch
        {
            "secretariat" => ComponentTestContext.Secretariat,
            "contact" => Viewer.Contact("user-es", "Miren", "ES", null),
            "expert" => Viewer.ForExpert("user-nl", "Anna", 3),
            _ => Viewer.Anonymous,
        };
        await using var ctx = ComponentTestContext.Create(viewer: viewer);

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        var links = cut.Find("nav[aria-label='Main']").QuerySelectorAll("a").Select(a => $"{a.AccessibleName()}={a.GetAttribute("href")}");
        Assert.Equal(expected.Order(), links.Order());
    }

    [Fact]
    public async Task MainNavigation_PutsUsersAndReferenceDataUnderAdministration()
    {
        await using var ctx = ComponentTestContext.Create();

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        var group = cut.Find("nav[aria-label='Main'] .mud-nav-group");
        Assert.Contains("Administration", group.TextContent);
        var links = group.QuerySelectorAll("a").Select(a => $"{a.AccessibleName()}={a.GetAttribute("href")}").ToList();
        Assert.Equal(["Users=/admin/users", "Member organisations=/admin/organisations", "Themes=/admin/themes",
            "Countries and regions=/admin/countries", "Manage best practices=/admin/practices"], links);
    }

    [Fact]
    public async Task AdministrationGroup_FoldsAndUnfolds_SayingWhichItIs()
    {
        await using var ctx = ComponentTestContext.Create();
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        IElement Toggle() => cut.Find("nav[aria-label='Administration'] button");
        IElement Links() => cut.Find("#" + Toggle().GetAttribute("aria-controls"));
        Assert.Equal("Administration", Toggle().TextContent.Trim());
        Assert.Equal("true", Toggle().GetAttribute("aria-expanded"));
        Assert.False(Links().HasAttribute("hidden"));

        Toggle().Click();

        Assert.Equal("false", Toggle().GetAttribute("aria-expanded"));
        Assert.True(Links().HasAttribute("hidden"));
    }

    [Theory]
    [InlineData("/", "Dashboard")]
    [InlineData("/taskforces", "Taskforces")]
    [InlineData("/taskforces/12?tab=people", "Taskforces")]
    [InlineData("/admin/practices", "Manage best practices")]
    [InlineData("/practices/3", "Best practices")]
    public async Task MainNavigation_MarksTheCurrentArea_AndOnlyIt(string path, string current)
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(path);

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        var marked = cut.FindAll("nav[aria-label='Main'] a[aria-current=page]");
        Assert.Equal([current], marked.Select(a => a.AccessibleName()));
        Assert.Contains("active", marked[0].ClassList);
    }

    [Fact]
    public async Task MainNavigation_FollowsNavigation()
    {
        await using var ctx = ComponentTestContext.Create();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        navigation.NavigateTo("/requests/4");

        cut.WaitForAssertion(() => Assert.Equal(["Requests"],
            cut.FindAll("nav[aria-label='Main'] a[aria-current=page]").Select(a => a.AccessibleName())));
    }

    [Fact]
    public async Task SkipLink_IsTheFirstThingToTabTo_AndLeadsToMainContent()
    {
        await using var ctx = ComponentTestContext.Create();

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        var skip = cut.Find("[data-testid=skip-link]");
        Assert.Equal("Skip to main content", skip.AccessibleName());
        Assert.Equal("/#main-content", skip.GetAttribute("href"));
        var firstFocusable = cut.FindAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])").First();
        Assert.Equal("skip-link", firstFocusable.GetAttribute("data-testid"));

        var main = cut.Find("main#main-content");
        Assert.Equal("-1", main.GetAttribute("tabindex"));
        Assert.NotNull(main.QuerySelector("[data-testid=page-body]"));
    }

    [Fact]
    public async Task SkipLink_KeepsTheCurrentPage()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/taskforces");

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        Assert.Equal("/taskforces#main-content", cut.Find("[data-testid=skip-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task Shell_HasBannerNavigationAndMainLandmarks_WithProductName()
    {
        await using var ctx = ComponentTestContext.Create();

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        var banner = cut.Find("header");
        Assert.Contains("TaskforceManager", banner.TextContent);
        Assert.Contains("EU STEM Coalition", banner.TextContent);
        Assert.Single(cut.FindAll("nav[aria-label='Main']"));
        Assert.Single(cut.FindAll("main"));
    }

    [Theory]
    [InlineData("drawer-toggle", "app-drawer--wide-open", "true")]
    [InlineData("drawer-toggle-narrow", "app-drawer--narrow-open", "false")]
    public async Task EachDrawerToggle_IsNamed_AndTellsWhetherTheMenuIsOpenAtItsWidth(string toggle, string openClass, string initially)
    {
        await using var ctx = ComponentTestContext.Create();
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        IElement Toggle() => cut.Find($"[data-testid={toggle}]");
        Assert.Equal("BUTTON", Toggle().TagName);
        Assert.Equal("Toggle navigation menu", Toggle().GetAttribute("aria-label"));
        Assert.Equal("app-drawer", Toggle().GetAttribute("aria-controls"));
        Assert.Equal(initially, Toggle().GetAttribute("aria-expanded"));
        AssertDrawerMatchesToggle();

        Toggle().Click();

        Assert.NotEqual(initially, Toggle().GetAttribute("aria-expanded"));
        AssertDrawerMatchesToggle();

        Toggle().Click();

        Assert.Equal(initially, Toggle().GetAttribute("aria-expanded"));
        AssertDrawerMatchesToggle();

        void AssertDrawerMatchesToggle()
        {
            var open = Toggle().GetAttribute("aria-expanded") == "true";
            Assert.Equal(open, cut.Find("#app-drawer").ClassList.Contains(openClass));
        }
    }

    [Fact]
    public async Task TheMenuOpenOverANarrowScreen_ClosesWithTheScrimOrTheNextPage()
    {
        await using var ctx = ComponentTestContext.Create();
        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));
        bool NarrowOpen() => cut.Find("#app-drawer").ClassList.Contains("app-drawer--narrow-open");

        cut.Find("[data-testid=drawer-toggle-narrow]").Click();
        Assert.True(NarrowOpen());
        cut.Find(".app-drawer-scrim").Click();
        Assert.False(NarrowOpen());
        Assert.Empty(cut.FindAll(".app-drawer-scrim"));

        cut.Find("[data-testid=drawer-toggle-narrow]").Click();
        Assert.True(NarrowOpen());
        cut.Render(p => p.Add(x => x.Body, "<p>Another page</p>"));
        Assert.False(NarrowOpen());
        Assert.True(cut.Find("#app-drawer").ClassList.Contains("app-drawer--wide-open"));
    }

    [Fact]
    public async Task CircuitMarker_SaysWhenTheShellIsInteractive()
    {
        await using var ctx = ComponentTestContext.Create();

        var cut = ctx.Render<MainLayout>(p => p.Add(x => x.Body, PageBody));

        Assert.Equal("true", cut.Find("[data-testid=circuit]").GetAttribute("data-interactive"));
    }
}
