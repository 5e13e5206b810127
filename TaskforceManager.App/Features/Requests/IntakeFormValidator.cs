using FluentValidation;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

/// <summary>
/// The intake form's shape, checked against the reference data in <see cref="IntakeOptions"/>: the page runs it field
/// by field while the user types, and the service runs it again before anything reaches the domain.
/// </summary>
public sealed class IntakeFormValidator : AbstractValidator<IntakeForm>
{
    public IntakeFormValidator(IntakeOptions options)
    {
        var countries = options.Countries.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var themes = options.Themes.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);

        RuleFor(x => x.Title).Must(NotBlank).WithMessage("Give the request a short title.")
            .Must(v => Length(v) <= SupportRequest.TitleMaxLength)
            .WithMessage(x => $"A title has at most {SupportRequest.TitleMaxLength} characters (this one has {Length(x.Title)}).");
        RuleFor(x => x.CountryCode).Must(v => !string.IsNullOrEmpty(v)).WithMessage("Choose the country the request is for.")
            .Must(v => countries.Contains(v!)).When(x => !string.IsNullOrEmpty(x.CountryCode), ApplyConditionTo.CurrentValidator)
            .WithMessage("Choose a country from the list.");
        RuleFor(x => x.RegionId)
            .Must((form, region) => options.RegionsOf(form.CountryCode).Any(r => r.Id == region))
            .When(x => x.RegionId is not null && !string.IsNullOrEmpty(x.CountryCode))
            .WithMessage(x => $"This region is not in {CountryName(options, x.CountryCode)}: choose one of its regions, or none.");
        RuleFor(x => x.RequestingOrganisation).Must(NotBlank).WithMessage("Name the organisation that asks for support.")
            .Must(v => Length(v) <= SupportRequest.OrganisationMaxLength)
            .WithMessage($"An organisation's name has at most {SupportRequest.OrganisationMaxLength} characters.");
        RuleFor(x => x.ContactName).Must(NotBlank).WithMessage("Name the contact person.")
            .Must(v => Length(v) <= SupportRequest.ContactNameMaxLength)
            .WithMessage($"A name has at most {SupportRequest.ContactNameMaxLength} characters.");
        RuleFor(x => x.ContactEmail).Must(NotBlank).WithMessage("Give the contact's e-mail address.")
            .Must(v => Length(v) <= SupportRequest.ContactEmailMaxLength)
            .WithMessage($"An e-mail address has at most {SupportRequest.ContactEmailMaxLength} characters.")
            .Must(v => IsEmail(v!.Trim())).When(x => NotBlank(x.ContactEmail), ApplyConditionTo.CurrentValidator)
            .WithMessage("This is not an e-mail address: it should look like name@example.org.");
        RuleFor(x => x.ThemeCodes).Must(v => v is { Count: > 0 }).WithMessage("Choose at least one theme.")
            .Must(v => (v ?? []).All(themes.Contains)).When(x => x.ThemeCodes.Count > 0, ApplyConditionTo.CurrentValidator)
            .WithMessage("Choose themes from the list.");
        RuleFor(x => x.Challenge).Must(NotBlank).WithMessage("Describe the challenge in the requester's words.")
            .Must(v => Length(v) <= SupportRequest.ChallengeMaxLength)
            .WithMessage(x => $"The challenge has at most {SupportRequest.ChallengeMaxLength} characters (this one has {Length(x.Challenge)}).");
        RuleFor(x => x.HopedInstrument).NotNull().WithMessage("Choose the instrument the requester hopes for, or \"Not sure\".")
            .IsInEnum().WithMessage("Choose an instrument from the list.");
        RuleFor(x => x.Urgency).IsInEnum().WithMessage("Choose an urgency from the list.");
    }

    private static bool NotBlank(string? value) => !string.IsNullOrWhiteSpace(value);

    private static int Length(string? value) => value?.Trim().Length ?? 0;

    /// <summary>One @ with something on both sides and a dot in the domain: enough to catch typing slips, not a full RFC check.</summary>
    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 &&
               value[(at + 1)..].Contains('.', StringComparison.Ordinal) && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }

    private static string CountryName(IntakeOptions options, string? code) =>
        options.Countries.FirstOrDefault(c => c.Value == code)?.Label ?? "the chosen country";
}
