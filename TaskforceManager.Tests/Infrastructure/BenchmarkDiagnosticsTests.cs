using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Infrastructure;

public sealed class BenchmarkDiagnosticsTests
{
    [Fact]
    public async Task MemoryEndpoint_IsNotMappedByDefault()
    {
        await using var factory = new AppFactory(seedDemoData: false);
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var response = await client.GetAsync(BenchmarkDiagnostics.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MemoryEndpoint_WhenSwitchedOn_ReportsTheProcessAndNoOpenCircuits()
    {
        await using var factory = new DiagnosticsOn();
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var doc = JsonDocument.Parse(await client.GetStringAsync(BenchmarkDiagnostics.Path));

        var root = doc.RootElement;
        Assert.Equal(Environment.ProcessId, root.GetProperty("processId").GetInt32());
        Assert.Equal(0, root.GetProperty("openCircuits").GetInt32());
        Assert.True(root.GetProperty("managedBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("decommittedWorkingSetBytes").GetInt64() > 0);
    }

    private sealed class DiagnosticsOn() : AppFactory(seedDemoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(BenchmarkDiagnostics.FlagName, "true");
        }
    }
}
