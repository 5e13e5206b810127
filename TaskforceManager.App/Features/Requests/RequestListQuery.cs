using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

/// <summary>The columns the requests list can be sorted by; ties are always broken by the request's id, so paging is stable.</summary>
public enum RequestSort
{
    Received,
    Reference,
    Title,
    Country,
    Organisation,
    Status,
    Urgency,
    Owner,
}

/// <summary>
/// One view of the requests list: its filters, page and sort. It reads from and writes to the URL's query string
/// (<c>/requests?status=Submitted&amp;country=ES&amp;overdue=true&amp;page=2</c>) so a view can be bookmarked and shared.
/// Unknown or malformed values are ignored rather than refused: a hand-edited link still opens the list.
/// </summary>
public sealed record RequestListQuery
{
    public const string Path = "/requests";
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const string NoOwner = "none";
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50, 100];

    public IReadOnlyList<SupportRequestStatus> Statuses { get; init; } = [];
    public string? Country { get; init; }
    public string? Theme { get; init; }
    public HopedInstrument? Instrument { get; init; }
    public Urgency? Urgency { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool OverdueOnly { get; init; }

    /// <summary>Words to find in the title, the requesting organisation or the challenge.</summary>
    public string? Text { get; init; }

    /// <summary>A secretariat user's id, or <see cref="NoOwner"/> for requests nobody owns yet.</summary>
    public string? Owner { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = DefaultPageSize;
    public RequestSort Sort { get; init; } = RequestSort.Received;
    public bool Descending { get; init; } = true;

    public bool HasFilters =>
        Statuses.Count > 0 || Country is not null || Theme is not null || Instrument is not null || Urgency is not null ||
        From is not null || To is not null || OverdueOnly || Text is not null || Owner is not null;

    /// <summary>The same view without any filter (page and sort kept, back to page 1).</summary>
    public RequestListQuery WithoutFilters() => new() { Size = Size, Sort = Sort, Descending = Descending };

    /// <summary>Reads the query string of a list URL.</summary>
    public static RequestListQuery FromUri(string uri)
    {
        var query = new Uri(new Uri("http://localhost"), uri).Query;
        var values = QueryHelpers.ParseQuery(query);
        string? One(string key) => values.TryGetValue(key, out var v) ? Clean(v.ToString()) : null;

        var statuses = values.TryGetValue("status", out var s)
            ? s.SelectMany(x => (x ?? string.Empty).Split(',')).Select(ParseEnum<SupportRequestStatus>).OfType<SupportRequestStatus>().Distinct().ToList()
            : [];

        return new RequestListQuery
        {
            Statuses = statuses,
            Country = One("country") is { Length: 2 } c && c.All(char.IsAsciiLetter) ? c.ToUpperInvariant() : null,
            Theme = One("theme")?.ToLowerInvariant(),
            Instrument = ParseEnum<HopedInstrument>(One("instrument")),
            Urgency = ParseEnum<Urgency>(One("urgency")),
            From = ParseDate(One("from")),
            To = ParseDate(One("to")),
            OverdueOnly = bool.TryParse(One("overdue"), out var overdue) && overdue,
            Text = One("q"),
            Owner = One("owner"),
            Page = int.TryParse(One("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1,
            Size = int.TryParse(One("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize ? size : DefaultPageSize,
            Sort = ParseSort(One("sort")) ?? RequestSort.Received,
            Descending = One("desc") is { } desc ? !bool.TryParse(desc, out var d) || d : ParseSort(One("sort")) is null or RequestSort.Received,
        };
    }

    /// <summary>The list URL for this view; defaults are left out so links stay short.</summary>
    public string ToUri()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value));
            }
        }

        Add("status", Statuses.Count > 0 ? string.Join(',', Statuses) : null);
        Add("country", Country);
        Add("theme", Theme);
        Add("instrument", Instrument?.ToString());
        Add("urgency", Urgency?.ToString());
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("overdue", OverdueOnly ? "true" : null);
        Add("q", Text);
        Add("owner", Owner);
        Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        Add("size", Size != DefaultPageSize ? Size.ToString(CultureInfo.InvariantCulture) : null);
        var defaultSort = Sort == RequestSort.Received && Descending;
        Add("sort", defaultSort ? null : Sort.ToString().ToLowerInvariant());
        Add("desc", defaultSort ? null : Descending ? "true" : "false");
        return QueryHelpers.AddQueryString(Path, parts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? ParseEnum<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"due" sorts like "received": the due date follows from the day of receipt.</summary>
    private static RequestSort? ParseSort(string? value) =>
        string.Equals(value, "due", StringComparison.OrdinalIgnoreCase) ? RequestSort.Received : ParseEnum<RequestSort>(value);
}
