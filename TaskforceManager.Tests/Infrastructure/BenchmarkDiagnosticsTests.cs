using System.Net;
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
}
