using BareTemplate.Components;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

// Configure the HTTP request pipeline.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    // The default HSTS value is 30 days. You may want to change this for production scenarios, see https://aka.ms/aspnetcore-hsts.
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseHttpsRedirection();

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

// Added for ./bench.sh, as in TaskforceManager.App: a forced GC and the working set, only when Benchmark:Diagnostics is true.
if (app.Configuration.GetValue("Benchmark:Diagnostics", false))
{
    app.MapGet("/_benchmark/memory", () =>
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return Results.Ok(new { workingSetBytes = process.WorkingSet64, managedBytes = GC.GetTotalMemory(false) });
    });
}

app.Run();
