namespace TaskforceManager.App.Infrastructure;

public static class FrameAncestorsMiddleware
{
    /// <summary>
    /// Every response says that only the app itself may frame it (<c>Content-Security-Policy: frame-ancestors 'self'</c>),
    /// so no other site can overlay its pages to trick a click. Blazor sends this header itself only while it compresses
    /// the circuit's WebSocket, which the app turns off (see Program.cs).
    /// </summary>
    public const string Policy = "frame-ancestors 'self'";

    public static IApplicationBuilder UseFrameAncestorsSelf(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                return Task.CompletedTask;
            });
            await next();
        });
}
