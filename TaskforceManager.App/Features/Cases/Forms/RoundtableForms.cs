using FluentValidation;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Cases;

/// <summary>The details of a roundtable as its edit form holds them.</summary>
public sealed class RoundtableForm
{
    public string Title { get; set; } = string.Empty;
    public string? ThemeCode { get; set; }
    public string? CountryCode { get; set; }
    public string? RequestedBy { get; set; }
    public DateTime? PlannedOn { get; set; }
    public RoundtableFormat Format { get; set; } = RoundtableFormat.InPerson;
    public string? Place { get; set; }
    public string? Summary { get; set; }

    /// <summary>The user's edit (<paramref name="mine"/>, made from <paramref name="opened"/>) on top of <paramref name="theirs"/>.</summary>
    public static RoundtableForm Rebased(RoundtableForm opened, RoundtableForm mine, RoundtableForm theirs) => new()
    {
        Title = Rebase.Text(opened.Title, mine.Title, theirs.Title) ?? string.Empty,
        ThemeCode = Rebase.Value(opened.ThemeCode, mine.ThemeCode, theirs.ThemeCode),
        CountryCode = Rebase.Value(opened.CountryCode, mine.CountryCode, theirs.CountryCode),
        RequestedBy = Rebase.Text(opened.RequestedBy, mine.RequestedBy, theirs.RequestedBy),
        PlannedOn = Rebase.Value(opened.PlannedOn, mine.PlannedOn, theirs.PlannedOn),
        Format = Rebase.Value(opened.Format, mine.Format, theirs.Format),
        Place = Rebase.Text(opened.Place, mine.Place, theirs.Place),
        Summary = Rebase.Text(opened.Summary, mine.Summary, theirs.Summary),
    };

    public RoundtableDetails ToDetails() =>
        new(Title, ThemeCode ?? string.Empty, CountryCode, RequestedBy, CaseFormat.ToDateOnly(PlannedOn), Format, Place);

    public IReadOnlyList<FieldValue> Describe(CaseNames names) =>
    [
        new("Title", Title),
        new("Theme", ThemeCode is null ? null : names.Theme(ThemeCode)),
        new("Country", names.Country(CountryCode) ?? "Europe-wide"),
        new("Requested by", RequestedBy),
        new("Planned for", CaseFormat.Date(CaseFormat.ToDateOnly(PlannedOn))),
        new("Format", CaseFormat.Status(Format)),
        new("Place", Place),
        new("Summary", Summary),
    ];
}

public sealed class RoundtableFormValidator : AbstractValidator<RoundtableForm>
{
    public RoundtableFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the roundtable a title.")
            .MaximumLength(Roundtable.TitleMaxLength).WithMessage($"A title has at most {Roundtable.TitleMaxLength} characters.");
        RuleFor(x => x.ThemeCode).NotEmpty().WithMessage("Choose the roundtable's theme.")
            .MaximumLength(Theme.CodeMaxLength).WithMessage("Choose the theme from the list.");
        RuleFor(x => x.CountryCode).Length(Country.CodeLength).When(x => !string.IsNullOrEmpty(x.CountryCode))
            .WithMessage("Choose the country from the list.");
        RuleFor(x => x.RequestedBy).MaximumLength(Roundtable.RequestedByMaxLength)
            .WithMessage($"Who requested it has at most {Roundtable.RequestedByMaxLength} characters.");
        RuleFor(x => x.Format).IsInEnum().WithMessage("Choose how the roundtable meets.");
        RuleFor(x => x.Place).MaximumLength(Roundtable.PlaceMaxLength).WithMessage($"The place has at most {Roundtable.PlaceMaxLength} characters.");
        RuleFor(x => x.Summary).MaximumLength(Roundtable.TextMaxLength).WithMessage($"The summary has at most {Roundtable.TextMaxLength} characters.");
    }
}

/// <summary>An organisation that took part in a roundtable.</summary>
public sealed class ParticipantForm
{
    public string Organisation { get; set; } = string.Empty;
    public StakeholderType StakeholderType { get; set; } = StakeholderType.EducationInstitution;
    public int People { get; set; } = 1;
}

public sealed class ParticipantFormValidator : AbstractValidator<ParticipantForm>
{
    public ParticipantFormValidator()
    {
        RuleFor(x => x.Organisation).NotEmpty().WithMessage("Name the organisation.")
            .MaximumLength(RoundtableParticipant.OrganisationMaxLength).WithMessage($"The organisation has at most {RoundtableParticipant.OrganisationMaxLength} characters.");
        RuleFor(x => x.StakeholderType).IsInEnum().WithMessage("Choose the stakeholder type.");
        RuleFor(x => x.People).GreaterThanOrEqualTo(1).WithMessage("At least one person must have come.");
    }
}

/// <summary>A bottleneck or a recommendation a roundtable found.</summary>
public sealed class FindingForm
{
    public string Text { get; set; } = string.Empty;
}

public sealed class BottleneckFormValidator : AbstractValidator<FindingForm>
{
    public BottleneckFormValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Describe the bottleneck.")
            .MaximumLength(Bottleneck.TextMaxLength).WithMessage($"A bottleneck has at most {Bottleneck.TextMaxLength} characters.");
    }
}

public sealed class RecommendationFormValidator : AbstractValidator<FindingForm>
{
    public RecommendationFormValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the recommendation.")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"A recommendation has at most {Recommendation.TextMaxLength} characters.");
    }
}
