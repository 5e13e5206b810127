using BareTemplate.Components;

var builder = WebApplication.CreateBuilder(args);

// Add services to the container.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddSingleton<OpenCircuits>();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, OpenCircuitsHandler>();

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
    app.MapGet("/_benchmark/memory", (OpenCircuits circuits) =>
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var workingSet = WorkingSet();
        // The same again after a GC that also hands its free memory back to the system, so the figure counts what is
        // held rather than what the collector keeps in reserve.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Results.Ok(new
        {
            workingSetBytes = workingSet,
            decommittedWorkingSetBytes = WorkingSet(),
            managedBytes = GC.GetTotalMemory(false),
            processId = Environment.ProcessId,
            openCircuits = circuits.Count,
        });
    });
}

app.Run();

static long WorkingSet()
{
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    return process.WorkingSet64;
}

// Added for ./bench.sh: the open circuits, counted as in TaskforceManager.App.
internal sealed class OpenCircuits
{
    public int Count;
}

internal sealed class OpenCircuitsHandler(OpenCircuits open) : Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open.Count);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref open.Count);
        return Task.CompletedTask;
    }
}
