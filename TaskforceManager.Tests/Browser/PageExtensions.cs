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
        await page.WaitForAddressAsync(AddressWithPath(expectedPath));
        await page.WaitForCircuitAsync();
    }

    /// <summary>
    /// Waits until the page's address matches, by polling the address. Not <c>WaitForURLAsync</c>: the app's links and
    /// redirects change the address inside the page (Blazor's router), and a wait that starts after such a change has
    /// already happened waits for a load event that does not come (playwright-dotnet#3365), which hung journeys whose
    /// server answered quickly. A busy machine gets a minute.
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 60_000 });

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
        catch (Exception failure)
        {
            var folder = Path.Combine(SolutionFolder(), "test-results");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.html"), await page.ContentAsync());
            throw new BrowserTestFailure(failure, page.Url, await MessagesShownAsync(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// What the page says to its user at the moment of a failure: alerts, field messages and notifications. A failure on
    /// a machine whose screenshots are out of reach (CI) then still says whether the app refused something, and why.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MessagesShownAsync(IPage page)
    {
        var texts = await page.Locator("[role=alert], [role=status], .mud-input-helper-text.mud-input-error, .mud-snackbar")
            .EvaluateAllAsync<string[]>("nodes => nodes.filter(n => n.checkVisibility()).map(n => n.innerText.trim()).filter(t => t.length > 0)");
        return texts.Distinct().ToList();
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

/// <summary>A browser test's failure, with the address the page was at and the messages it showed then.</summary>
public sealed class BrowserTestFailure(Exception failure, string address, IReadOnlyList<string> messages)
    : Exception(Describe(failure, address, messages), failure)
{
    private static string Describe(Exception failure, string address, IReadOnlyList<string> messages) =>
        $"{failure.Message}{Environment.NewLine}The page was at {address}; it showed "
        + (messages.Count == 0 ? "no alert or field message." : $"these messages: {string.Join(" | ", messages)}");
}
