namespace TaskforceManager.Domain.Common;

/// <summary>Argument checks whose failures are worded for the user.</summary>
public static class Guard
{
    public static string Required(string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{label} is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{label} must be at most {maxLength} characters (it has {trimmed.Length}).");
        }

        return trimmed;
    }

    public static string? Optional(string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{label} must be at most {maxLength} characters (it has {trimmed.Length}).");
        }

        return trimmed;
    }

    public static string Reason(string? reason, string what) =>
        Required(reason, $"A reason for {what}", HistoryEntry.ReasonMaxLength);

    public static string CountryCode(string? code)
    {
        var c = Required(code, "The country", Reference.Country.CodeLength).ToUpperInvariant();
        if (c.Length != Reference.Country.CodeLength || !c.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException($"'{code}' is not a two-letter ISO country code.");
        }

        return c;
    }

    public static T Defined<T>(T value, string label) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException($"{label} '{value}' is not one of the allowed values.");

    public static IReadOnlyList<string> Codes(IEnumerable<string>? codes, int maxLength, string label)
    {
        var list = (codes ?? [])
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var c in list.Where(c => c.Length > maxLength))
        {
            throw new DomainException($"{label} '{c}' is longer than {maxLength} characters.");
        }

        return list;
    }
}
