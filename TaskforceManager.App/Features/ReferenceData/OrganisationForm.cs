using FluentValidation;
using TaskforceManager.Domain.Organisations;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>A member or partner organisation as the secretariat types it.</summary>
public sealed class OrganisationForm
{
    public string Name { get; set; } = string.Empty;
    public string? CountryCode { get; set; }
    public int? RegionId { get; set; }
    public OrganisationRole Role { get; set; } = OrganisationRole.NationalStemPlatform;
    public HelixSector Sector { get; set; } = HelixSector.Government;
    public string? OrganisationType { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
}

public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the organisation's name.")
            .MaximumLength(MemberOrganisation.NameMaxLength).WithMessage($"A name has at most {MemberOrganisation.NameMaxLength} characters.");
        RuleFor(x => x.CountryCode).NotEmpty().WithMessage("Choose the organisation's country.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Choose the organisation's role in the coalition.");
        RuleFor(x => x.Sector).IsInEnum().WithMessage("Choose the helix sector.");
        RuleFor(x => x.OrganisationType).MaximumLength(MemberOrganisation.TypeMaxLength)
            .WithMessage($"The type has at most {MemberOrganisation.TypeMaxLength} characters.");
        RuleFor(x => x.Website).MaximumLength(MemberOrganisation.WebsiteMaxLength)
            .WithMessage($"A web address has at most {MemberOrganisation.WebsiteMaxLength} characters.")
            .Must(BeAWebAddress).WithMessage("Enter a full web address starting with https:// (or http://).");
        RuleFor(x => x.Description).MaximumLength(MemberOrganisation.DescriptionMaxLength)
            .WithMessage($"A description has at most {MemberOrganisation.DescriptionMaxLength} characters.");
    }

    private static bool BeAWebAddress(string? website) =>
        string.IsNullOrWhiteSpace(website) ||
        (Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.'));
}
