using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TaskforceManager.Tests.Browser;

public static class PageExtensions
{
    public const string DemoPassword = "Demo-Taskforce-2026";

    /// <summary>Signs in through the real sign-in page and waits for the role's home to be interactive.</summary>
    public static async Task SignInAsync(this IPage page, string email, string expectedPath)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The address is polled, not waited for as a navigation: WaitForURL with WaitUntil=Commit on an address that
        // already matches waits for a "commit" load state that never comes, which hung a fast sign-in for the whole
        // timeout. The circuit wait below is the real condition; a busy machine gets the same minute for both.
        await Assertions.Expect(page).ToHaveURLAsync(AddressWithPath(expectedPath), new() { Timeout = 60_000 });
        await page.WaitForCircuitAsync();
    }

    /// <summary>Any address on the test server whose path is <paramref name="path"/>, with or without a query or fragment.</summary>
    public static Regex AddressWithPath(string path) => new($"^https?://[^/]+{Regex.Escape(path)}([?#].*)?$");

    /// <summary>Waits until the page's Blazor circuit is live, so clicks reach the server.</summary>
    /// <remarks>On a loaded 2-core machine the first circuit can take a while; the wait ends as soon as it is live.</remarks>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-testid=circuit][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>
    /// Runs a browser test body; when it fails, keeps a screenshot and the page's HTML under test-results/ for the
    /// person reading the failure, then lets the failure through unchanged.
    /// </summary>
    public static async Task RunAsync(this IPage page, string name, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            var folder = Path.Combine(SolutionFolder(), "test-results");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.html"), await page.ContentAsync());
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public static string SolutionFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TaskforceManager.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
