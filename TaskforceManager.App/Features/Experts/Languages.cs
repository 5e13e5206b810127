using System.Globalization;

namespace TaskforceManager.App.Features.Experts;

/// <summary>Language codes in words: "nl" → "Dutch (nl)"; a code the system does not know stays as it is.</summary>
public static class Languages
{
    public static string Name(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName == code || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? code
                : $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
