using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.ReferenceData.Pages;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.ReferenceData;

/// <summary>The themes page, used as the secretariat uses it: fill the form, save, read the messages on the fields.</summary>
public sealed class ThemesAdminPageTests : IAsyncLifetime
{
    private ReferenceScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReferenceScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task BadValues_ShowTheirMessagesOnTheFields_AndNothingIsSaved()
    {
        await using var ctx = Context();
        var cut = ctx.Render<ThemesAdmin>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=themes-table]")));

        await cut.Find("[data-testid=new-theme]").ClickAsync(new MouseEventArgs());
        await TypeAsync(cut, "theme-code", "Bad Code!");
        await TypeAsync(cut, "theme-name", "");
        await cut.Find("[data-testid=theme-save]").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("A code may only hold lower-case letters, digits and hyphens (e.g. girls-in-stem).", ErrorOf(cut, "theme-code"));
            Assert.Equal("Enter the theme's name.", ErrorOf(cut, "theme-name"));
        });
        Assert.Equal(4, (await _scenario.Themes().ListAsync(includeArchived: true)).Count);
    }

    [Fact]
    public async Task ANameAlreadyTaken_IsToldOnTheNameField()
    {
        await using var ctx = Context();
        var cut = ctx.Render<ThemesAdmin>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=themes-table]")));

        await cut.Find("[data-testid=new-theme]").ClickAsync(new MouseEventArgs());
        await TypeAsync(cut, "theme-code", "teachers");
        await TypeAsync(cut, "theme-name", "Teacher shortage");
        await cut.Find("[data-testid=theme-save]").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() => Assert.Equal("There is already a theme called 'Teacher shortage' (code teacher-shortage).", ErrorOf(cut, "theme-name")));
        Assert.Null(ErrorOf(cut, "theme-code"));
        Assert.DoesNotContain(await _scenario.Themes().ListAsync(includeArchived: true), t => t.Code == "teachers");
    }

    [Fact]
    public async Task ANewTheme_IsSaved_AndListed()
    {
        await using var ctx = Context();
        var cut = ctx.Render<ThemesAdmin>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=themes-table]")));

        await cut.Find("[data-testid=new-theme]").ClickAsync(new MouseEventArgs());
        await TypeAsync(cut, "theme-code", "digital-skills");
        await TypeAsync(cut, "theme-name", "Digital skills");
        await cut.Find("[data-testid=theme-save]").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() => Assert.Equal("In use", cut.Find("[data-testid=state-digital-skills]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=theme-editor]"));
    }

    [Fact]
    public async Task ArchivingAThemeInUse_IsRefused_WithTheReasonInWords()
    {
        await using var ctx = Context();
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var cut = ctx.Render<ThemesAdmin>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=archive-teacher-shortage]")));

        await cut.Find("[data-testid=archive-teacher-shortage]").ClickAsync(new MouseEventArgs());

        snackbars.WaitForAssertion(() => Assert.Contains("Teacher shortage is used by 1 open request and 1 active expert; archive refused.", snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal("In use", cut.Find("[data-testid=state-teacher-shortage]").TextContent.Trim());
    }

    private BunitContext Context() => ComponentTestContext.Create(services =>
    {
        services.AddScoped<UserFeedback>();
        services.AddSingleton(_scenario.Themes());
    });

    private static async Task TypeAsync(IRenderedComponent<ThemesAdmin> cut, string testId, string text)
    {
        await cut.Find($"[data-testid='{testId}']").InputAsync(new ChangeEventArgs { Value = text });
        await cut.Find($"[data-testid='{testId}']").BlurAsync(new FocusEventArgs());
    }

    /// <summary>The message a screen reader announces for a field: the text its <c>aria-describedby</c> points at, when it is marked invalid.</summary>
    private static string? ErrorOf(IRenderedComponent<ThemesAdmin> cut, string testId)
    {
        IElement field = cut.Find($"[data-testid='{testId}']");
        if (field.GetAttribute("aria-invalid") != "true")
        {
            return null;
        }

        var id = field.GetAttribute("aria-describedby");
        return id is null ? null : cut.Find($"[id='{id}']").TextContent.Trim();
    }
}
