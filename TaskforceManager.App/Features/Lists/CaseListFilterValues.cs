namespace TaskforceManager.App.Features.Lists;

/// <summary>The filter values of a case list as the URL carries them: a state's enum name, an ISO country code, a theme code, text.</summary>
public sealed record CaseListFilterValues(string? Status, string? Country, string? Theme, string? Text)
{
    public static CaseListFilterValues None { get; } = new(null, null, null, null);

    public bool IsFiltered => Status is not null || Country is not null || Theme is not null || !string.IsNullOrWhiteSpace(Text);

    public IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
    [
        new("status", Status),
        new("country", Country),
        new("theme", Theme),
        new("q", Text),
    ];

    /// <summary>The status options of a list, in workflow order, with their names in words.</summary>
    public static IReadOnlyList<(string Value, string Label)> StatusOptionsOf<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(s => (s.ToString(), Display.Status(s))).ToList();
}
