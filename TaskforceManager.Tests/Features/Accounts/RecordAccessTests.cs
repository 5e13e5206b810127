using System.Net;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>A member-state contact who changes the id in the address sees "not found" for another country's taskforce.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class RecordAccessTests(AccountsApp app)
{
    [Fact]
    public async Task The_Basque_contact_sees_their_own_taskforce_and_not_found_for_every_other()
    {
        var contact = await app.FindUserAsync(DemoAccounts.ContactSpain);
        var own = await app.QueryAsync(db => db.Taskforces.Where(t => t.Title.Contains("InnoBasque"))
            .Select(t => new { t.Id, t.Title, t.CountryCode, t.RegionId }).SingleAsync());
        Assert.Equal(("ES", contact.RegionId), (own.CountryCode, own.RegionId));
        var others = await app.QueryAsync(db => db.Taskforces
            .Where(t => !(t.CountryCode == "ES" && t.RegionId == contact.RegionId))
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync());
        Assert.NotEmpty(others);
        using var client = app.CreateClient();
        using (var signIn = await client.SignInAsync(DemoAccounts.ContactSpain, DemoAccounts.DemoPassword))
        {
            Assert.Equal("/portal", Responses.LocalRedirect(signIn, client.BaseAddress));
        }

        var lastAudit = await app.LastAuditIdAsync();
        var ownPage = await client.GetPageAsync($"/taskforces/{own.Id}");
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Null(ownPage.ByTestId("not-found"));
        Assert.Equal(own.Title, ownPage.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Empty(await app.SecurityEventsAsync($"Taskforce/{own.Id}", lastAudit));

        foreach (var other in others)
        {
            var page = await client.GetPageAsync($"/taskforces/{other.Id}");
            Assert.Equal("Not found", page.TextOf("not-found"));
            Assert.DoesNotContain(other.Title, page.Text);

            var refusal = Assert.Single(await app.SecurityEventsAsync($"Taskforce/{other.Id}", lastAudit));
            Assert.Equal("AccessRefused", refusal.Field);
            Assert.Equal(contact.Id, refusal.UserId);
        }
    }

    [Fact]
    public async Task Not_found_for_a_foreign_taskforce_looks_the_same_as_for_one_that_does_not_exist()
    {
        var foreign = await app.QueryAsync(db => db.Taskforces.Where(t => t.CountryCode != "ES").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var missing = await app.QueryAsync(db => db.Taskforces.MaxAsync(t => t.Id)) + 1000;
        using var client = app.CreateClient();
        using (var signIn = await client.SignInAsync(DemoAccounts.ContactSpain, DemoAccounts.DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        var foreignPage = await client.GetPageAsync($"/taskforces/{foreign}");
        var missingPage = await client.GetPageAsync($"/taskforces/{missing}");

        Assert.Equal(missingPage.StatusCode, foreignPage.StatusCode);
        Assert.Equal(missingPage.TextOf("not-found"), foreignPage.TextOf("not-found"));
        Assert.Equal("Not found", foreignPage.TextOf("not-found"));
        Assert.Equal(MainText(missingPage), MainText(foreignPage));
    }

    private static string MainText(HtmlPage page) => Assert.IsType<string>(page.Document.QuerySelector("main")?.TextContent.Trim());
}
