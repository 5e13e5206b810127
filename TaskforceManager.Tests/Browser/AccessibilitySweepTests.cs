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
            PublishedMeeting = await db.Meetings.Where(m => m.OutcomeStatus == TaskforceManager.Domain.Meetings.OutcomeStatus.Published)
                .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
            UpcomingMeeting = await db.Meetings.Where(m => m.OutcomeStatus == TaskforceManager.Domain.Meetings.OutcomeStatus.NotLogged)
                .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
        });

        await SweepAsync("secretariat@demo.stemcoalition.eu", "/",
        [
            "/", "/requests", "/requests/new", $"/requests/{ids.Request}", "/briefings", $"/briefings/{ids.Briefing}",
            "/taskforces", $"/taskforces/{ids.Taskforce}", "/roundtables", $"/roundtables/{ids.Roundtable}", "/meetings", "/action-items",
            $"/meetings/{ids.PublishedMeeting}", $"/meetings/{ids.UpcomingMeeting}", $"/meetings/new?taskforce={ids.Taskforce}",
            $"/meetings/{ids.UpcomingMeeting}/reschedule",
            "/experts", "/practices", "/reports", "/admin/users", "/admin/organisations", "/admin/themes", "/admin/countries", "/admin/practices",
        ]);
    }

    [Fact]
    public async Task TheContactsAndExpertsPages_MeetWcag21AA()
    {
        var meeting = await app.QueryAsync(db => db.Meetings
            .Where(m => m.OutcomeStatus == TaskforceManager.Domain.Meetings.OutcomeStatus.Published && m.Title.Contains("Jet-Net"))
            .Select(m => m.Id).FirstAsync());
        await SweepAsync("contact.es@demo.stemcoalition.eu", "/portal", ["/portal", "/portal/requests/new", "/reports", $"/meetings/{meeting}"]);
        await SweepAsync("expert.nl@demo.stemcoalition.eu", "/my", ["/my", $"/meetings/{meeting}"]);
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
                await CheckStructureAsync(page, path, failures);
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

    /// <summary>
    /// What axe does not judge on its own: the page's title names the page (not only the product), the document's
    /// language is set, and a skip link leads to the main content.
    /// </summary>
    private static async Task CheckStructureAsync(IPage page, string where, List<string> failures)
    {
        var title = await page.TitleAsync();
        var named = title.Split(" · ")[0].Trim();
        if (!title.Contains(" · ", StringComparison.Ordinal) || named.Length == 0 || named is "TaskforceManager" or "EU STEM Coalition")
        {
            failures.Add($"{where}: the title \"{title}\" does not name the page");
        }

        if (await page.Locator("html").GetAttributeAsync("lang") is not { Length: > 0 })
        {
            failures.Add($"{where}: the document has no language");
        }

        var skip = page.Locator("a.skip-link, a.account-skip-link").First;
        if (await page.Locator("a.skip-link, a.account-skip-link").CountAsync() == 0 ||
            await skip.GetAttributeAsync("href") is not { } href || !href.Contains("#", StringComparison.Ordinal))
        {
            failures.Add($"{where}: no skip link to the main content");
        }
    }

    private static async Task CheckAsync(IPage page, string where, List<string> failures)
    {
        foreach (var violation in await page.SeriousViolationsAsync())
        {
            failures.Add($"{where}: {violation}");
        }
    }
}
