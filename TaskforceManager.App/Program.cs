using MudBlazor.Services;
using TaskforceManager.App.Components;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Features.Portal;
using TaskforceManager.App.Features.Public;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddBenchmarkDiagnostics(builder.Configuration);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTaskforceData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddTaskforceIdentity();
builder.Services.AddTaskforceFeatures(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseNoStoreForSignedInUsers();
app.UseFrameAncestorsSelf();
app.UseAntiforgery();

app.MapStaticAssets();
// The circuit's WebSocket is not compressed: a compressor keeps about 400 KB of native buffers for every open page
// (measured with ./bench.sh, docs/benchmarks.md), far more than the page itself, while the secretariat's few users are
// on ordinary office connections. Without compression Blazor leaves the frame-ancestors policy to the app (above).
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
app.MapPublicEndpoints();
app.MapReportEndpoints();
app.MapPortalEndpoints();
app.MapBenchmarkDiagnostics();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

await app.RunAsync();

/// <summary>The app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
