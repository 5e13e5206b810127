using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

/// <summary>What the secretariat types in when it records a request on a requester's behalf.</summary>
public sealed class IntakeForm
{
    public string Title { get; set; } = string.Empty;
    public string? CountryCode { get; set; }
    public int? RegionId { get; set; }
    public string RequestingOrganisation { get; set; } = string.Empty;
    public string ContactName { get; set; } = string.Empty;
    public string ContactEmail { get; set; } = string.Empty;
    public IReadOnlyCollection<string> ThemeCodes { get; set; } = [];
    public string Challenge { get; set; } = string.Empty;
    public HopedInstrument? HopedInstrument { get; set; }
    public Urgency Urgency { get; set; } = Urgency.Normal;

    public SupportRequestDetails ToDetails() => new(
        Trimmed(Title), CountryCode ?? string.Empty, RegionId, Trimmed(RequestingOrganisation), Trimmed(ContactName), Trimmed(ContactEmail),
        (ThemeCodes ?? []).ToList(), Trimmed(Challenge), HopedInstrument ?? Domain.Requests.HopedInstrument.NotSure, Urgency);

    // Inputs bound to a form can hand back null for a cleared field, whatever the declared type says.
    private static string Trimmed(string? value) => value?.Trim() ?? string.Empty;
}

public sealed record RegionChoice(int Id, string CountryCode, string Name);

/// <summary>The reference data a request may use: countries, their regions and themes that are not archived.</summary>
public sealed record IntakeOptions(IReadOnlyList<RequestChoice> Countries, IReadOnlyList<RegionChoice> Regions, IReadOnlyList<RequestChoice> Themes)
{
    public IEnumerable<RegionChoice> RegionsOf(string? countryCode) => Regions.Where(r => r.CountryCode == countryCode);
}
