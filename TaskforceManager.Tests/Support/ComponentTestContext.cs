using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TaskforceManager.Tests.Support;

/// <summary>
/// A bUnit context set up like the app's interactive server circuit: MudBlazor's services, loose JS interop.
/// Create one per test with <c>await using</c>: MudBlazor's PopoverService only disposes asynchronously.
/// </summary>
public static class ComponentTestContext
{
    public static BunitContext Create(Action<IServiceCollection>? services = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        services?.Invoke(context.Services);

        // Must come after every registration: it resolves services and closes the container.
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
