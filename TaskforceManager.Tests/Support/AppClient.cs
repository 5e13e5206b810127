using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TaskforceManager.Tests.Support;

/// <summary>
/// A browser-like HTTP client for the server-rendered pages: its own cookie jar, no automatic redirects, and forms
/// posted the way the browser would (the form's hidden fields, including the antiforgery token, plus the typed fields).
/// </summary>
public sealed class AppClient : IDisposable
{
    /// <summary>The name of the sign-in cookie (IdentitySetup).</summary>
    public const string AuthCookieName = "TaskforceManager.Auth";

    private readonly HttpClient _http;

    public AppClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    public bool HasAuthCookie => Cookies.GetCookies(BaseAddress).Any(c => c.Name == AuthCookieName && !c.Expired && c.Value.Length > 0);

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<HtmlPage> GetPageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>
    /// GETs <paramref name="path"/>, finds the form whose hidden <c>_handler</c> is <paramref name="formName"/>, and posts it
    /// back to the same address with its hidden fields and <paramref name="fields"/>. The response is returned unread.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetPageAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} returned {(int)page.StatusCode}, not the page with form '{formName}'.");
        }

        var values = page.HiddenFieldsOf(formName);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await _http.PostAsync(path, content);
    }

    /// <summary>Signs in through the real sign-in page; returns the response to the POST (302 on success, 200 with a message otherwise).</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null, bool remember = false)
    {
        var path = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return SubmitFormAsync(path, "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = remember ? "true" : "false",
        });
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A server-rendered page: status, headers and its parsed HTML (entities such as <c>&amp;#xFC;</c> decoded by the parser).</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(HttpStatusCode statusCode, string? cacheControl, string html, IDocument document)
    {
        StatusCode = statusCode;
        CacheControl = cacheControl;
        Html = html;
        Document = document;
    }

    public HttpStatusCode StatusCode { get; }
    public string? CacheControl { get; }

    /// <summary>The raw HTML as sent (non-ASCII encoded as entities; decode before comparing text).</summary>
    public string Html { get; }

    public IDocument Document { get; }

    /// <summary>The text of the page's body, white space collapsed; the HTML parser has already decoded the entities.</summary>
    public string Text => Collapse(Document.Body?.TextContent ?? string.Empty);

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var cacheControl = response.Headers.CacheControl?.ToString();
        return new HtmlPage(response.StatusCode, cacheControl, html, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>The element with <c>data-testid="<paramref name="testId"/>"</c>, if any.</summary>
    public IElement? ByTestId(string testId) => Document.QuerySelector($"[data-testid='{testId}']");

    /// <summary>The decoded, collapsed text of the element with that test id, or null when there is none.</summary>
    public string? TextOf(string testId) => ByTestId(testId) is { } element ? Collapse(element.TextContent) : null;

    /// <summary>The hidden inputs of the form posted under <paramref name="formName"/> (Blazor's <c>_handler</c> field).</summary>
    public Dictionary<string, string> HiddenFieldsOf(string formName)
    {
        var form = Document.QuerySelectorAll("form")
            .SingleOrDefault(f => f.QuerySelector("input[name='_handler']")?.GetAttribute("value") == formName)
            ?? throw new InvalidOperationException($"The page has no form named '{formName}'.");
        return form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is { Length: > 0 })
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
