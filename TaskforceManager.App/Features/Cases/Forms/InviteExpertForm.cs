using FluentValidation;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;

namespace TaskforceManager.App.Features.Cases;

/// <summary>Inviting an expert onto a case; the override reasons are only needed when the domain asks for them.</summary>
public sealed class InviteExpertForm
{
    public int? ExpertId { get; set; }
    public AssignmentRole Role { get; set; } = AssignmentRole.Member;
    public string? ConflictOverrideReason { get; set; }
    public string? WorkloadOverrideReason { get; set; }
}

public sealed class InviteExpertFormValidator : AbstractValidator<InviteExpertForm>
{
    public InviteExpertFormValidator()
    {
        RuleFor(x => x.ExpertId).NotNull().WithMessage("Choose the expert to invite.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Choose the expert's role.");
        RuleFor(x => x.ConflictOverrideReason).MaximumLength(HistoryEntry.ReasonMaxLength)
            .WithMessage($"The reason has at most {HistoryEntry.ReasonMaxLength} characters.");
        RuleFor(x => x.WorkloadOverrideReason).MaximumLength(HistoryEntry.ReasonMaxLength)
            .WithMessage($"The reason has at most {HistoryEntry.ReasonMaxLength} characters.");
    }
}
