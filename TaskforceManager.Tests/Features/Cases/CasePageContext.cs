using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TaskforceManager.App.Features.Common;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>A bUnit context for the case pages: the real services over the world's database, acting for one viewer, plus the providers dialogs, menus and messages render into.</summary>
public static class CasePageContext
{
    public static BunitContext Create(CaseWorld world, Viewer viewer)
    {
        var services = world.ServicesFor(viewer);
        return ComponentTestContext.Create(s =>
        {
            s.AddSingleton(services.Briefings);
            s.AddSingleton(services.Taskforces);
            s.AddSingleton(services.Roundtables);
            s.AddSingleton(services.Experts);
            s.AddSingleton(services.Reference);
            s.AddSingleton(Matching.MatchingServices.SuggestionsFor(world.Database, viewer));
            s.AddScoped<UserFeedback>();
            s.AddSingleton<TimeProvider>(world.Database.Clock);
        }, viewer);
    }

    /// <summary>The popover, dialog and snackbar providers the layout normally holds; dialogs and messages appear in their markup.</summary>
    public static IRenderedComponent<ContainerFragment> RenderProviders(this BunitContext ctx) =>
        ctx.Render<ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
        }));

    /// <summary>Opens the tab with this name, as a user clicks it.</summary>
    public static void OpenTab<T>(this IRenderedComponent<T> page, string name) where T : IComponent =>
        page.FindAll("[role=tab]").First(t => t.TextContent.Trim() == name).Click();
}

/// <summary>Renders its child content; a root for the providers.</summary>
public sealed class ContainerFragment : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) => builder.AddContent(0, ChildContent);
}
