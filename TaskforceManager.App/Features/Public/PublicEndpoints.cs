using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace TaskforceManager.App.Features.Public;

/// <summary>The public feed the coalition's website embeds: JSON and Atom, anonymous, briefly cached.</summary>
public static class PublicEndpoints
{
    /// <summary>The JSON item: stable field names, ISO dates and ISO country codes.</summary>
    public sealed record TaskforceItem(int Id, string Title, string Country, string CountryName, string? Region, string HostOrganisation,
        string? StartDate, string Summary, string Url);

    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/public").AllowAnonymous();
        group.MapGet("/taskforces", async (PublicTaskforceService service, HttpContext http, CancellationToken ct) =>
        {
            SetCaching(http);
            var baseUrl = BaseUrl(http);
            return Results.Ok((await service.OngoingAsync(ct)).Select(t => new TaskforceItem(
                t.Id, t.Title, t.Country, t.CountryName, t.Region, t.HostOrganisation,
                t.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Summary, $"{baseUrl}/ongoing-taskforces/{t.Id}")));
        });
        group.MapGet("/taskforces.atom", async (PublicTaskforceService service, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            SetCaching(http);
            var baseUrl = BaseUrl(http);
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var items = await service.OngoingAsync(ct);
            var feed = new XElement(atom + "feed",
                new XElement(atom + "title", "EU STEM Coalition: ongoing taskforces"),
                new XElement(atom + "id", $"{baseUrl}/ongoing-taskforces"),
                new XElement(atom + "updated", clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{baseUrl}/api/public/taskforces.atom")),
                items.Select(t => new XElement(atom + "entry",
                    new XElement(atom + "title", t.Title),
                    new XElement(atom + "id", $"{baseUrl}/ongoing-taskforces/{t.Id}"),
                    new XElement(atom + "link", new XAttribute("href", $"{baseUrl}/ongoing-taskforces/{t.Id}")),
                    new XElement(atom + "updated", (t.StartDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                        .ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                    new XElement(atom + "author", new XElement(atom + "name", t.HostOrganisation)),
                    new XElement(atom + "summary", $"{t.CountryName}{(t.Region is null ? "" : $" ({t.Region})")}: {t.Summary}"))));
            return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString(), "application/atom+xml", Encoding.UTF8);
        });
        return endpoints;
    }

    private static void SetCaching(HttpContext http) =>
        http.Response.Headers.CacheControl = $"public, max-age={(int)PublicTaskforceService.CacheFor.TotalSeconds}";

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
