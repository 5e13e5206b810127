using FluentValidation;

namespace TaskforceManager.App.Features.Accounts;

public sealed class SignInForm
{
    public string Email { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public bool RememberMe { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .EmailAddress().WithMessage("This is not an e-mail address.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(IdentitySetup.PasswordMaxLength).WithMessage($"Passwords have at most {IdentitySetup.PasswordMaxLength} characters.");
    }
}

/// <summary>A new password, typed twice: for accepting an invitation, a reset, or a change.</summary>
public sealed class NewPasswordForm
{
    public string CurrentPassword { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class NewPasswordFormValidator : AbstractValidator<NewPasswordForm>
{
    public NewPasswordFormValidator(bool requireCurrent)
    {
        if (requireCurrent)
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        }

        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(IdentitySetup.PasswordMinLength).WithMessage($"Use at least {IdentitySetup.PasswordMinLength} characters; a short sentence works well.")
            .MaximumLength(IdentitySetup.PasswordMaxLength).WithMessage($"Use at most {IdentitySetup.PasswordMaxLength} characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords are not the same.");
    }
}
