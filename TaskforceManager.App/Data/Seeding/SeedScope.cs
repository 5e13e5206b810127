using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Data.Seeding;

/// <summary>Which file and record the seeder is working on, so every error can say where to look.</summary>
internal readonly record struct SeedScope(string File, string Record)
{
    public static SeedScope For(string file, string kind, string? name, int index) =>
        new(file, string.IsNullOrWhiteSpace(name) ? $"{kind} #{index + 1}" : $"{kind} '{name.Trim()}'");

    public SeedScope Within(string part) => this with { Record = $"{Record}, {part}" };

    public SeedDataException Error(string message, Exception? inner = null) => new($"{File}, {Record}: {message}", inner);

    public string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Error($"'{field}' is missing.") : value.Trim();

    public bool Flag(bool? value, string field) =>
        value ?? throw Error($"'{field}' is missing; write true or false.");

    public int Number(int? value, string field) =>
        value ?? throw Error($"'{field}' is missing.");

    public T Enum<T>(string? value, string field) where T : struct, Enum
    {
        var text = Required(value, field);
        if (!text.All(char.IsAsciiDigit) && System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        throw Error($"'{text}' is not a valid {field}; use one of: {string.Join(", ", System.Enum.GetNames<T>())}.");
    }

    /// <summary>Runs a domain operation; a rule it refuses becomes an error naming this record.</summary>
    public void Do(Action action)
    {
        try
        {
            action();
        }
        catch (DomainException ex)
        {
            throw Error(ex.Message, ex);
        }
    }

    public T Do<T>(Func<T> func)
    {
        try
        {
            return func();
        }
        catch (DomainException ex)
        {
            throw Error(ex.Message, ex);
        }
    }
}
