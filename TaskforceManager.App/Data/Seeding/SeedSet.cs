using System.Text.Json;

namespace TaskforceManager.App.Data.Seeding;

/// <summary>The contents of the seeds folder: one JSON array per file, read as written by hand.</summary>
internal sealed record SeedSet(
    IReadOnlyList<CountrySeed> Countries,
    IReadOnlyList<ThemeSeed> Themes,
    IReadOnlyList<OrganisationSeed> Organisations,
    IReadOnlyList<PracticeSeed> Practices,
    IReadOnlyList<ExpertSeed> Experts,
    IReadOnlyList<RequestSeed> Requests,
    IReadOnlyList<BriefingSeed> Briefings,
    IReadOnlyList<TaskforceSeed> Taskforces,
    IReadOnlyList<RoundtableSeed> Roundtables,
    IReadOnlyList<MeetingSeed> Meetings)
{
    public const string CountriesFile = "countries.json";
    public const string ThemesFile = "themes.json";
    public const string OrganisationsFile = "organisations.json";
    public const string PracticesFile = "practices.json";
    public const string ExpertsFile = "experts.json";
    public const string RequestsFile = "requests.json";
    public const string BriefingsFile = "briefings.json";
    public const string TaskforcesFile = "taskforces.json";
    public const string RoundtablesFile = "roundtables.json";
    public const string MeetingsFile = "meetings.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A misspelt field name in a hand-written file must not be silently ignored.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static SeedSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedDataException($"The seeds folder '{folder}' does not exist.");
        }

        return new SeedSet(
            Read<CountrySeed>(folder, CountriesFile),
            Read<ThemeSeed>(folder, ThemesFile),
            Read<OrganisationSeed>(folder, OrganisationsFile),
            Read<PracticeSeed>(folder, PracticesFile),
            Read<ExpertSeed>(folder, ExpertsFile),
            Read<RequestSeed>(folder, RequestsFile),
            Read<BriefingSeed>(folder, BriefingsFile),
            Read<TaskforceSeed>(folder, TaskforcesFile),
            Read<RoundtableSeed>(folder, RoundtablesFile),
            Read<MeetingSeed>(folder, MeetingsFile));
    }

    private static List<T> Read<T>(string folder, string file) where T : class
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new SeedDataException($"The seeds folder '{folder}' has no {file}.");
        }

        List<T?>? records;
        try
        {
            using var stream = File.OpenRead(path);
            records = JsonSerializer.Deserialize<List<T?>>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new SeedDataException($"{file}: {ex.Message}", ex);
        }

        if (records is null)
        {
            throw new SeedDataException($"{file}: the file must hold a JSON array of records.");
        }

        var empty = records.FindIndex(r => r is null);
        if (empty >= 0)
        {
            throw new SeedDataException($"{file}, record #{empty + 1}: the record is empty (null).");
        }

        return records.Select(r => r!).ToList();
    }
}
