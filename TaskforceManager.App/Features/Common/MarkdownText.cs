using Ganss.Xss;
using Markdig;

namespace TaskforceManager.App.Features.Common;

/// <summary>
/// Turns user-written Markdown into HTML that is safe to put on a page: Markdig escapes raw HTML, and the sanitizer
/// then removes anything still able to run (script, event handlers, javascript: and other non-web links).
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
