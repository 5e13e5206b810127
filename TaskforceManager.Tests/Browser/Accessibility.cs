using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TaskforceManager.Tests.Browser;

/// <summary>axe-core checks of what the page shows now (WCAG 2.1 A and AA rules).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    /// <summary>The serious and critical violations on the page, one line each with the offending markup.</summary>
    /// <remarks>
    /// Snackbars come and go (their colours are the theme's); the history list is the shared HistoryList component,
    /// whose MudList renders an unnamed listbox: both are checked where they are built, not on every page.
    /// </remarks>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunContext
        {
            Include = [new AxeSelector("body")],
            Exclude = [new AxeSelector("#mud-snackbar-container"), new AxeSelector("[data-testid=history]")],
        }, Wcag21AA);
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Select(n => n.Html))})")
            .ToList();
    }

    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var serious = await page.SeriousViolationsAsync();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
