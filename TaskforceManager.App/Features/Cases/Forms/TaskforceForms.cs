using FluentValidation;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Cases;

/// <summary>The describing facts of a taskforce as its edit form holds them; objectives one per line.</summary>
public sealed class TaskforceDetailsForm
{
    public string Title { get; set; } = string.Empty;
    public string CountryCode { get; set; } = string.Empty;
    public int? RegionId { get; set; }
    public string HostOrganisation { get; set; } = string.Empty;
    public string? Summary { get; set; }
    public string? Background { get; set; }
    public string? Objectives { get; set; }
    public IReadOnlyCollection<string> ThemeCodes { get; set; } = [];

    public IReadOnlyList<string> ObjectiveLines =>
        (Objectives ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static TaskforceDetailsForm From(TaskforceDetails d) => new()
    {
        Title = d.Title,
        CountryCode = d.CountryCode,
        RegionId = d.RegionId,
        HostOrganisation = d.HostOrganisation,
        Summary = d.Summary,
        Background = d.Background,
        Objectives = string.Join('\n', d.Objectives),
        ThemeCodes = d.ThemeCodes.ToList(),
    };

    /// <summary>The user's edit (<paramref name="mine"/>, made from <paramref name="opened"/>) on top of <paramref name="theirs"/>.</summary>
    public static TaskforceDetailsForm Rebased(TaskforceDetailsForm opened, TaskforceDetailsForm mine, TaskforceDetailsForm theirs) => new()
    {
        Title = Rebase.Text(opened.Title, mine.Title, theirs.Title) ?? string.Empty,
        CountryCode = Rebase.Value(opened.CountryCode, mine.CountryCode, theirs.CountryCode),
        RegionId = Rebase.Value(opened.RegionId, mine.RegionId, theirs.RegionId),
        HostOrganisation = Rebase.Text(opened.HostOrganisation, mine.HostOrganisation, theirs.HostOrganisation) ?? string.Empty,
        Summary = Rebase.Text(opened.Summary, mine.Summary, theirs.Summary),
        Background = Rebase.Text(opened.Background, mine.Background, theirs.Background),
        Objectives = Rebase.Text(string.Join('\n', opened.ObjectiveLines), string.Join('\n', mine.ObjectiveLines), string.Join('\n', theirs.ObjectiveLines)),
        ThemeCodes = Rebase.Set(opened.ThemeCodes, mine.ThemeCodes, theirs.ThemeCodes),
    };

    public TaskforceDetails ToDetails() =>
        new(Title, CountryCode, RegionId, HostOrganisation, Summary, Background, ObjectiveLines, ThemeCodes.ToList());

    public IReadOnlyList<FieldValue> Describe(CaseNames names) =>
    [
        new("Title", Title),
        new("Country", names.Country(CountryCode)),
        new("Region", names.Region(RegionId)),
        new("Host organisation", HostOrganisation),
        new("Public summary", Summary),
        new("Background", Background),
        new("Objectives", string.Join('\n', ObjectiveLines)),
        new("Themes", names.ThemeList(ThemeCodes)),
    ];
}

public sealed class TaskforceDetailsFormValidator : AbstractValidator<TaskforceDetailsForm>
{
    public TaskforceDetailsFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the taskforce a title.")
            .MaximumLength(Taskforce.TitleMaxLength).WithMessage($"A title has at most {Taskforce.TitleMaxLength} characters.");
        RuleFor(x => x.CountryCode).NotEmpty().WithMessage("Choose the country.")
            .Length(Country.CodeLength).WithMessage("Choose the country from the list.");
        RuleFor(x => x.HostOrganisation).NotEmpty().WithMessage("Name the host organisation.")
            .MaximumLength(Taskforce.HostOrganisationMaxLength).WithMessage($"The host organisation has at most {Taskforce.HostOrganisationMaxLength} characters.");
        RuleFor(x => x.Summary).MaximumLength(Taskforce.SummaryMaxLength)
            .WithMessage($"The public summary has at most {Taskforce.SummaryMaxLength} characters.");
        RuleFor(x => x.Background).MaximumLength(Taskforce.TextMaxLength)
            .WithMessage($"The background has at most {Taskforce.TextMaxLength} characters.");
        RuleFor(x => x.Objectives)
            .Must((form, _) => form.ObjectiveLines.All(l => l.Length <= Taskforce.ObjectiveMaxLength))
            .WithMessage($"Each objective (one per line) has at most {Taskforce.ObjectiveMaxLength} characters.");
        RuleFor(x => x.ThemeCodes)
            .Must(codes => codes.All(c => c.Length <= Theme.CodeMaxLength)).WithMessage("Choose the themes from the list.");
    }
}

/// <summary>A new deliverable of a taskforce.</summary>
public sealed class DeliverableForm
{
    public string Title { get; set; } = string.Empty;
    public DateTime? DueOn { get; set; }
}

public sealed class DeliverableFormValidator : AbstractValidator<DeliverableForm>
{
    public DeliverableFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Name the deliverable.")
            .MaximumLength(Deliverable.TitleMaxLength).WithMessage($"A deliverable's title has at most {Deliverable.TitleMaxLength} characters.");
    }
}

/// <summary>What the secretariat fills in to convene a roundtable under a taskforce; the country and requester come from the taskforce.</summary>
public sealed class ConveneRoundtableForm
{
    public string Title { get; set; } = string.Empty;
    public string? ThemeCode { get; set; }
    public DateTime? PlannedOn { get; set; }
    public RoundtableFormat Format { get; set; } = RoundtableFormat.InPerson;
    public string? Place { get; set; }
}

public sealed class ConveneRoundtableFormValidator : AbstractValidator<ConveneRoundtableForm>
{
    public ConveneRoundtableFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the roundtable a title.")
            .MaximumLength(Roundtable.TitleMaxLength).WithMessage($"A title has at most {Roundtable.TitleMaxLength} characters.");
        RuleFor(x => x.ThemeCode).NotEmpty().WithMessage("Choose the roundtable's theme.")
            .MaximumLength(Theme.CodeMaxLength).WithMessage("Choose the theme from the list.");
        RuleFor(x => x.Format).IsInEnum().WithMessage("Choose how the roundtable meets.");
        RuleFor(x => x.Place).MaximumLength(Roundtable.PlaceMaxLength).WithMessage($"The place has at most {Roundtable.PlaceMaxLength} characters.");
    }
}

/// <summary>Closing a taskforce: its end date and, optionally, its results.</summary>
public sealed class ConcludeForm
{
    public DateTime? EndDate { get; set; }
    public string? Results { get; set; }
}

public sealed class ConcludeFormValidator : AbstractValidator<ConcludeForm>
{
    public ConcludeFormValidator()
    {
        RuleFor(x => x.EndDate).NotNull().WithMessage("Give the end date.");
        RuleFor(x => x.Results).MaximumLength(Taskforce.TextMaxLength).WithMessage($"The results have at most {Taskforce.TextMaxLength} characters.");
    }
}
