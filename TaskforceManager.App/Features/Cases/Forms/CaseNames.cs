namespace TaskforceManager.App.Features.Cases;

/// <summary>Names for the codes a form holds (countries, regions, themes), so a comparison reads in words.</summary>
public sealed record CaseNames(IReadOnlyList<CountryOption> Countries, IReadOnlyList<ThemeOption> Themes)
{
    public static CaseNames Empty { get; } = new([], []);

    public string? Country(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Countries.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public string? Region(int? id) =>
        id is null ? null : Countries.SelectMany(c => c.Regions).FirstOrDefault(r => r.Id == id)?.Name ?? $"Region {id}";

    public string Theme(string code) => Themes.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    public string? ThemeList(IEnumerable<string> codes)
    {
        var names = codes.Select(Theme).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
