using FluentValidation;
using TaskforceManager.Domain.Meetings;

namespace TaskforceManager.App.Features.Meetings;

/// <summary>A new action item of a meeting log: what, who (an <see cref="OwnerChoice.Key"/>) and by when.</summary>
public sealed class ActionItemForm
{
    public const string SecretariatKey = "secretariat";
    public const string HostKey = "host";
    public const string ExpertPrefix = "expert:";

    public string? Text { get; set; }
    public string? OwnerKey { get; set; }
    public DateTime? DueOn { get; set; }
}

public sealed class ActionItemFormValidator : AbstractValidator<ActionItemForm>
{
    public ActionItemFormValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Say what is to be done.")
            .MaximumLength(ActionItem.TextMaxLength).WithMessage($"The action item has at most {ActionItem.TextMaxLength} characters.");
        RuleFor(x => x.OwnerKey).NotEmpty().WithMessage("Choose who owns this action item.");
        RuleFor(x => x.DueOn).NotNull().WithMessage("Give the date this is due.");
    }
}
