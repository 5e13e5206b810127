using FluentValidation;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>A best practice as the secretariat types it: every field of <see cref="BestPracticeDetails"/>.</summary>
public sealed class PracticeForm
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Empty for a European-level programme.</summary>
    public string? CountryCode { get; set; }
    public string Organisation { get; set; } = string.Empty;
    public EducationLevel EducationLevel { get; set; } = EducationLevel.Secondary;
    public IReadOnlyCollection<string> ThemeCodes { get; set; } = [];
    public string? Focus { get; set; }
    public string? Impact { get; set; }
    public string? Reach { get; set; }
    public string? Budget { get; set; }
    public FundingModel FundingModel { get; set; } = FundingModel.Public;
    public int? StartYear { get; set; }
    public PracticeStatus Status { get; set; } = PracticeStatus.Running;
    public string? Summary { get; set; }

    public BestPracticeDetails ToDetails() => new(
        Name, string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode, Organisation, EducationLevel, ThemeCodes.ToList(),
        Focus, Impact, Reach, Budget, FundingModel, StartYear, Status, Summary);
}

public sealed class PracticeFormValidator : AbstractValidator<PracticeForm>
{
    public const int LastYear = 2100;

    public PracticeFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the programme's name.")
            .MaximumLength(BestPractice.NameMaxLength).WithMessage($"A name has at most {BestPractice.NameMaxLength} characters.");
        RuleFor(x => x.Organisation).NotEmpty().WithMessage("Enter the organisation that runs the programme.")
            .MaximumLength(BestPractice.OrganisationMaxLength).WithMessage($"The organisation has at most {BestPractice.OrganisationMaxLength} characters.");
        RuleFor(x => x.EducationLevel).IsInEnum().WithMessage("Choose the education level.");
        RuleFor(x => x.ThemeCodes).Must(t => t.Any()).WithMessage("Choose at least one theme for the programme.");
        RuleFor(x => x.Focus).MaximumLength(BestPractice.ShortTextMaxLength).WithMessage($"The focus has at most {BestPractice.ShortTextMaxLength} characters.");
        RuleFor(x => x.Impact).MaximumLength(BestPractice.ShortTextMaxLength).WithMessage($"The impact has at most {BestPractice.ShortTextMaxLength} characters.");
        RuleFor(x => x.Reach).MaximumLength(BestPractice.ShortTextMaxLength).WithMessage($"The reach has at most {BestPractice.ShortTextMaxLength} characters.");
        RuleFor(x => x.Budget).MaximumLength(BestPractice.ShortTextMaxLength).WithMessage($"The budget has at most {BestPractice.ShortTextMaxLength} characters.");
        RuleFor(x => x.FundingModel).IsInEnum().WithMessage("Choose the funding model.");
        RuleFor(x => x.StartYear).InclusiveBetween(BestPractice.FirstYear, LastYear)
            .WithMessage($"The start year must be between {BestPractice.FirstYear} and {LastYear}.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose the programme's status.");
        RuleFor(x => x.Summary).MaximumLength(BestPractice.SummaryMaxLength).WithMessage($"The summary has at most {BestPractice.SummaryMaxLength} characters.");
    }
}

/// <summary>Another country adopting a practice, and the year it did.</summary>
public sealed class TransferForm
{
    public string? CountryCode { get; set; }
    public int? Year { get; set; }
    public string? Note { get; set; }
}

public sealed class TransferFormValidator : AbstractValidator<TransferForm>
{
    public TransferFormValidator()
    {
        RuleFor(x => x.CountryCode).NotEmpty().WithMessage("Choose the country that adopted the programme.")
            .Length(Country.CodeLength).WithMessage("Choose a country from the list.");
        RuleFor(x => x.Year).NotNull().WithMessage("Enter the year of the transfer.")
            .InclusiveBetween(BestPractice.FirstYear, PracticeFormValidator.LastYear)
            .WithMessage($"The year must be between {BestPractice.FirstYear} and {PracticeFormValidator.LastYear}.");
        RuleFor(x => x.Note).MaximumLength(PracticeTransfer.NoteMaxLength).WithMessage($"A note has at most {PracticeTransfer.NoteMaxLength} characters.");
    }
}
