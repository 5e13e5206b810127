using Microsoft.AspNetCore.Components.Authorization;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Infrastructure;

/// <summary>Who is acting in the current scope, for histories and the audit trail.</summary>
public interface ICurrentActor
{
    Task<Actor> GetAsync();
}

/// <summary>Who is looking in the current scope (circuit or request), with their role's scope.</summary>
public interface ICurrentUser
{
    Task<Viewer> GetViewerAsync();
}

/// <summary>
/// Reads the signed-in user from Blazor's authentication state inside a circuit, or from the HTTP request outside
/// one. Nobody signed in is the anonymous viewer; work with no user at all (start-up) is the system's.
/// </summary>
public sealed class CurrentUser(IServiceProvider services) : ICurrentUser, ICurrentActor
{
    public async Task<Viewer> GetViewerAsync()
    {
        if (services.GetService<AuthenticationStateProvider>() is { } provider)
        {
            try
            {
                return ViewerClaims.ToViewer((await provider.GetAuthenticationStateAsync()).User);
            }
            catch (InvalidOperationException)
            {
                // Not inside a Blazor render (an API endpoint or start-up): the HTTP request's user below is the one that counts.
            }
        }

        var http = services.GetService<IHttpContextAccessor>()?.HttpContext;
        return http is null ? Viewer.Anonymous : ViewerClaims.ToViewer(http.User);
    }

    public async Task<Actor> GetAsync()
    {
        var viewer = await GetViewerAsync();
        return viewer.Actor;
    }
}

/// <summary>A fixed actor, for start-up seeding, tools and tests.</summary>
public sealed class FixedActor(Actor actor) : ICurrentActor
{
    public Task<Actor> GetAsync() => Task.FromResult(actor);
}

/// <summary>A fixed viewer, for tests and tools.</summary>
public sealed class FixedUser(Viewer viewer) : ICurrentUser, ICurrentActor
{
    public Task<Viewer> GetViewerAsync() => Task.FromResult(viewer);

    public Task<Actor> GetAsync() => Task.FromResult(viewer.Actor);
}
