using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// Every page each role can open, checked with axe-core against WCAG 2.1 A and AA: one heading level 1 and no serious or
/// critical violation. Case pages are checked on each of their tabs. Each role signs in once and walks its pages; the
/// failure lists every page that fails, not just the first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture app)
{
    [Fact]
    public async Task TheSecretariatsPages_MeetWcag21AA()
    {
        var ids = await app.QueryAsync(async db => new
        {
            Request = await db.SupportRequests.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
            Briefing = await db.PolicyBriefings.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(),
            Taskforce = await db.Taskforces.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(),
            Roundtable = await db.Roundtables.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
        });

        await SweepAsync("secretariat@demo.stemcoalition.eu", "/",
        [
            "/", "/requests", "/requests/new", $"/requests/{ids.Request}", "/briefings", $"/briefings/{ids.Briefing}",
            "/taskforces", $"/taskforces/{ids.Taskforce}", "/roundtables", $"/roundtables/{ids.Roundtable}", "/meetings", "/action-items",
            "/experts", "/practices", "/reports", "/admin/users", "/admin/organisations", "/admin/themes", "/admin/countries", "/admin/practices",
        ]);
    }

    [Fact]
    public async Task TheContactsAndExpertsPages_MeetWcag21AA()
    {
        await SweepAsync("contact.es@demo.stemcoalition.eu", "/portal", ["/portal"]);
        await SweepAsync("expert.nl@demo.stemcoalition.eu", "/my", ["/my"]);
    }

    [Fact]
    public async Task ThePublicPages_MeetWcag21AA()
    {
        var listed = await app.QueryAsync(db => db.Taskforces.Where(t => t.IsListedPublicly).Select(t => t.Id).FirstAsync());
        await SweepAsync(null, null, ["/account/login", "/ongoing-taskforces", $"/ongoing-taskforces/{listed}"]);
    }

    private async Task SweepAsync(string? email, string? home, IReadOnlyList<string> paths)
    {
        var page = await app.NewPageAsync();
        var failures = new List<string>();
        await page.RunAsync($"axe-sweep-{email?.Split('@')[0] ?? "anonymous"}", async () =>
        {
            if (email is not null)
            {
                await page.SignInAsync(email, home!);
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                if (email is not null)
                {
                    await page.WaitForCircuitAsync();
                }

                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
                await CheckAsync(page, path, failures);

                var tabs = page.GetByRole(AriaRole.Tab);
                for (var i = 1; i < await tabs.CountAsync(); i++)
                {
                    var tab = tabs.Nth(i);
                    var name = (await tab.InnerTextAsync()).Trim();
                    await tab.ClickAsync();
                    await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
                    await CheckAsync(page, $"{path} ({name} tab)", failures);
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        });
    }

    private static async Task CheckAsync(IPage page, string where, List<string> failures)
    {
        foreach (var violation in await page.SeriousViolationsAsync())
        {
            failures.Add($"{where}: {violation}");
        }
    }
}
