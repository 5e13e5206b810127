using FluentValidation;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>A country as the secretariat types it; languages as ISO 639-1 codes separated by commas ("es, ca, eu").</summary>
public sealed class CountryForm
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public bool IsEuMember { get; set; } = true;
    public CountrySize Size { get; set; } = CountrySize.Medium;
    public string Languages { get; set; } = string.Empty;

    public IReadOnlyList<string> LanguageCodes => SplitCodes(Languages);

    internal static IReadOnlyList<string> SplitCodes(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct().ToList();
}

public sealed class CountryFormValidator : AbstractValidator<CountryForm>
{
    public CountryFormValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the two-letter ISO code, e.g. ES for Spain.")
            .Matches("^[A-Za-z]{2}$").WithMessage("The code is the two-letter ISO 3166 code, e.g. ES for Spain.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the country's name.")
            .MaximumLength(Country.NameMaxLength).WithMessage($"A name has at most {Country.NameMaxLength} characters.");
        RuleFor(x => x.Size).IsInEnum().WithMessage("Choose the size of the country's education system.");
        RuleFor(x => x.Languages).Must(l => CountryForm.SplitCodes(l).Count > 0)
            .WithMessage("Give at least one official language as a code, e.g. es.")
            .Must(l => CountryForm.SplitCodes(l).All(c => c.Length is >= 2 and <= Country.LanguageCodeMaxLength && c.All(char.IsAsciiLetterLower)))
            .WithMessage($"Languages are ISO 639 codes of 2 or {Country.LanguageCodeMaxLength} letters separated by commas, e.g. es, ca, eu.");
    }
}

/// <summary>A region to add to a country.</summary>
public sealed class RegionForm
{
    public string Name { get; set; } = string.Empty;
}

public sealed class RegionFormValidator : AbstractValidator<RegionForm>
{
    public RegionFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the region's name.")
            .MaximumLength(Region.NameMaxLength).WithMessage($"A region's name has at most {Region.NameMaxLength} characters.");
    }
}
