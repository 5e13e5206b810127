using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.Tests.Support;

/// <summary>
/// A bUnit context set up like the app's interactive server circuit: MudBlazor's services, loose JS interop, and a
/// signed-in user (the secretariat unless another viewer is given; <see cref="Viewer.Anonymous"/> for nobody).
/// Create one per test with <c>await using</c>: MudBlazor's PopoverService only disposes asynchronously.
/// </summary>
public static class ComponentTestContext
{
    public static readonly Viewer Secretariat = Viewer.Secretariat("user-sec", "Sofia Secretariat");

    public static BunitContext Create(Action<IServiceCollection>? services = null, Viewer? viewer = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton<DashboardMarkup>();
        var auth = context.AddAuthorization();
        viewer ??= Secretariat;
        if (!viewer.IsAnonymous)
        {
            auth.SetAuthorized(viewer.Name);
            auth.SetRoles(viewer.Role!.Value.ToString());
            auth.SetClaims([
                new Claim(ClaimTypes.NameIdentifier, viewer.UserId!),
                ..ViewerClaims.For(viewer.Name, viewer.Role!.Value, viewer.CountryCode, viewer.RegionId, viewer.ExpertId),
            ]);
        }

        services?.Invoke(context.Services);

        // Must come after every registration: it resolves services and closes the container.
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
