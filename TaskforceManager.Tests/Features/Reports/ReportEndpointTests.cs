using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>The real app with the demo data, shared by the download tests (starting it takes a few seconds).</summary>
public sealed class ReportsApp : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<AppClient> SignedInAsync(string email)
    {
        var client = Factory.CreateHttpClient();
        using var response = await client.SignInAsync(email, DemoAccounts.DemoPassword);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.True(client.HasAuthCookie);
        return client;
    }
}

/// <summary>Downloads over real HTTP: content types, file names, and the same access checks as on screen.</summary>
public sealed class ReportEndpointTests(ReportsApp app) : IClassFixture<ReportsApp>
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_secretariat_downloads_a_taskforce_progress_report_as_a_word_document()
    {
        var innoBasque = await InnoBasqueIdAsync();
        using var client = await app.SignedInAsync(DemoAccounts.Secretariat);

        using var response = await client.GetAsync($"/api/reports/taskforce-progress/docx?id={innoBasque}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"taskforce-innobasque-steam-strategy-for-the-basque-progress-{Today}.docx", FileName(response));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx));
        Assert.Contains(docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>(),
            p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText == "Timeline of meetings");
    }

    [Fact]
    public async Task The_pipeline_comes_as_a_workbook_and_its_tables_as_csv()
    {
        using var client = await app.SignedInAsync(DemoAccounts.Secretariat);

        using var xlsx = await client.GetAsync("/api/reports/pipeline/xlsx?from=2018-01-01&to=2026-12-31");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"pipeline-2018-01-01-to-2026-12-31-report-{Today}.xlsx", FileName(xlsx));
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Requests received in the period", sheets);

        using var csv = await client.GetAsync("/api/reports/pipeline/csv?from=2018-01-01&to=2026-12-31&table=requests");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"pipeline-2018-01-01-to-2026-12-31-requests-{Today}.csv", FileName(csv));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Reference,Title,Country,Themes,Urgency,Status,Received,Acknowledged,Decided,Accepted as\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_basque_contact_downloads_their_countrys_overview()
    {
        using var client = await app.SignedInAsync(DemoAccounts.ContactSpain);

        using var response = await client.GetAsync("/api/reports/country-overview/docx?country=ES");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"country-basque-country-spain-overview-{Today}.docx", FileName(response));
    }

    [Fact]
    public async Task A_contact_asking_for_another_country_is_refused_and_the_refusal_audited()
    {
        var norwegianTaskforce = await app.QueryAsync(db => db.Taskforces.Where(t => t.CountryCode == "NO").Select(t => t.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
        using var client = await app.SignedInAsync(DemoAccounts.ContactSpain);

        using var overview = await client.GetAsync("/api/reports/country-overview/docx?country=NO");
        using var progress = await client.GetAsync($"/api/reports/taskforce-progress/docx?id={norwegianTaskforce}");
        using var pipeline = await client.GetAsync("/api/reports/pipeline/xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, overview.StatusCode);
        Assert.Contains("your own country", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pipeline.StatusCode);
        var refused = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Id > before && a.Field == "AccessRefused").Select(a => a.EntityKey).ToListAsync());
        Assert.Contains("Country/NO", refused);
        Assert.Contains($"Taskforce/{norwegianTaskforce}", refused);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_no_report_and_unknown_reports_are_not_found()
    {
        using var anonymous = app.Factory.CreateHttpClient();
        using var refused = await anonymous.GetAsync("/api/reports/country-overview/docx?country=ES");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var client = await app.SignedInAsync(DemoAccounts.Secretariat);
        using var unknown = await client.GetAsync("/api/reports/annual/docx");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var noSubject = await client.GetAsync("/api/reports/taskforce-progress/docx");
        Assert.Equal(HttpStatusCode.BadRequest, noSubject.StatusCode);
    }

    private Task<int> InnoBasqueIdAsync() =>
        app.QueryAsync(db => db.Taskforces.Where(t => t.Title.StartsWith("InnoBasque")).Select(t => t.Id).SingleAsync());

    private static string? FileName(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        return disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
    }
}
