using FluentValidation;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Requests;

/// <summary>The reason for declining a request; the requester reads it, so it is required.</summary>
public sealed class DeclineForm
{
    public string Reason { get; set; } = string.Empty;
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator()
    {
        RuleFor(x => x.Reason).Must(v => !string.IsNullOrWhiteSpace(v))
            .WithMessage("Write the reason for declining: the requester will read it.")
            .Must(v => (v?.Trim().Length ?? 0) <= HistoryEntry.ReasonMaxLength)
            .WithMessage(x => $"A reason has at most {HistoryEntry.ReasonMaxLength} characters (this one has {x.Reason?.Trim().Length ?? 0}).");
    }
}

/// <summary>Why a request is withdrawn; optional, but kept in the history when given.</summary>
public sealed class WithdrawForm
{
    public string? Reason { get; set; }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator() =>
        RuleFor(x => x.Reason).Must(v => (v?.Trim().Length ?? 0) <= HistoryEntry.ReasonMaxLength)
            .WithMessage(x => $"A reason has at most {HistoryEntry.ReasonMaxLength} characters (this one has {x.Reason?.Trim().Length ?? 0}).");
}
