using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Infrastructure;

/// <summary>Who is acting in the current scope (circuit or request): the signed-in user, or the application itself.</summary>
public interface ICurrentActor
{
    Task<Actor> GetAsync();
}

/// <summary>Reads the signed-in user from Blazor's authentication state; work done outside a user's session is the system's.</summary>
public sealed class CurrentActor(IServiceProvider services) : ICurrentActor
{
    public async Task<Actor> GetAsync()
    {
        var provider = services.GetService<AuthenticationStateProvider>();
        if (provider is null)
        {
            return Actor.System;
        }

        ClaimsPrincipal user;
        try
        {
            user = (await provider.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit or request (start-up, background work) there is no authentication state to read.
            return Actor.System;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.System;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name ?? "unknown";
        var name = user.FindFirstValue("display_name") ?? user.Identity.Name ?? id;
        return new Actor(id, name);
    }
}

/// <summary>A fixed actor, for start-up seeding, tools and tests.</summary>
public sealed class FixedActor(Actor actor) : ICurrentActor
{
    public Task<Actor> GetAsync() => Task.FromResult(actor);
}
