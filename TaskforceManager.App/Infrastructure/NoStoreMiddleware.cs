namespace TaskforceManager.App.Infrastructure;

public static class NoStoreMiddleware
{
    /// <summary>
    /// Pages served to a signed-in user carry <c>Cache-Control: no-store</c>, so that nothing of theirs stays in a shared
    /// browser's cache or a proxy. Static assets (scripts, styles) keep their own caching.
    /// </summary>
    public static IApplicationBuilder UseNoStoreForSignedInUsers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var path = context.Request.Path;
                var isAsset = path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework") || Path.HasExtension(path.Value);
                if (!isAsset && context.User.Identity?.IsAuthenticated == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
