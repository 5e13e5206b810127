using TaskforceManager.App.Features.Common;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MarkdownTextTests
{
    [Fact]
    public void ScriptRawHtmlAndJavascriptLinks_RenderInert()
    {
        const string markdown = "# Minutes\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click me](javascript:alert(1)) and [site](https://stemcoalition.eu)\n\n<a href=\"javascript:alert(2)\">raw</a>";

        var html = MarkdownText.ToSafeHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<a[^>]*javascript", html);
        Assert.DoesNotMatch("<[a-z]+[^>]*onerror", html);
        Assert.Contains("<h1", html);
        Assert.Contains("href=\"https://stemcoalition.eu\"", html);
    }
}
