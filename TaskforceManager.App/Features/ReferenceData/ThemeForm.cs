using FluentValidation;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>A theme as the secretariat types it. The code cannot change once cases refer to it.</summary>
public sealed class ThemeForm
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Description { get; set; }
}

public sealed class ThemeFormValidator : AbstractValidator<ThemeForm>
{
    public ThemeFormValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter a short code, e.g. teacher-shortage.")
            .MaximumLength(Theme.CodeMaxLength).WithMessage($"A code has at most {Theme.CodeMaxLength} characters.")
            .Matches("^[a-z0-9-]*$").WithMessage("A code may only hold lower-case letters, digits and hyphens (e.g. girls-in-stem).");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the theme's name.")
            .MaximumLength(Theme.NameMaxLength).WithMessage($"A name has at most {Theme.NameMaxLength} characters.");
        RuleFor(x => x.Description).MaximumLength(Theme.DescriptionMaxLength)
            .WithMessage($"A description has at most {Theme.DescriptionMaxLength} characters.");
    }
}
