using AngleSharp.Dom;

namespace TaskforceManager.Tests.Components;

/// <summary>What assistive technology reads for an element, approximated for the markup the app renders.</summary>
internal static class Accessibility
{
    /// <summary>aria-label if present, otherwise the element's text without the parts hidden from assistive technology.</summary>
    public static string AccessibleName(this IElement element)
    {
        var label = element.GetAttribute("aria-label");
        return !string.IsNullOrWhiteSpace(label) ? label.Trim() : Normalise(ReadableText(element));
    }

    private static string ReadableText(INode node) => node switch
    {
        IElement e when e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden") => string.Empty,
        IElement e => string.Concat(e.ChildNodes.Select(ReadableText)),
        IText t => t.Data,
        _ => string.Empty,
    };

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
