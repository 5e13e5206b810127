using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Data;
using TaskforceManager.Domain.Taskforces;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Public;

/// <summary>The public overview and its feed, over real HTTP against the app with the demo data, as an anonymous visitor.</summary>
public sealed class PublicOverviewTests(PublicOverviewTests.App app) : IClassFixture<PublicOverviewTests.App>
{
    public sealed class App : AppFactory;

    private static readonly string[] PublicFields = ["id", "title", "country", "countryName", "region", "hostOrganisation", "startDate", "summary", "url"];

    [Fact]
    public async Task Json_ListsExactlyTheListedActiveTaskforces_NewestFirst_WithOnlyPublicFields()
    {
        using var client = app.CreateHttpClient();
        using var response = await client.GetAsync("/api/public/taskforces");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=60", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();

        var expected = await ListedActiveAsync();
        Assert.Equal(expected.Select(t => t.Id), items.Select(i => i.GetProperty("id").GetInt32()));
        Assert.All(items, i => Assert.Equal(PublicFields.Order(), i.EnumerateObject().Select(p => p.Name).Order()));
        var basque = Assert.Single(items, i => i.GetProperty("title").GetString()!.Contains("InnoBasque", StringComparison.Ordinal));
        Assert.Equal("ES", basque.GetProperty("country").GetString());
        Assert.Equal("Basque Country", basque.GetProperty("region").GetString());
        Assert.Equal("2018-02-07", basque.GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task Json_NeverCarriesAPrivateField()
    {
        using var client = app.CreateHttpClient();
        using var response = await client.GetAsync("/api/public/taskforces");
        var body = await response.Content.ReadAsStringAsync();

        await using var db = await DbAsync();
        var notes = await db.Taskforces.Where(t => t.InternalNotes != null).Select(t => t.InternalNotes!).ToListAsync();
        Assert.All(notes, n => Assert.DoesNotContain(n, body));
        Assert.DoesNotContain("internalNotes", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@demo.stemcoalition.eu", body);
    }

    [Fact]
    public async Task AtomFeed_HasAnEntryPerListedTaskforce()
    {
        using var client = app.CreateHttpClient();
        using var response = await client.GetAsync("/api/public/taskforces.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal((await ListedActiveAsync()).Count, feed.Root!.Elements(atom + "entry").Count());
    }

    [Fact]
    public async Task PublicPage_ShowsTheTable_AndADetailPage_WithoutSigningIn()
    {
        using var client = app.CreateHttpClient();
        var list = await client.GetPageAsync("/ongoing-taskforces");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("InnoBasque", list.Text);

        var basque = (await ListedActiveAsync()).Single(t => t.Title.Contains("InnoBasque", StringComparison.Ordinal));
        var detail = await client.GetPageAsync($"/ongoing-taskforces/{basque.Id}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Basque Country", detail.Text);
    }

    [Fact]
    public async Task APage_ForATaskforceThatIsNotListed_ReadsNotFound()
    {
        await using var db = await DbAsync();
        var hidden = await db.Taskforces.Where(t => !t.IsListedPublicly).Select(t => t.Id).FirstAsync();
        using var client = app.CreateHttpClient();

        var page = await client.GetPageAsync($"/ongoing-taskforces/{hidden}");

        Assert.Contains("There is no ongoing taskforce at this address.", page.Text);
    }

    private async Task<List<Taskforce>> ListedActiveAsync()
    {
        await using var db = await DbAsync();
        return (await db.Taskforces.AsNoTracking().Where(t => t.IsListedPublicly && t.Status == TaskforceStatus.Active).ToListAsync())
            .OrderByDescending(t => t.StartDate).ToList();
    }

    private async Task<AppDbContext> DbAsync()
    {
        app.Start();
        return await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }
}
