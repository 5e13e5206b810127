using FluentValidation;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Experts;

namespace TaskforceManager.App.Features.Accounts;

/// <summary>What the secretariat fills in to invite a member-state contact or an expert.</summary>
public sealed class InviteForm
{
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public UserRole Role { get; set; } = UserRole.MemberStateContact;
    public string? CountryCode { get; set; }
    public int? RegionId { get; set; }
    public int? ExpertId { get; set; }
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the person's e-mail address.")
            .MaximumLength(Expert.EmailMaxLength).WithMessage($"An e-mail address has at most {Expert.EmailMaxLength} characters.")
            .EmailAddress().WithMessage("This is not an e-mail address.");
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the person's name.")
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage($"A name has at most {AppUser.DisplayNameMaxLength} characters.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Choose a role.")
            .NotEqual(UserRole.Secretariat).WithMessage("Secretariat accounts are set up by the administrator, not invited.");
        RuleFor(x => x.CountryCode).NotEmpty().When(x => x.Role == UserRole.MemberStateContact)
            .WithMessage("A member-state contact acts for one country: choose it.");
        RuleFor(x => x.ExpertId).NotNull().When(x => x.Role == UserRole.Expert)
            .WithMessage("An expert account belongs to one expert of the directory: choose them.");
    }
}
