using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Tests.Features.Access;
using TaskforceManager.Tests.Features.Reports;

namespace TaskforceManager.Tests.Features.Portal;

/// <summary>Documents over real HTTP: served to the case's own country, "not found" for another country's contact.</summary>
public sealed class PortalDocumentEndpointTests(ReportsApp app) : IClassFixture<ReportsApp>
{
    [Fact]
    public async Task ADocumentOnTheInnoBasqueTaskforce_IsServedToSpain_AndNotFoundForNorway()
    {
        var id = await StoreOnInnoBasqueAsync();

        using var spain = await app.SignedInAsync(DemoAccounts.ContactSpain);
        using var served = await spain.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(AccessScenario.Pdf, await served.Content.ReadAsByteArrayAsync());

        using var norway = await app.SignedInAsync(DemoAccounts.ContactNorway);
        using var refused = await norway.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("%PDF", await refused.Content.ReadAsStringAsync());
    }

    /// <summary>Stores a document as the upload would: a row and its bytes under the app's storage root.</summary>
    private async Task<Guid> StoreOnInnoBasqueAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var storage = scope.ServiceProvider.GetRequiredService<IOptions<AttachmentStorageOptions>>().Value;
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        return await app.QueryAsync(async db =>
        {
            var innoBasque = await db.Taskforces.Where(t => t.Title.Contains("InnoBasque")).Select(t => t.Id).FirstAsync();
            var attachment = Attachment.Accept(CaseSubject.Taskforce, innoBasque, "plan.pdf", AccessScenario.Pdf.Length, AccessScenario.Pdf, "00",
                new Actor("test", "Test"), DateTimeOffset.UtcNow);
            var root = Path.IsPathRooted(storage.Root) ? storage.Root : Path.Combine(environment.ContentRootPath, storage.Root);
            var path = Path.Combine(root, attachment.StorageKey);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, AccessScenario.Pdf);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });
    }
}
