using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a random port, a fresh SQLite file and the demo data, driven by Debian's
/// Chromium through Playwright. One app and one browser serve every browser test; each test gets its own context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private AppFactory? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;
    public IBrowser Browser { get; private set; } = default!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _app = new AppFactory(seedDemoData: true);
        BaseUrl = _app.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Reads the app's database directly: for choosing the records a test opens and checking what it saved.</summary>
    public async Task<T> QueryAsync<T>(Func<App.Data.AppDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<App.Data.AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>A fresh browser context (its own cookies) and page, with generous but finite waits.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "en-GB", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
