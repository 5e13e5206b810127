using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>What a user does on a MudBlazor page, in bUnit: type into a field, pick from a list, read a field's message.</summary>
public static class UserSteps
{
    /// <summary>Types into a text field (they are <c>Immediate</c>, so each input event is the user's typing).</summary>
    public static async Task TypeAsync<T>(this IRenderedComponent<T> cut, string testId, string text) where T : IComponent
    {
        await cut.Find($"[data-testid='{testId}']").InputAsync(new ChangeEventArgs { Value = text });
        await cut.Find($"[data-testid='{testId}']").BlurAsync(new FocusEventArgs());
    }

    /// <summary>Opens a select and clicks the option with this text; the options live in the popover provider.</summary>
    public static async Task ChooseAsync<T>(this IRenderedComponent<T> cut, IRenderedComponent<MudPopoverProvider> popovers, string testId, string option)
        where T : IComponent
    {
        var control = cut.Find($"[data-testid='{testId}']").Closest(".mud-input-control")!;
        await control.MouseDownAsync(new MouseEventArgs());
        IElement? item = null;
        popovers.WaitForAssertion(() => item = Assert.Single(
            popovers.FindAll(".mud-popover-open [role=option]"), o => o.TextContent.Trim() == option));
        await item!.ClickAsync(new MouseEventArgs());
    }

    /// <summary>Closes any open select, as a click elsewhere on the page does.</summary>
    public static async Task CloseOpenListsAsync(this IRenderedComponent<MudPopoverProvider> popovers)
    {
        foreach (var overlay in popovers.FindAll(".mud-overlay"))
        {
            await overlay.ClickAsync(new MouseEventArgs());
        }
    }

    /// <summary>Ticks the checkbox whose label reads <paramref name="label"/>.</summary>
    public static async Task TickAsync<T>(this IRenderedComponent<T> cut, string label) where T : IComponent
    {
        var box = Assert.Single(cut.FindAll("label"), l => l.TextContent.Trim() == label).QuerySelector("input[type=checkbox]")!;
        await box.ChangeAsync(new ChangeEventArgs { Value = true });
    }

    /// <summary>The checkbox a screen reader names <paramref name="name"/> (through <c>aria-labelledby</c> or <c>aria-label</c>).</summary>
    public static IElement CheckboxNamed<T>(this IRenderedComponent<T> cut, string name) where T : IComponent =>
        Assert.Single(cut.FindAll("input[type=checkbox]"), box =>
            box.GetAttribute("aria-label") == name ||
            (box.GetAttribute("aria-labelledby") is { } id && cut.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim() == name));

    /// <summary>The message a screen reader announces for a field: the text its <c>aria-describedby</c> points at, when it is marked invalid.</summary>
    public static string? ErrorOf<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent
    {
        var field = cut.Find($"[data-testid='{testId}']");
        if (field.GetAttribute("aria-invalid") != "true")
        {
            return null;
        }

        var id = field.GetAttribute("aria-describedby");
        return id is null ? null : cut.Find($"[id='{id}']").TextContent.Trim();
    }
}
