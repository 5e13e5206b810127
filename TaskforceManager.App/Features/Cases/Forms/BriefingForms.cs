using FluentValidation;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Cases;

/// <summary>The text of a policy briefing as its edit form holds it.</summary>
public sealed class BriefingForm
{
    public string Title { get; set; } = string.Empty;
    public IReadOnlyCollection<string> ThemeCodes { get; set; } = [];
    public string Challenge { get; set; } = string.Empty;
    public string? Context { get; set; }
    public string? Recommendations { get; set; }
    public DateTime? DueOn { get; set; }

    /// <summary>The user's edit (<paramref name="mine"/>, made from <paramref name="opened"/>) on top of <paramref name="theirs"/>.</summary>
    public static BriefingForm Rebased(BriefingForm opened, BriefingForm mine, BriefingForm theirs) => new()
    {
        Title = Rebase.Text(opened.Title, mine.Title, theirs.Title) ?? string.Empty,
        ThemeCodes = Rebase.Set(opened.ThemeCodes, mine.ThemeCodes, theirs.ThemeCodes),
        Challenge = Rebase.Text(opened.Challenge, mine.Challenge, theirs.Challenge) ?? string.Empty,
        Context = Rebase.Text(opened.Context, mine.Context, theirs.Context),
        Recommendations = Rebase.Text(opened.Recommendations, mine.Recommendations, theirs.Recommendations),
        DueOn = Rebase.Value(opened.DueOn, mine.DueOn, theirs.DueOn),
    };

    public IReadOnlyList<FieldValue> Describe(CaseNames names) =>
    [
        new("Title", Title),
        new("Themes", names.ThemeList(ThemeCodes)),
        new("The challenge", Challenge),
        new("Context", Context),
        new("Recommendations", Recommendations),
        new("Due on", CaseFormat.Date(CaseFormat.ToDateOnly(DueOn))),
    ];
}

public sealed class BriefingFormValidator : AbstractValidator<BriefingForm>
{
    public BriefingFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the briefing a title.")
            .MaximumLength(PolicyBriefing.TitleMaxLength).WithMessage($"A title has at most {PolicyBriefing.TitleMaxLength} characters.");
        RuleFor(x => x.ThemeCodes).NotEmpty().WithMessage("Choose at least one theme.")
            .Must(codes => codes.All(c => c.Length <= Theme.CodeMaxLength)).WithMessage("Choose the themes from the list.");
        RuleFor(x => x.Challenge).NotEmpty().WithMessage("Describe the challenge.")
            .MaximumLength(PolicyBriefing.TextMaxLength).WithMessage($"The challenge has at most {PolicyBriefing.TextMaxLength} characters.");
        RuleFor(x => x.Context).MaximumLength(PolicyBriefing.TextMaxLength)
            .WithMessage($"The context has at most {PolicyBriefing.TextMaxLength} characters.");
        RuleFor(x => x.Recommendations).MaximumLength(PolicyBriefing.TextMaxLength)
            .WithMessage($"The recommendations have at most {PolicyBriefing.TextMaxLength} characters.");
    }
}

/// <summary>Escalating a delivered briefing: the new taskforce's title and host, pre-filled from the briefing.</summary>
public sealed class EscalateForm
{
    public string? Title { get; set; }
    public string? HostOrganisation { get; set; }
}

public sealed class EscalateFormValidator : AbstractValidator<EscalateForm>
{
    public EscalateFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the taskforce a title.")
            .MaximumLength(Taskforce.TitleMaxLength).WithMessage($"A title has at most {Taskforce.TitleMaxLength} characters.");
        RuleFor(x => x.HostOrganisation).NotEmpty().WithMessage("Name the host organisation.")
            .MaximumLength(Taskforce.HostOrganisationMaxLength).WithMessage($"The host organisation has at most {Taskforce.HostOrganisationMaxLength} characters.");
    }
}
